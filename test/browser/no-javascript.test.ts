import { expect, it } from 'vitest'
import { useChromium } from './chromium.ts'
import { fillPulse, fullAnswers, pulse, submitForm } from './pulse.ts'

const openPage = useChromium()

it('completes the demo pulse with JavaScript disabled and lands on the thank-you page', async () => {
  const page = await openPage({ javaScript: false })
  await page.goto(pulse.path)
  await fillPulse(page, fullAnswers)

  const response = await submitForm(page)

  expect(response.status()).toBe(303)
  expect(new URL(page.url()).pathname).toBe(pulse.thanks)
  expect(await page.locator('h1').textContent()).toBe('Vielen Dank für Ihre Antworten')
})
