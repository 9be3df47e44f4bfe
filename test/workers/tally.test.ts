import { env } from 'cloudflare:test'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CODER_VERSION,
  codeAnswer,
  compileCodebook,
  emergingTerms,
  loadCodebook,
  rankTerms,
  termCount,
  termForms,
  type TermTally,
} from '../../analysis/coding/index.ts'
import type { ResponseAnswers } from '../../analysis/findings.ts'
import { seededRandom, seededShuffle } from '../../analysis/random.ts'
import { buildReport, REPORT_TERMS, type Report } from '../../analysis/report.ts'
import {
  decodeTally,
  emptyWaveTally,
  encodeTally,
  foldResponses,
  QUOTE_POOL,
  type WaveTally,
} from '../../analysis/tally/index.ts'
import { loadDefinition } from '../../forms/load.ts'
import demoPuls from '../../forms/shipped/demo-puls.v1.json' with { type: 'json' }
import {
  addTermStatements,
  clearTermStatement,
  rankableTerms,
  rankableTermsStatement,
} from '../../worker/db/terms.ts'
import { insertResponses } from '../../worker/db/responses.ts'
import { readTally, saveTally, UNTALLIED_PAGE } from '../../worker/db/tallies.ts'
import { newId } from '../../worker/crypto.ts'
import { currentTally, tallyKey, type TallyBasis } from '../../worker/reports/tally.ts'
import shippedJson from '../../worker/assets/codebooks/default.v1.json'
import { installPulseCopy, storeAnswerSets } from './helpers.ts'

const codebook = loadCodebook('default', shippedJson)
const compiled = compileCodebook(codebook)

const likert = (id: string, dimension: string) => ({
  ...demoPuls.sections[0].questions[0],
  id,
  dimension,
})
const options = ['a', 'b', 'c'].map((value) => ({ value, label: { de: value, en: value } }))
const label = { de: 'Frage', en: 'Question' }
// Three Likert questions in one dimension, so respondents' scores are means over 1 to 3.
const form = loadDefinition('tally test', {
  ...demoPuls,
  slug: 'tally-test',
  sections: [
    ...demoPuls.sections,
    {
      id: 'more',
      title: label,
      questions: [
        likert('trust_two', 'trust'),
        likert('trust_three', 'trust'),
        { id: 'role', kind: 'single', label, options },
        { id: 'formats', kind: 'multiple', label, options },
        { id: 'score', kind: 'scale', label, ends: { low: label, high: label } },
        { id: 'other', kind: 'short_text', label, maxLength: 500 },
      ],
    },
  ],
})

const words = [
  'Vertrauen',
  'keine Zeit',
  'kein Vertrauen',
  'Silodenken',
  'Protokoll',
  'Protokolle',
  'Tagesordnung',
  'Kaffeepause',
  'trust',
  'Referat Z 14',
  'Frau Müller vom BMF',
  'feste Termine',
  'Kantine',
]
const text = fc
  .array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 })
  .map((ws) => ws.join(' '))
const likertValue = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('none'))
const response: fc.Arbitrary<ResponseAnswers> = fc.record(
  {
    trust: likertValue,
    transparency: likertValue,
    continuity: likertValue,
    resources: likertValue,
    trust_two: likertValue,
    trust_three: likertValue,
    role: fc.constantFrom('a', 'b', 'c'),
    formats: fc.subarray(['a', 'b', 'c']),
    score: fc.integer({ min: 0, max: 10 }),
    helped: text,
    hindered: text,
    other: text,
  },
  { requiredKeys: [] }
)
const responses = fc.array(response, { maxLength: 40 })

const fold = (tally: WaveTally, rs: ResponseAnswers[], seed: string) =>
  foldResponses(tally, form, compiled, rs, seededRandom(seed))

/** Term counts with forms as sorted arrays, sorted by term: what must not depend on order. */
const termSums = (terms: TermTally) =>
  [...terms]
    .map(([key, entry]) => [key, entry.count, termForms(entry).sort()] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))

/** A tally without its quote sample: what must not depend on order. */
function sums(tally: WaveTally) {
  const terms = termSums(tally.texts.terms)
  return { answers: tally.answers, texts: { ...tally.texts, quotes: null, terms } }
}

/** The term counts of `rs` folded alone. */
const termsOf = (rs: ResponseAnswers[]) => fold(emptyWaveTally(), rs, 's').texts.terms

const report = (wave: WaveTally, previous: WaveTally | null, seed = 'seed'): Report =>
  buildReport({
    survey: { id: 's', slug: 'tally-test', title: form.title },
    period: '2026-W48',
    generatedOn: '2026-11-23',
    form,
    wave: { id: 'w2', label: 'Welle 2', tally: wave, status: 'open' },
    previous: previous && { id: 'w1', label: 'Welle 1', tally: previous },
    codebook: { version: codebook.version, themes: codebook.themes },
    coverage: { invited: 0, completed: 0, ministriesInvited: 0, ministriesAnswered: 0 },
    config: { minGroupSize: 3, minGroupSizeQuotes: 5 },
    seed,
  })
const withoutQuotes = (r: Report) => ({ ...r, quotes: null })

describe('a wave tally', () => {
  it('folded A then B equals A and B folded at once, in any order, through storage', () => {
    fc.assert(
      fc.property(responses, responses, fc.string(), (a, b, seed) => {
        const stepwise = decodeTally(encodeTally(fold(emptyWaveTally(), a, `${seed}1`)))
        // Term counts are stored apart: read back without them, it holds B's alone.
        expect(stepwise.texts.terms.size).toBe(0)
        fold(stepwise, b, `${seed}2`)
        const atOnce = fold(emptyWaveTally(), seededShuffle([...a, ...b], seed), seed)
        expect(sums(stepwise)).toEqual({
          ...sums(atOnce),
          texts: { ...sums(atOnce).texts, terms: termSums(termsOf(b)) },
        })
      }),
      { numRuns: 60 }
    )
  })

  it('adds term counts in D1 run by run to those of all texts at once, and ranks them alike', async () => {
    const { waveId } = await installPulseCopy('tally-terms')
    const options = fc.record({
      limit: fc.integer({ min: 1, max: 8 }),
      minCount: fc.integer({ min: 1, max: 4 }),
    })
    const stored = async () => {
      const { results } = await env.DB.prepare(
        'SELECT term, texts, forms FROM wave_terms WHERE wave_id = ?1'
      )
        .bind(waveId)
        .all()
      return rankableTerms(results)
    }
    await fc.assert(
      fc.asyncProperty(responses, responses, options, async (a, b, rank) => {
        await env.DB.batch([clearTermStatement(env.DB, waveId)])
        for (const [rs, fresh] of [
          [a, true],
          [b, false],
        ] as const) {
          const add = addTermStatements(env.DB, waveId, termsOf(rs), fresh)
          if (add.length > 0) await env.DB.batch(add)
        }
        const all = termsOf([...a, ...b])
        expect(termSums(await stored())).toEqual(termSums(all))
        const [read] = await env.DB.batch([rankableTermsStatement(env.DB, waveId, rank)])
        expect(rankTerms(rankableTerms(read.results), rank)).toEqual(rankTerms(all, rank))
      }),
      { numRuns: 40 }
    )
  })

  it('reads each untallied response with its answers as stored, hostile text and none alike', async () => {
    const survey = await installPulseCopy('tally-read', 'invitations')
    const sets: ResponseAnswers[] = [
      {},
      { helped: 'a "quote", \\ "},{"x":1 \u2028 ünï', formats: ['a', 'c'], trust: 4 },
      { role: 'b', score: 0 },
    ]
    await storeAnswerSets(survey, sets)
    const { untallied } = await readTally(env.DB, survey.waveId, 'no such basis', REPORT_TERMS)
    const byJson = (xs: object[]) =>
      xs.map((x) => JSON.stringify(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)))).sort()
    expect(byJson(untallied.map((r) => r.answers))).toEqual(byJson(sets))
  })

  it('rebuilds, never extends, a tally the previous coder built', async () => {
    const survey = await installPulseCopy('tally-coder')
    await storeAnswerSets(survey, [
      { helped: 'Vertrauen' },
      { hindered: 'Unklare Zuständigkeiten' },
    ])
    const pulse = loadDefinition('pulse', { ...demoPuls, slug: 'tally-coder' })
    const basis: TallyBasis = {
      form: pulse,
      formVersion: 1,
      codebook: { version: codebook.version, compiled },
    }
    const fresh = foldResponses(
      emptyWaveTally(),
      pulse,
      compiled,
      [{ helped: 'Vertrauen' }, { hindered: 'Unklare Zuständigkeiten' }],
      seededRandom('s')
    )
    // What the previous coder stored: all responses tallied, with codings it alone would give.
    const old = decodeTally(encodeTally(fresh))
    old.texts.themes.mentions = { silo_thinking: [2, 0] }
    const { untallied } = await readTally(env.DB, survey.waveId, 'none', REPORT_TERMS)
    await saveTally(
      env.DB,
      {
        waveId: survey.waveId,
        basis: tallyKey(basis, CODER_VERSION - 1),
        read: null,
        generation: 'old-coder',
        body: encodeTally(old),
        terms: new Map(),
        responseIds: untallied.map((r) => r.id),
        startsOver: true,
      },
      REPORT_TERMS
    )
    expect(tallyKey(basis)).not.toBe(tallyKey(basis, CODER_VERSION - 1))
    const tally = await currentTally(env.DB, survey.waveId, basis, 'seed')
    expect(tally.texts.themes).toEqual(fresh.texts.themes)
    expect(tally.texts.themes.mentions).toEqual({ trust: [1, 0], governance: [1, 1] })
    const stored = await env.DB.prepare(
      'SELECT basis FROM wave_tallies WHERE wave_id = ?1 AND part = 0'
    )
      .bind(survey.waveId)
      .first<{ basis: string }>()
    expect(stored!.basis).toBe(tallyKey(basis))
  })

  it('folds a wave of more than two pages of responses, each exactly once', async () => {
    const survey = await installPulseCopy('tally-pages')
    const count = UNTALLIED_PAGE * 2 + 7
    const responses = Array.from({ length: count }, (_, i) => ({
      id: newId(),
      formVersion: 1,
      answers: { trust: 1 + (i % 5), ...(i % 1000 === 0 ? { helped: 'Vertrauen' } : {}) },
    }))
    // Stored without a release, which would tally them first.
    await env.DB.batch(
      insertResponses(env.DB, { id: survey.waveId, surveyId: survey.surveyId }, responses)
    )
    const pulse = loadDefinition('pulse', { ...demoPuls, slug: 'tally-pages' })
    const basis: TallyBasis = {
      form: pulse,
      formVersion: 1,
      codebook: { version: codebook.version, compiled },
    }
    const tally = await currentTally(env.DB, survey.waveId, basis, 'seed')
    expect(tally.answers.responses).toBe(count)
    const perValue = (v: number) => responses.filter((r) => r.answers.trust === v).length
    expect(tally.answers.questions.trust.counts).toEqual(
      Object.fromEntries([1, 2, 3, 4, 5].map((v) => [String(v), perValue(v)]))
    )
    expect(tally.texts.themes.answers).toBe(Math.ceil(count / 1000))
    const tallied = await env.DB.prepare(
      `SELECT COUNT(*) AS n FROM tallied_responses t JOIN responses r ON r.id = t.response_id
       WHERE r.wave_id = ?1`
    )
      .bind(survey.waveId)
      .first<number>('n')
    expect(tallied).toBe(count)
    // Nothing is left to fold: the next run reads the stored tally as it is.
    const again = await currentTally(env.DB, survey.waveId, basis, 'seed')
    expect(again.answers).toEqual(tally.answers)
  })

  it('adds term counts beyond what one statement can carry', async () => {
    const { waveId } = await installPulseCopy('tally-many-terms')
    const many: TermTally = new Map()
    for (let i = 0; i < 30_000; i++)
      many.set(`begriff-${i}-${'x'.repeat(20)}`, termCount(1 + (i % 4), [['f', 1]]))
    const add = addTermStatements(env.DB, waveId, many, true)
    expect(add.length).toBeGreaterThan(1)
    await env.DB.batch(add)
    await env.DB.batch(addTermStatements(env.DB, waveId, many, false))
    const stored = await env.DB.prepare(
      'SELECT count(*) AS n, sum(texts) AS texts FROM wave_terms WHERE wave_id = ?1'
    )
      .bind(waveId)
      .first<{ n: number; texts: number }>()
    expect(stored).toEqual({ n: 30_000, texts: 2 * 75_000 })
  })

  it('gives the same report incrementally as from scratch, quotes aside', () => {
    fc.assert(
      fc.property(responses, responses, responses, fc.string(), (before, a, b, seed) => {
        const previous = fold(emptyWaveTally(), before, 'p')
        const incremental = fold(fold(emptyWaveTally(), a, `${seed}1`), b, `${seed}2`)
        const full = fold(emptyWaveTally(), seededShuffle([...b, ...a], seed), seed)
        expect(withoutQuotes(report(incremental, previous))).toEqual(
          withoutQuotes(report(full, previous))
        )
      }),
      { numRuns: 60 }
    )
  })

  it('counts themes and emerging terms as coding each answer alone does', () => {
    fc.assert(
      fc.property(responses, (rs) => {
        const tally = fold(emptyWaveTally(), rs, 's')
        const sides = { helped: 'enabler', hindered: 'barrier', other: null } as const
        const texts = rs.flatMap((r) =>
          (['helped', 'hindered', 'other'] as const).flatMap((q) =>
            q in r ? [{ text: String(r[q]), side: sides[q] }] : []
          )
        )
        expect(rankTerms(tally.texts.terms, REPORT_TERMS)).toEqual(
          emergingTerms(
            compiled,
            texts.map((t) => t.text),
            REPORT_TERMS
          )
        )
        const mentions: Record<string, [number, number]> = {}
        for (const { text, side } of texts)
          for (const { theme, polarity } of codeAnswer(compiled, text, { side })) {
            const cell = (mentions[theme] ??= [0, 0])
            cell[0] += 1
            if (polarity === 'negative') cell[1] += 1
          }
        expect(tally.texts.themes).toEqual({ answers: texts.length, mentions })
      }),
      { numRuns: 40 }
    )
  })

  it('keeps as quote candidates a bounded sample of the answers of each side, in no order', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 300 }), fc.string(), (texts, seed) => {
        const tally = fold(
          emptyWaveTally(),
          texts.map((helped) => ({ helped })),
          seed
        )
        const pool = tally.texts.quotes.enabler
        expect(pool).toHaveLength(Math.min(QUOTE_POOL, texts.length))
        expect(pool).toEqual([...pool].sort())
        for (const quote of pool) expect(texts).toContain(quote)
        expect(tally.texts.quotes.barrier).toEqual([])
      }),
      { numRuns: 40 }
    )
  })

  it('draws quotes only from k_quotes answers on, and never one that names a unit', () => {
    const names = Array.from({ length: 4 }, () => ({ helped: 'Referat Z 14 hat geholfen' }))
    const few = fold(emptyWaveTally(), names, 's')
    expect(report(few, null).quotes.enabler).toEqual({
      shown: false,
      note: { reason: 'fewer-than-k', k: 5 },
    })
    const many = fold(emptyWaveTally(), [...names, ...names], 's')
    expect(report(many, null).quotes.enabler).toEqual({ shown: true, value: [] })
  })

  it('stores sums, never a text that answered a question other than as a quote candidate', () => {
    const tally = fold(emptyWaveTally(), [{ other: 'Geheimer Satz', role: 'a', trust: 4 }], 's')
    expect(encodeTally(tally)).not.toContain('Geheimer Satz')
    expect(tally.answers.questions.other).toEqual({ n: 1, counts: {}, numbers: {} })
  })
})
