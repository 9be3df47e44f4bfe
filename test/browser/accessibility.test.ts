import { describe, expect, it } from 'vitest'
import { axeViolations } from './axe.ts'
import { useChromium } from './chromium.ts'
import { viewsInEachLang } from './views.ts'

const openPage = useChromium()

// A desktop and a phone: contrast, target sizes and reflowed content differ between them.
describe.each([1280, 375])('at %i px', (width) => {
  it.each(viewsInEachLang)(
    'has no WCAG 2.2 A or AA violation found by axe-core: $view ($lang)',
    async ({ lang, open }) => {
      const page = await openPage({ lang, width })
      await open(page, lang)
      expect(await axeViolations(page)).toEqual([])
    }
  )
})
