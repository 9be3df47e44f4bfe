import type { Page } from 'playwright-core'

/** The id of the focused element, its tag name when it has none. */
export const focusedId = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    return el?.id || el?.tagName.toLowerCase()
  })

/** Presses Tab until the element with `id` has focus; fails when it is not reached in `limit`. */
export async function tabTo(page: Page, id: string, limit: number) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if ((await focusedId(page)) === id) return
  }
  throw new Error(`#${id} did not get focus within ${limit} presses of Tab`)
}

/**
 * Chooses the radio at `index` of the focused group the way a keyboard user does: Space
 * selects the first, each arrow key moves to and selects the next.
 */
export async function chooseRadio(page: Page, index: number) {
  if (index === 0) await page.keyboard.press('Space')
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight')
}

/**
 * Waits until the element matching `selector` has focus. Autofocus is applied at the next
 * rendering update, which may come after the load event, so an immediate check would race.
 */
export async function waitForFocus(page: Page, selector: string) {
  await page.waitForFunction((s) => document.activeElement?.matches(s), selector, {
    polling: 50,
    timeout: 5_000,
  })
}
