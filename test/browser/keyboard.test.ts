import { describe, expect, it } from 'vitest'
import { useChromium } from './chromium.ts'
import { chooseRadio, focusedId, tabTo } from './keyboard.ts'
import { fullAnswers, pulse, shownAnswers, submitForm } from './pulse.ts'

const openPage = useChromium()

const thanksTitle = { de: 'Vielen Dank für Ihre Antworten', en: 'Thank you for your answers' }

describe.each([
  { lang: 'de' as const, key: 'Enter' },
  { lang: 'en' as const, key: 'Space' },
])('the demo pulse by keyboard ($lang)', ({ lang, key }) => {
  it(`can be completed with Tab, arrows, typing and ${key} on the submit button`, async () => {
    const page = await openPage({ lang })
    await page.goto(pulse.path)
    // Skip link and language switch come first; nothing else stands before the first question.
    await tabTo(page, 'q-trust', 3)
    for (const question of pulse.likert) {
      expect(await focusedId(page)).toBe(`q-${question}`)
      await chooseRadio(page, pulse.scale.indexOf(fullAnswers.likert[question]))
      await page.keyboard.press('Tab')
    }
    for (const question of pulse.text) {
      expect(await focusedId(page)).toBe(`q-${question}`)
      await page.keyboard.type(fullAnswers.text[question])
      await page.keyboard.press('Tab')
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('submit')
    expect(await shownAnswers(page)).toEqual(fullAnswers)

    const response = await submitForm(page, () => page.keyboard.press(key))

    expect(response.status()).toBe(303)
    expect(new URL(page.url()).pathname).toBe(pulse.thanks)
    expect(await page.locator('h1').textContent()).toBe(thanksTitle[lang])
  })
})

it('shows a visible focus indicator on every element Tab reaches', async () => {
  const page = await openPage()
  await page.goto(pulse.path)
  const reached: string[] = []
  const unmarked: string[] = []
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body || el.dataset.seen) return undefined
      el.dataset.seen = 'yes'
      // The button has a shadow at rest too, so the focused look is compared with the unfocused.
      const look = () => {
        const s = getComputedStyle(el)
        return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor]
      }
      const focused = look().join()
      el.blur()
      const unfocused = look().join()
      el.focus()
      return { id: el.id || el.tagName.toLowerCase(), marked: focused !== unfocused }
    })
    if (!focus) break
    reached.push(focus.id)
    if (!focus.marked) unmarked.push(focus.id)
  }
  expect(reached).toContain('q-hindered')
  expect(unmarked).toEqual([])
})
