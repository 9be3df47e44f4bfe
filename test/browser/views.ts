import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { langs, type Lang } from './chromium.ts'
import { pulse, submitForm } from './pulse.ts'

/** Opens `path` and checks it is the page asked for, not an error page in its place. */
export async function visit(page: Page, path: string, lang: Lang) {
  const response = await page.goto(path)
  expect(response?.status()).toBe(200)
  expect(await page.locator('html').getAttribute('lang')).toBe(lang)
}

/** Submits the form as it is and checks it came back as the invalid form. */
async function submitInvalid(page: Page) {
  expect((await submitForm(page)).status()).toBe(422)
  expect(await page.locator('.error-summary').count()).toBe(1)
}

/** Every participant page in a state a person meets it in, reached as a person reaches it. */
export const views = {
  'demo pulse form': (page: Page, lang: Lang) => visit(page, pulse.path, lang),
  'demo pulse error state': async (page: Page, lang: Lang) => {
    await visit(page, pulse.path, lang)
    await submitInvalid(page)
  },
  'thank-you page': (page: Page, lang: Lang) => visit(page, pulse.thanks, lang),
  'accessibility statement': (page: Page, lang: Lang) => visit(page, '/barrierefreiheit', lang),
  'interview form': (page: Page, lang: Lang) => visit(page, '/s/demo-interview', lang),
  'interview error state': async (page: Page, lang: Lang) => {
    await visit(page, '/s/demo-interview', lang)
    await submitInvalid(page)
  },
}

export type View = keyof typeof views

/** Each view in each language, as rows for `it.each`. */
export const viewsInEachLang = (Object.keys(views) as View[]).flatMap((view) =>
  langs.map((lang) => ({ view, lang, open: views[view] }))
)
