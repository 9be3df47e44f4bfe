import fc from 'fast-check'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  everyAnswer,
  freshNonce,
  installPulseCopy,
  invite,
  ORIGIN,
  post,
  request,
  writtenFor,
} from './helpers.ts'
import {
  attacks,
  brokenTail,
  contentType,
  expectPlainPage,
  FUZZ_TIMEOUT,
  fuzzRuns,
  hostileText,
  origin,
} from './fuzz-helpers.ts'

const likert = fc.oneof(
  { arbitrary: fc.constantFrom('1', '2', '3', '4', '5', 'none'), weight: 6 },
  { arbitrary: hostileText, weight: 1 }
)

/** The pulse's own fields with hostile values, some left out, sometimes a field it does not have. */
const answerFields = fc
  .tuple(
    fc.record(
      { trust: likert, transparency: likert, continuity: likert, resources: likert },
      { requiredKeys: [] }
    ),
    fc.record({ helped: hostileText, hindered: hostileText }, { requiredKeys: [] }),
    fc.oneof(
      { arbitrary: fc.constant([]), weight: 6 },
      fc.array(fc.tuple(fc.oneof(fc.constantFrom('trust', 'ministry'), fc.string()), hostileText), {
        maxLength: 2,
      })
    )
  )
  .map(([scales, texts, extra]) => [...Object.entries({ ...scales, ...texts }), ...extra])

/** A query string with or without a language, in any spelling. */
const query = fc
  .tuple(fc.oneof(fc.constantFrom('de', 'en', 'EN', ''), hostileText), fc.webQueryParameters())
  .map(([lang, rest]) => `lang=${encodeURIComponent(lang)}&${rest}`)

/** The first attack as a page shows it when it escapes it. */
const RESHOWN_ATTACK = '&lt;script&gt;alert(1)&lt;/script&gt;'

/** What a stored text is: line breaks made \n, trimmed, empty meaning not answered. */
const storedForm = (typed: string) => typed.replace(/\r\n?/g, '\n').trim()

/** Each typed text is held by the wave exactly as stored, sealed in its pool or flushed. */
async function expectStored(waveId: string, fields: [string, string][]) {
  const held = await everyAnswer(waveId)
  for (const [name, typed] of fields) {
    if (!['helped', 'hindered'].includes(name) || !storedForm(typed)) continue
    const value = JSON.stringify(storedForm(typed))
    expect(
      held.some((a) => a.questionId === name && a.value === value),
      `stored ${name}`
    ).toBe(true)
  }
}

/**
 * What a submit adds: one submit held (pooled, or moved by a flush, which may run in the
 * background and keeps the sum) and one spend marker.
 */
const held = (w: Awaited<ReturnType<typeof writtenFor>>) => ({
  submits: w.responses + w.pooled,
  markers: w.markers,
})

const statuses = new Set<number>()
beforeEach(() => statuses.clear())

/** Accepted: one submit held, a thank-you page; refused or re-shown: nothing written. */
async function expectAllOrNothing(
  waveId: string,
  res: Response,
  before: Awaited<ReturnType<typeof writtenFor>>
) {
  statuses.add(res.status)
  const page = await expectPlainPage(res)
  const after = await writtenFor(waveId)
  if (res.status !== 303) {
    expect(held(after)).toEqual(held(before))
    return page
  }
  expect(held(after)).toEqual({
    submits: held(before).submits + 1,
    markers: held(before).markers + 1,
  })
  await expectPlainPage(await request(res.headers.get('location')!.replace(ORIGIN, '')))
  return page
}

describe('hostile submits through an open link', () => {
  let waveId: string
  beforeAll(async () => {
    waveId = (await installPulseCopy('fuzz-open')).waveId
  })

  it(
    'stores well-formed posts exactly, escapes every re-shown answer and writes nothing else',
    async () => {
      let reshown = 0
      await fc.assert(
        fc.asyncProperty(
          answerFields,
          fc.oneof({ arbitrary: fc.constant(''), weight: 8 }, hostileText),
          async (fields, badNonce) => {
            const before = await writtenFor(waveId)
            const nonce = badNonce || (await freshNonce(waveId))
            const res = await post('/s/fuzz-open', [['_nonce', nonce], ...fields])
            const page = await expectAllOrNothing(waveId, res, before)
            if (res.status === 303) await expectStored(waveId, fields)
            if (res.status === 422 && page.includes(RESHOWN_ATTACK)) reshown++
          }
        ),
        fuzzRuns(RUNS.wellFormed)
      )
      expect(reshown, 'a 422 page showing a typed attack, escaped').toBeGreaterThan(0)
      expect([...statuses]).toEqual(expect.arrayContaining([303, 400, 413, 422]))
    },
    FUZZ_TIMEOUT
  )

  it(
    'refuses broken bytes, foreign content types and origins without writing',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          answerFields,
          brokenTail,
          fc.nat(),
          contentType,
          origin(ORIGIN),
          query,
          fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
          async (fields, tail, at, type, from, search, language) => {
            const body = new TextEncoder().encode(
              new URLSearchParams([['_nonce', await freshNonce(waveId)], ...fields]).toString()
            )
            const bytes = typeof tail === 'string' ? new TextEncoder().encode(tail) : tail
            const cut = at % (body.length + 1)
            const before = await writtenFor(waveId)
            const res = await request(`/s/fuzz-open?${search}`, {
              method: 'POST',
              headers: { 'content-type': type, origin: from, 'accept-language': language },
              body: new Uint8Array([...body.subarray(0, cut), ...bytes, ...body.subarray(cut)]),
            })
            await expectAllOrNothing(waveId, res, before)
          }
        ),
        fuzzRuns(RUNS.broken)
      )
      expect([...statuses]).toEqual(expect.arrayContaining([400, 403, 413, 415, 422]))
    },
    FUZZ_TIMEOUT
  )

  it(
    'answers a post to any slug that is no survey with a plain page',
    async () => {
      const slug = fc.oneof(
        fc.string({ unit: 'binary', minLength: 1 }),
        fc.constantFrom(...attacks)
      )
      await fc.assert(
        fc.asyncProperty(slug, query, answerFields, async (s, search, fields) => {
          const res = await post(`/s/${encodeURIComponent(s)}?${search}`, fields)
          expect([400, 404, 413]).toContain(res.status)
          await expectPlainPage(res)
        }),
        fuzzRuns(RUNS.slugs)
      )
    },
    FUZZ_TIMEOUT
  )
})

describe('hostile submits through an invitation', () => {
  let survey: Awaited<ReturnType<typeof installPulseCopy>>
  beforeAll(async () => {
    survey = await installPulseCopy('fuzz-invited')
  })

  it(
    'refuses any token that was not issued, writing nothing',
    async () => {
      const token = fc.oneof(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
        fc.stringMatching(/^[0-9A-Za-z]{32}$/),
        fc.constantFrom(...['<script>alert(1)</script>', '..', '%', '%00'])
      )
      await fc.assert(
        fc.asyncProperty(token, answerFields, async (t, fields) => {
          const before = await writtenFor(survey.waveId)
          const res = await post(`/i/${encodeURIComponent(t)}`, fields)
          expect([400, 404, 410, 413]).toContain(res.status)
          await expectAllOrNothing(survey.waveId, res, before)
        }),
        fuzzRuns(RUNS.tokens)
      )
    },
    FUZZ_TIMEOUT
  )

  it(
    'uses an issued invitation only for a complete, valid post',
    async () => {
      await fc.assert(
        fc.asyncProperty(answerFields, contentType, async (fields, type) => {
          const [token] = await invite(survey, 'BMI')
          const before = await writtenFor(survey.waveId)
          const res = await post(`/i/${token}`, fields, { 'content-type': type })
          await expectAllOrNothing(survey.waveId, res, before)
          if (res.status === 303) await expectStored(survey.waveId, fields)
        }),
        fuzzRuns(RUNS.invited)
      )
      expect([...statuses]).toEqual(expect.arrayContaining([303, 400, 413, 415, 422]))
    },
    FUZZ_TIMEOUT
  )
})

const RUNS = { wellFormed: 600, broken: 800, slugs: 400, tokens: 600, invited: 400 }
