import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { artifactPath, useChromium } from './chromium.ts'
import { viewsInEachLang } from './views.ts'

const openPage = useChromium()

/** The page's scroll width and the start of each line of text that sticks out on the right. */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const sticking: string[] = []
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    while (texts.nextNode()) {
      const range = document.createRange()
      range.selectNodeContents(texts.currentNode)
      if ([...range.getClientRects()].some((r) => r.right > width))
        sticking.push(texts.currentNode.textContent!.trim().slice(0, 40))
    }
    return { scrollWidth: document.documentElement.scrollWidth, sticking }
  })

// WCAG 1.4.10: 320 CSS px is 1280 px at 400 %; 640 CSS px is 1280 px at 200 % zoom.
describe.each([
  { width: 320, deviceScaleFactor: 1, name: '320 px wide' },
  { width: 640, deviceScaleFactor: 2, name: '1280 px at 200 % zoom' },
])('at $name', ({ width, deviceScaleFactor }) => {
  it.each(viewsInEachLang)(
    'shows the $view ($lang) without scrolling sideways',
    async ({ view, lang, open }) => {
      const page = await openPage({ lang, width, deviceScaleFactor })
      await open(page, lang)
      const { scrollWidth, sticking } = await sideways(page)
      // A picture of the overflow shows whoever fixes it where the page breaks out.
      if (scrollWidth > width)
        await page.screenshot({
          path: artifactPath(`${view}.${lang}.${width}px.png`),
          fullPage: true,
        })
      expect(sticking).toEqual([])
      expect(scrollWidth).toBeLessThanOrEqual(width)
    }
  )
})
