import type { Page, Response } from 'playwright-core'

/** The demo pulse as shipped: four required Likert questions, then two optional free texts. */
export const pulse = {
  path: '/s/demo-puls',
  thanks: '/s/demo-puls/danke',
  likert: ['trust', 'transparency', 'continuity', 'resources'],
  text: ['helped', 'hindered'],
  /** A Likert group's values in the order of its radios. */
  scale: ['1', '2', '3', '4', '5', 'none'],
}

export type PulseAnswers = { likert: Record<string, string>; text: Record<string, string> }

/** A complete answer; the texts carry umlauts, typographic quotes, markup and a line break. */
export const fullAnswers: PulseAnswers = {
  likert: { trust: '4', transparency: '2', continuity: 'none', resources: '1' },
  text: {
    helped: 'Die Chatham-House-Regel und „offene“ Runden.\nNeutrale Moderation.',
    hindered: 'Zeitdruck & wechselnde Teilnehmende <b>ohne</b> Übergabe',
  },
}

/** Fills in the given answers the quickest way; only the keyboard test types key by key. */
export async function fillPulse(page: Page, answers: PulseAnswers) {
  for (const [question, value] of Object.entries(answers.likert))
    await page.locator(`input[name="${question}"][value="${value}"]`).check()
  for (const [question, value] of Object.entries(answers.text))
    await page.locator(`#q-${question}`).fill(value)
}

/** The answers as the page shows them now: the checked radio and the text of each field. */
export function shownAnswers(page: Page): Promise<PulseAnswers> {
  return page.evaluate(({ likert, text }) => {
    const shown: PulseAnswers = { likert: {}, text: {} }
    for (const q of likert) {
      const checked = document.querySelector<HTMLInputElement>(`input[name="${q}"]:checked`)
      if (checked) shown.likert[q] = checked.value
    }
    for (const q of text)
      shown.text[q] = document.querySelector<HTMLTextAreaElement>(`#q-${q}`)?.value ?? ''
    return shown
  }, pulse)
}

/**
 * Submits with `act` (a click, a key press) and resolves with the POST's own response (422
 * or the 303) once the page it leads to has loaded.
 */
export async function submitForm(
  page: Page,
  act: () => Promise<void> = () => page.locator('button[type=submit]').click()
): Promise<Response> {
  const posted = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.request().isNavigationRequest()
  )
  const loaded = page.waitForEvent('load')
  await act()
  const [response] = await Promise.all([posted, loaded])
  return response
}
