import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useChromium, type Lang } from './chromium.ts'
import { waitForFocus } from './keyboard.ts'
import { fillPulse, fullAnswers, pulse, shownAnswers, submitForm } from './pulse.ts'

const openPage = useChromium()

const words = {
  de: {
    summary: 'Es gibt ein Problem',
    required: 'Bitte beantworten Sie diese Frage.',
    titlePrefix: 'Fehler: ',
    question: 'Fehler und offene Fragen werden in der Gruppe ehrlich angesprochen.',
  },
  en: {
    summary: 'There is a problem',
    required: 'Please answer this question.',
    titlePrefix: 'Error: ',
    question: 'Mistakes and open questions are raised honestly in the group.',
  },
}

// Every answer but one required Likert question, with free text in both text fields.
const { transparency: _left, ...likert } = fullAnswers.likert
const mistaken = { likert, text: fullAnswers.text }

describe.each([
  { lang: 'de' as Lang, javaScript: true },
  { lang: 'en' as Lang, javaScript: false },
])('a required question left unanswered ($lang, JavaScript: $javaScript)', (options) => {
  const { summary, required, titlePrefix, question } = words[options.lang]

  async function submitMistake(): Promise<{ page: Page; status: number }> {
    const page = await openPage(options)
    await page.goto(pulse.path)
    await fillPulse(page, mistaken)
    const response = await submitForm(page)
    return { page, status: response.status() }
  }

  it('answers 422 with the error summary first in the page, focused', async () => {
    const { page, status } = await submitMistake()
    expect(status).toBe(422)
    expect(await page.title()).toMatch(new RegExp(`^${titlePrefix}`))
    const first = page.locator('main > :first-child')
    expect(await first.getAttribute('class')).toBe('error-summary')
    expect(await first.locator('h2').textContent()).toBe(summary)
    await waitForFocus(page, '.error-summary')
  })

  it("links each summary entry to its field's id", async () => {
    const { page } = await submitMistake()
    const links = page.locator('.error-summary a')
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '#q-transparency',
    ])
    expect(await links.first().textContent()).toContain(required)
    expect(await page.locator('#q-transparency').getAttribute('name')).toBe('transparency')
  })

  // Every unanswered question gets the same message; a link list shows the link text alone.
  it('names the question in its summary link text', async () => {
    const { page } = await submitMistake()
    expect(await page.locator('.error-summary a').textContent()).toContain(question)
  })

  it('moves focus to the field when a summary link is followed by keyboard', async () => {
    const { page } = await submitMistake()
    await waitForFocus(page, '.error-summary')
    await page.keyboard.press('Tab')
    await waitForFocus(page, '.error-summary a[href="#q-transparency"]')
    await page.keyboard.press('Enter')
    await waitForFocus(page, '#q-transparency')
  })

  it('shows the error message by its field and tells assistive technology', async () => {
    const { page } = await submitMistake()
    const field = page.locator('fieldset:has(#q-transparency)')
    expect(await field.locator('.error-message').textContent()).toContain(required)
    expect(await field.getAttribute('aria-describedby')).toContain('q-transparency-error')
    expect(await page.locator('.error-message').count()).toBe(1)
  })

  it('keeps every typed answer when the form is invalid', async () => {
    const { page } = await submitMistake()
    expect(await shownAnswers(page)).toEqual(mistaken)
  })
})
