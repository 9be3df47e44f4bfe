import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium } from './chromium.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

it('serves the demo pulse in Chromium through wrangler dev', async () => {
  const page = await browser.newPage({ locale: 'de-DE' })
  await page.goto(`${inject('origin')}/s/demo-puls`)
  expect(await page.locator('h1').count()).toBe(1)
  expect(await page.locator('h1').textContent()).toContain('Puls-Befragung')
})
