import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import { api, tokenFor } from './api-helpers.ts'
import { mutatedDefinition } from './fuzz-definitions.ts'
import {
  countRows,
  expectPlainJson,
  expectPlainPage,
  FUZZ_TIMEOUT,
  fuzzRuns,
  hostileText,
  rawBody,
  sendRaw,
  type RawBody,
} from './fuzz-helpers.ts'
import { request } from './helpers.ts'

let admin: string
beforeAll(async () => {
  admin = await tokenFor('admin')
})

/** An admin's POST to /api with a body sent byte for byte as given. */
const send = (path: string, body: RawBody) =>
  sendRaw('POST', path, body, { authorization: `Bearer ${admin}` })

describe('hostile definitions through the admin API', () => {
  let slugs = 0
  const definitionBody = fc.oneof(fc.jsonValue(), fc.record({ definition: fc.jsonValue() }), {
    arbitrary: fc
      .tuple(mutatedDefinition, fc.option(fc.oneof(fc.boolean(), hostileText), { nil: undefined }))
      .map(([definition, hideOpenCounts]) => ({ definition, hideOpenCounts })),
    weight: 6,
  })

  it(
    'creates a survey from a valid definition only, and writes nothing for any other body',
    async () => {
      const statuses = new Set<number>()
      await fc.assert(
        fc.asyncProperty(rawBody(definitionBody), async (body) => {
          const slug = `fuzz-api-${++slugs}`
          const before = [await countRows('surveys'), await countRows('form_versions')]
          const res = await send('/surveys', {
            ...body,
            text: body.text.replaceAll('"demo-puls"', `"${slug}"`),
          })
          statuses.add(res.status)
          const json = (await expectPlainJson(res)) as { survey?: { id: string; slug: string } }
          const grew = res.status === 201 ? 1 : 0
          expect([await countRows('surveys'), await countRows('form_versions')]).toEqual(
            before.map((n) => n + grew)
          )
          if (res.status !== 201) return
          // Its texts came from the generator: the form they make must show them escaped.
          const survey = json.survey!
          const wave = { label: 'W', mode: 'open' }
          await api(`/surveys/${survey.id}/waves`, { token: admin, json: wave })
          const page = await request(`/s/${survey.slug}`)
          expect(page.status).toBe(200)
          await expectPlainPage(page)
        }),
        fuzzRuns(RUNS.surveys)
      )
      expect(statuses).toContain(201)
      expect(statuses).toContain(400)
    },
    FUZZ_TIMEOUT
  )
})

describe('hostile invitation requests through the admin API', () => {
  let surveyId: string
  beforeAll(async () => {
    const created = await send('/surveys', {
      type: 'application/json',
      text: JSON.stringify({
        definition: {
          ...demoPuls,
          slug: 'fuzz-invitations',
          version: undefined,
        },
      }),
    })
    surveyId = ((await created.json()) as { survey: { id: string } }).survey.id
    await api(`/surveys/${surveyId}/waves`, { token: admin, json: { label: 'W' } })
  })

  const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 1 }), hostileText)
  const batch = fc.record(
    {
      ministry: fc.oneof(
        fc.constantFrom('BMI', 'Bundesministerium des Innern', 'bmf', 'XYZ'),
        anyValue
      ),
      count: fc.oneof(
        { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 4 },
        fc.integer(),
        fc.double(),
        anyValue
      ),
      extra: anyValue,
    },
    { requiredKeys: ['ministry', 'count'] }
  )
  const invitationBody = fc.oneof(
    batch,
    fc.record({ invitations: fc.array(batch, { maxLength: 4 }) }),
    fc.jsonValue()
  )

  it(
    'creates invitations for a valid batch only, and none for any other body or survey',
    async () => {
      const statuses = new Set<number>()
      await fc.assert(
        fc.asyncProperty(
          rawBody(invitationBody),
          fc.oneof({ arbitrary: fc.constant(''), weight: 6 }, fc.string({ minLength: 1 })),
          async (body, otherId) => {
            const id = otherId ? encodeURIComponent(otherId) : surveyId
            const before = await countRows('invitations')
            const res = await send(`/surveys/${id}/invitations`, body)
            statuses.add(res.status)
            const json = (await expectPlainJson(res)) as { invitations?: { links: string[] }[] }
            const links = json.invitations?.flatMap((b) => b.links).length ?? 0
            expect(res.status === 201 || links === 0).toBe(true)
            expect(await countRows('invitations')).toBe(before + links)
          }
        ),
        fuzzRuns(RUNS.invitations)
      )
      expect(statuses).toContain(201)
      expect(statuses).toContain(400)
      expect(statuses).toContain(404)
    },
    FUZZ_TIMEOUT
  )
})

const RUNS = { surveys: 1000, invitations: 1000 }
