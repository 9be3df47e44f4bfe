import { esc } from '../analysis/render/html.ts'
import { isolateCache } from './isolate-cache.ts'

/**
 * Blank form pages, rendered once per isolate. A form version never changes once stored, so
 * the page for (survey, version, language, kind of link) can be kept as long as the isolate
 * lives; only the address it posts to and its one-time nonce differ per request, and they are
 * put into the kept page as it is served. Whether the survey is open is still read per
 * request, so closing a wave takes effect at once.
 */

// Placeholders no rendering can produce: upper case with underscores, never valid in a
// slug, a token or any message.
export const PATH_SLOT = '__LERNRAUM_PATH__'
export const NONCE_SLOT = '__LERNRAUM_NONCE__'

// Forms in use at once are few.
const pages = isolateCache<string[]>(64)

/** The page from `render` (called only on a miss), with path and nonce filled in. */
export async function blankFormPage(
  key: string,
  render: () => Promise<string>,
  fill: { path: string; nonce?: string }
): Promise<string> {
  const parts = await pages(key, async () =>
    (await render()).split(new RegExp(`(${PATH_SLOT}|${NONCE_SLOT})`))
  )
  const path = esc(fill.path)
  const nonce = esc(fill.nonce ?? '')
  return parts.map((p) => (p === PATH_SLOT ? path : p === NONCE_SLOT ? nonce : p)).join('')
}
