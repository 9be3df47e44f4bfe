import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { langs, useChromium } from './chromium.ts'
import { pulse } from './pulse.ts'

const openPage = useChromium()

type Box = { x: number; y: number; width: number; height: number }

/** Each group of options (Likert, 0–10, choices) as the boxes of its options, in document order. */
const optionBoxes = (page: Page) =>
  page
    .locator('.choices')
    .evaluateAll((groups) =>
      groups.map((g) =>
        [...g.querySelectorAll('.choice')].map((c) => c.getBoundingClientRect().toJSON() as Box)
      )
    )

/**
 * Where the eye reads next: to the right on the same line, or on a line below. An option
 * left of and above its predecessor, or on the same line to its left, breaks the scale's order.
 */
const readsAfter = (next: Box, previous: Box) =>
  next.y >= previous.y + previous.height - 1 ||
  (Math.abs(next.y - previous.y) < 1 && next.x >= previous.x + previous.width)

/**
 * One row or one column: a scale wrapped onto two lines puts 4 under 1, and reads as if they
 * were neighbours.
 */
const oneLine = (boxes: Box[]) =>
  boxes.every((b) => Math.abs(b.y - boxes[0].y) < 1) ||
  boxes.every((b) => Math.abs(b.x - boxes[0].x) < 1)

describe.each(langs)('a scale at 375 px (%s)', (lang) => {
  it.each([pulse.path, '/s/demo-interview'])(
    'keeps the options of %s in one row or one column, each right of or below the one before',
    async (path) => {
      const page = await openPage({ lang, width: 375 })
      await page.goto(path)
      const groups = await optionBoxes(page)
      expect(groups.length).toBeGreaterThan(0)
      for (const boxes of groups) {
        boxes.slice(1).forEach((box, i) => expect(readsAfter(box, boxes[i])).toBe(true))
        expect(oneLine(boxes)).toBe(true)
      }
    }
  )
})
