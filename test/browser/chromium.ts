import { mkdir } from 'node:fs/promises'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { artifacts } from './chromium-paths.ts'
import { keepPage } from './pages-seen.ts'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'

/** Debian's Chromium; a browser is never downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export { artifactPath, artifacts } from './chromium-paths.ts'

export type Lang = 'de' | 'en'
export const langs: Lang[] = ['de', 'en']

// Chromium sends English in Accept-Language unless told otherwise, and the app honours it.
const locales: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' }

// Without the background-networking flags Chromium keeps dialling hosts a closed network
// refuses. Playwright gives every launch a fresh, empty profile of its own.
export async function launchChromium(): Promise<Browser> {
  await mkdir(artifacts, { recursive: true })
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

export interface PageOptions {
  lang?: Lang
  javaScript?: boolean
  /** CSS pixels; 320 is the WCAG reflow width. */
  width?: number
  deviceScaleFactor?: number
}

/**
 * One Chromium per test file and a fresh context (cookies, sessionStorage) per page, closed
 * after each test. Returns the function that opens such a page.
 */
export function useChromium(): (options?: PageOptions) => Promise<Page> {
  let browser: Browser
  let contexts: BrowserContext[] = []
  let keeping: Promise<void>[] = []
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterEach(async () => {
    // A body can only be read while its context is open.
    await Promise.allSettled(keeping)
    keeping = []
    await Promise.all(contexts.map((c) => c.close()))
    contexts = []
  })
  afterAll(() => browser?.close())
  return async ({ lang = 'de', javaScript = true, width = 1024, deviceScaleFactor } = {}) => {
    const context = await browser.newContext({
      baseURL: inject('origin'),
      locale: locales[lang],
      javaScriptEnabled: javaScript,
      viewport: { width, height: 800 },
      deviceScaleFactor,
    })
    contexts.push(context)
    context.on('response', (res) => keeping.push(keepPage(res, inject('origin'))))
    return context.newPage()
  }
}
