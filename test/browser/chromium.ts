import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'

/** Debian's Chromium; a browser is never downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Screenshots land here; git ignores the folder. */
export const artifacts = path.resolve(import.meta.dirname, '../../test-artifacts')

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
