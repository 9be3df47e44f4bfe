import { describe, expect, it } from 'vitest'
import {
  codeDevSet,
  compareCodings,
  inSplit,
  loadDevSet,
  loadSecondPass,
} from '../../analysis/coding/dev-set.ts'
import { compileCodebook, loadCodebook } from '../../analysis/coding/index.ts'
import shippedJson from '../../worker/assets/codebooks/default.v1.json'
import devSetJson from '../coding/dev-set.json'
import textsJson from '../coding/dev-set.texts.json'

const set = loadDevSet('dev-set.json', devSetJson)
const codebook = loadCodebook('default.v1.json', shippedJson)
const compiled = compileCodebook(codebook)
const themes = codebook.themes.map((t) => t.id)

/** 32-bit FNV-1a over the id's UTF-8 bytes: the rule the test split was frozen with. */
function fnv1a(id: string) {
  let hash = 0x811c9dc5
  for (const byte of new TextEncoder().encode(id)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0
  return hash
}

describe('the development set', () => {
  it('has at least 400 answers, about two thirds German, coded for the shipped codebook', () => {
    expect(set.codebook).toBe(codebook.version)
    expect(set.answers.length).toBeGreaterThanOrEqual(400)
    const german = set.answers.filter((a) => a.lang === 'de').length / set.answers.length
    expect(german).toBeGreaterThan(0.6)
    expect(german).toBeLessThan(0.72)
  })

  it('keeps the test split it was frozen with before any tuning: the id hash, never moved', () => {
    for (const a of set.answers)
      expect([a.id, a.split]).toEqual([a.id, fnv1a(a.id) % 3 === 2 ? 'test' : 'tune'])
    // Answers written after the freeze ("de-tune-001") are picked to hash into the tune split,
    // so the third is checked over the answers the split was frozen with.
    const frozen = set.answers.filter((a) => !a.id.includes('-tune-'))
    for (const a of set.answers.filter((a) => a.id.includes('-tune-')))
      expect([a.id, a.split]).toEqual([a.id, 'tune'])
    for (const lang of ['de', 'en']) {
      const ofLang = frozen.filter((a) => a.lang === lang)
      const share = ofLang.filter((a) => a.split === 'test').length / ofLang.length
      expect(share).toBeGreaterThan(0.3)
      expect(share).toBeLessThan(0.37)
    }
  })

  it('gives the blind second coder the same answers without their codes', () => {
    expect(textsJson.answers).toEqual(
      set.answers.map(({ id, lang, question, side, text }) => ({ id, lang, question, side, text }))
    )
  })

  it('refuses a file that is not a development set, naming the bad fields', () => {
    const twice = structuredClone(devSetJson)
    twice.answers[1].id = twice.answers[0].id
    expect(() => loadDevSet('x.json', twice)).toThrow(
      /x\.json: not a development set\n.*answers\.1\.id: duplicate id/
    )
    expect(() => loadDevSet('y.json', { answers: [] })).toThrow(/codebook/)
  })

  it('refuses a hand coding with a theme the codebook lacks instead of counting it as a miss', () => {
    const answer = {
      ...set.answers[0],
      codes: [{ theme: 'morale', polarity: 'positive' as const }],
    }
    expect(() => codeDevSet(compiled, [answer])).toThrow(new RegExp(answer.id))
  })
})

describe('scoring the coder on the development set', () => {
  for (const split of ['tune', 'test'] as const)
    it(`computes every figure for every theme in both languages on the ${split} split`, () => {
      const result = compareCodings(themes, codeDevSet(compiled, inSplit(set, split)))
      expect(result.map((l) => l.lang)).toEqual(['de', 'en'])
      for (const lang of result) {
        expect(lang.themes.map((t) => t.theme)).toEqual(themes)
        for (const t of lang.themes) {
          // The hand coding uses every theme in every language and split, so recall, F1 and
          // κ exist; precision only once the coder finds the theme at all.
          expect(t.first, `${lang.lang} ${t.theme}`).toBeGreaterThan(0)
          expect([t.recall, t.f1, t.kappa]).not.toContain(null)
          expect(t.precision === null).toBe(t.second === 0)
        }
        for (const figure of [
          lang.micro.precision,
          lang.micro.recall,
          lang.micro.f1,
          lang.meanKappa,
        ]) {
          expect(figure).toBeGreaterThanOrEqual(0)
          expect(figure).toBeLessThanOrEqual(1)
        }
      }
    })
})

describe("a second coder's pass", () => {
  const pass = (answers: { id: string; codes: unknown[] }[]) => ({ answers })
  const same = () => set.answers.map(({ id, codes }) => ({ id, codes: [...codes] }))

  it('agrees fully with a pass that codes like the first', () => {
    const codes = loadSecondPass('pass.json', pass(same()), set)
    const result = compareCodings(
      themes,
      codeDevSet(compiled, set.answers, (a) => codes.get(a.id) ?? [])
    )
    for (const lang of result) {
      expect(lang.micro.f1).toBe(1)
      expect(lang.themes.map((t) => t.kappa)).toEqual(themes.map(() => 1))
    }
  })

  it('refuses a pass that leaves out an answer, codes one twice or uses an unknown theme', () => {
    expect(() => loadSecondPass('pass.json', pass(same().slice(1)), set)).toThrow(
      /pass\.json: does not code each answer .*missing de-001/
    )
    const twice = same()
    twice.push(twice[0])
    expect(() => loadSecondPass('pass.json', pass(twice), set)).toThrow(/each answer .* once/)
    const unknown = same()
    unknown[3].codes = [{ theme: 'morale', polarity: 'positive' }]
    const codes = loadSecondPass('pass.json', pass(unknown), set)
    expect(() => codeDevSet(compiled, set.answers, (a) => codes.get(a.id) ?? [])).toThrow(
      new RegExp(`does not have, in answers ${unknown[3].id}$`)
    )
  })
})
