import { readFile, rm } from 'node:fs/promises'
import { expect, it } from 'vitest'
import { artifactPath, useChromium } from './chromium.ts'
import { viewsInEachLang } from './views.ts'

const openPage = useChromium()

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

it.each(viewsInEachLang)(
  'writes a full-page screenshot of the $view ($lang) to test-artifacts',
  async ({ view, lang, open }) => {
    const file = artifactPath(`${view}.${lang}.png`)
    await rm(file, { force: true })
    const page = await openPage({ lang })
    await open(page, lang)
    await page.screenshot({ path: file, fullPage: true })
    expect((await readFile(file)).subarray(0, 8)).toEqual(PNG)
  }
)
