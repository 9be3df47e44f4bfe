import { readFileSync } from 'node:fs'
import { loadDevSet } from '../../analysis/coding/dev-set.ts'
import { codeAnswer, compileCodebook } from '../../analysis/coding/index.ts'
import { readCodebook } from '../../worker/cli/code.ts'
import { progress } from './report.ts'

export interface CodingFigures {
  /** Answers of the development set coded per second, the codebook compiled once. */
  perSecond: number
  /** The same with a codebook compiled afresh each pass, so no word is cached yet. */
  coldPerSecond: number
  answers: number
}

const DEV_SET = new URL('../coding/dev-set.json', import.meta.url)
const SECONDS = 2

/**
 * Codes the development set's texts with their question's side, as the tally does, in this
 * Node process (the coder is pure; workerd runs the same JavaScript): passes over all texts for
 * `SECONDS`, warm (one compiled codebook, its word cache filled) and cold (compiled per pass).
 */
export function measureCoding(figures: { coding?: CodingFigures }) {
  const set = loadDevSet('dev-set.json', JSON.parse(readFileSync(DEV_SET, 'utf8')))
  const codebook = readCodebook(undefined)
  const rate = (compilePerPass: boolean) => {
    let compiled = compileCodebook(codebook)
    let coded = 0
    const started = performance.now()
    while (performance.now() - started < SECONDS * 1000) {
      if (compilePerPass) compiled = compileCodebook(codebook)
      for (const a of set.answers) codeAnswer(compiled, a.text, { side: a.side })
      coded += set.answers.length
    }
    return coded / ((performance.now() - started) / 1000)
  }
  rate(false)
  figures.coding = {
    perSecond: rate(false),
    coldPerSecond: rate(true),
    answers: set.answers.length,
  }
  progress(`coding: ${Math.round(figures.coding.perSecond)} answers/s`)
}
