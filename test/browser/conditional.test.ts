import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { useChromium } from './chromium.ts'

const openPage = useChromium()

const interview = '/s/demo-interview'
const remoteEffect = '#q-remote_effect'

// The hint names the question and the answer it depends on, in the page's language.
const conditionHint = {
  de: ['Nur beantworten, wenn Sie', 'Wie fand das Gespräch statt?', 'per Video oder Telefon'],
  en: ['Only answer if you chose', 'How did the interview take place?', 'by video or phone'],
}

const chooseFormat = (page: Page, value: string) =>
  page.locator(`input[name="format"][value="${value}"]`).check()

it('hides the remote question until "remote" is chosen and reveals it then', async () => {
  const page = await openPage()
  await page.goto(interview)
  expect(await page.locator(remoteEffect).isVisible()).toBe(false)

  await chooseFormat(page, 'in_person')
  expect(await page.locator(remoteEffect).isVisible()).toBe(false)

  await chooseFormat(page, 'remote')
  expect(await page.locator(remoteEffect).isVisible()).toBe(true)

  await chooseFormat(page, 'in_person')
  expect(await page.locator(remoteEffect).isVisible()).toBe(false)
})

it.each(['de', 'en'] as const)(
  'shows the remote question with its condition as a hint without JavaScript (%s)',
  async (lang) => {
    const page = await openPage({ lang, javaScript: false })
    await page.goto(interview)
    const field = page.locator(remoteEffect)
    expect(await field.isVisible()).toBe(true)
    const hint = await page.locator('#q-remote_effect-hint').textContent()
    for (const part of conditionHint[lang]) expect(hint).toContain(part)
    expect(await field.getAttribute('aria-describedby')).toContain('q-remote_effect-hint')
  }
)
