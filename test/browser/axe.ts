import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults, RunOptions } from 'axe-core'
import type { Page } from 'playwright-core'

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8'
)

/** WCAG 2.2 level A and AA, the level BITV 2.0 requires. */
const options: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
}

/** axe-core's violations on the page as it is now, one line per rule and element. */
export async function axeViolations(page: Page): Promise<string[]> {
  // page.evaluate runs outside the page's CSP (script-src 'self'), which refuses the inline
  // script tag addScriptTag would insert; the page is checked with its real headers.
  await page.evaluate(axeSource)
  return page.evaluate(async (options) => {
    const { axe } = window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResults> } }
    const results = await axe.run(document, options)
    return results.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} – ${n.failureSummary ?? v.help}`)
    )
  }, options)
}
