import { expect, it } from 'vitest'
import { useChromium } from './chromium.ts'
import { pulse } from './pulse.ts'

const openPage = useChromium()

it('serves the demo pulse in Chromium through wrangler dev', async () => {
  const page = await openPage({ lang: 'de' })
  await page.goto(pulse.path)
  expect(await page.locator('h1').count()).toBe(1)
  expect(await page.locator('h1').textContent()).toContain('Puls-Befragung')
})
