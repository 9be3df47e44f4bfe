import { createHash } from 'node:crypto'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Response } from 'playwright-core'
import { artifacts } from './chromium-paths.ts'

/**
 * Every HTML document the browser suite is served, one file per distinct page, for the Nu
 * Html Checker (html-validity.test.ts). The global setup empties the folder before a run.
 */
export const pagesSeen = path.join(artifacts, 'pages-seen')

/** Keeps the page a navigation got, if it is one of ours and HTML; redirects carry none. */
export async function keepPage(res: Response, origin: string): Promise<void> {
  if (res.request().resourceType() !== 'document' || !res.url().startsWith(origin)) return
  if (res.status() >= 300 && res.status() < 400) return
  if (!(res.headers()['content-type'] ?? '').startsWith('text/html')) return
  // A test that moves on at once (the next participant's link) can navigate away before the
  // body was read, and Chromium drops it; such a page was served to earlier steps too.
  const html = await res.text().catch((err: Error) => {
    if (/navigated away|No resource with given identifier/.test(err.message)) return undefined
    throw err
  })
  if (html !== undefined) await savePage(res.url(), html)
}

/** Stores a page under the hash of its text, so a page seen a hundred times is checked once. */
export async function savePage(url: string, html: string): Promise<void> {
  await mkdir(pagesSeen, { recursive: true })
  const hash = createHash('sha256').update(html).digest('hex').slice(0, 16)
  const name = new URL(url).pathname.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)
  await writeFile(path.join(pagesSeen, `${name}.${hash}.html`), html)
}

export async function pagesSaved(): Promise<string[]> {
  const files = await readdir(pagesSeen).catch(() => [])
  return files.filter((f) => f.endsWith('.html')).map((f) => path.join(pagesSeen, f))
}
