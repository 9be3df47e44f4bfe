import { env } from 'cloudflare:test'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_CODEBOOK_VERSION } from '../../analysis/coding/index.ts'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import { closeWave } from '../../worker/db/waves.ts'
import { createApiToken } from '../../worker/tokens.ts'
import { sessionFor } from './dashboard-helpers.ts'
import {
  anyValue,
  call,
  expectWritten,
  mostly,
  openWaveOf,
  otherId,
  prepareCallers,
  rarely,
  send,
  written,
} from './fuzz-admin-calls.ts'
import { mutatedDefinition, mutatedTree, withTexts } from './fuzz-definitions.ts'
import { expectPlainPage, FUZZ_TIMEOUT, hostileText, rawBody, statusesOf } from './fuzz-helpers.ts'
import { installPulseCopy, request } from './helpers.ts'

beforeAll(prepareCallers)

describe('hostile wave requests through the admin API', () => {
  let opened: Awaited<ReturnType<typeof installPulseCopy>>
  let closing: Awaited<ReturnType<typeof installPulseCopy>>
  beforeAll(async () => {
    opened = await installPulseCopy('fuzz-waves-open')
    closing = await installPulseCopy('fuzz-waves-close')
  })

  const day = fc.oneof(
    {
      arbitrary: fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      weight: 4,
    },
    fc.constantFrom('2026-13-45', '0000-00-00', '2026-1-1', '26-11-25'),
    hostileText
  )
  const openBody = fc.oneof(
    {
      arbitrary: fc.record({
        label: mostly(hostileText),
        opensOn: fc.option(day, { nil: undefined }),
        closesOn: fc.option(day, { nil: undefined }),
        extra: rarely(anyValue),
      }),
      weight: 6,
    },
    fc.jsonValue()
  )

  it(
    'opens a wave for a valid label only, and writes nothing for any other request',
    async () => {
      // With or without an open wave: a valid body opens one (201) or is refused (409).
      const input = fc.tuple(rawBody(openBody), call, otherId, fc.boolean())
      const seen = await statusesOf(input, RUNS.openWave, async ([body, c, id, withOpen]) => {
        const open = await openWaveOf(opened.surveyId)
        if (!withOpen) await closeWave(env.DB, opened.surveyId, open.id)
        const before = await written()
        const path = `/surveys/${id ?? opened.surveyId}/waves`
        const { res, json } = await send('POST', path, body, c)
        await expectWritten(res, before, { waves: +before.waves + 1, open: +before.open + 1 })
        if (res.status !== 201) return res.status
        const label = (JSON.parse(body.text) as { label: string }).label.trim()
        expect(json.wave).toMatchObject({ surveyId: opened.surveyId, status: 'open', label })
        return res.status
      })
      expect(seen).toEqual(expect.arrayContaining([201, 400, 401, 403, 404, 409]))
    },
    FUZZ_TIMEOUT
  )

  const closeBody = fc.oneof(
    { arbitrary: fc.constant({ status: 'closed' }), weight: 4 },
    fc.record(
      {
        status: fc.oneof(fc.constantFrom('closed', 'open', 'CLOSED', ' closed'), anyValue),
        extra: anyValue,
      },
      { requiredKeys: [] }
    ),
    fc.jsonValue()
  )
  const target = fc.oneof(
    { arbitrary: fc.constant('open' as const), weight: 6 },
    fc.constantFrom('closed' as const, 'of another survey' as const),
    otherId.filter((id) => id !== undefined)
  )

  it(
    'closes only the named wave of the named survey, and writes nothing for any other request',
    async () => {
      const input = fc.tuple(rawBody(closeBody), call, otherId, target)
      const seen = await statusesOf(input, RUNS.closeWave, async ([body, c, surveyId, t]) => {
        const open = await openWaveOf(closing.surveyId)
        const waveId =
          t === 'open'
            ? open.id
            : t === 'closed'
              ? closing.waveId
              : t === 'of another survey'
                ? opened.waveId
                : t
        const before = await written()
        const path = `/surveys/${surveyId ?? closing.surveyId}/waves/${waveId}`
        const { res, json } = await send('PATCH', path, body, c)
        const closedOne = res.ok && waveId === open.id ? 1 : 0
        await expectWritten(res, before, { open: +before.open - closedOne })
        if (res.ok) expect(json.wave).toMatchObject({ id: waveId, status: 'closed' })
        return res.status
      })
      expect(seen).toEqual(expect.arrayContaining([200, 400, 401, 403, 404]))
    },
    FUZZ_TIMEOUT
  )
})

describe('hostile definition edits through the admin API', () => {
  let survey: Awaited<ReturnType<typeof installPulseCopy>>
  beforeAll(async () => {
    survey = await installPulseCopy('fuzz-edit')
  })

  const hostileLabels = fc
    .array(hostileText, { minLength: 1, maxLength: 8 })
    .map((texts) => withTexts(demoPuls, texts))
  const definitionBody = fc.oneof(fc.jsonValue(), fc.record({ definition: fc.jsonValue() }), {
    arbitrary: fc.record({
      definition: fc.oneof(hostileLabels, mutatedDefinition),
      hideOpenCounts: rarely(anyValue),
    }),
    weight: 6,
  })

  it(
    'adds a form version for a valid definition of the same survey only, shown escaped',
    async () => {
      const input = fc.tuple(rawBody(definitionBody), call, otherId)
      const seen = await statusesOf(input, RUNS.definition, async ([body, c, id]) => {
        const before = await written()
        const sameSlug = { ...body, text: body.text.replaceAll('"demo-puls"', '"fuzz-edit"') }
        const path = `/surveys/${id ?? survey.surveyId}/definition`
        const { res } = await send('PUT', path, sameSlug, c)
        await expectWritten(res, before, {
          definitions: +before.definitions + 1,
          versions: expect.any(String),
        })
        if (!res.ok) return res.status
        // Its texts came from the generator: the form they make must show them escaped.
        const page = await request('/s/fuzz-edit')
        expect(page.status).toBe(200)
        await expectPlainPage(page)
        return res.status
      })
      expect(seen).toEqual(expect.arrayContaining([200, 400, 401, 403, 404]))
    },
    FUZZ_TIMEOUT
  )
})

describe('hostile codebooks through the admin API', () => {
  let survey: Awaited<ReturnType<typeof installPulseCopy>>
  const stored = new Set<string>()
  beforeAll(async () => {
    survey = await installPulseCopy('fuzz-codebook')
  })

  const theme = (id: string, side: string, signal: string) => ({
    id,
    side,
    label: { de: id, en: id },
    description: { de: id, en: id },
    signals: { de: [signal], en: [signal] },
  })
  const base = {
    version: '',
    themes: [theme('coffee', 'enabler', 'Kaffee'), theme('silos', 'barrier', 'Silo')],
  }
  // "fresh" becomes a version never sent before; the others are refused or reused.
  const versioned = fc
    .tuple(
      fc.option(fc.array(hostileText, { minLength: 1, maxLength: 8 }), { nil: undefined }),
      fc.constantFrom('fresh', 'fresh', 'fresh', DEFAULT_CODEBOOK_VERSION, 'fuzz-fixed')
    )
    .map(([texts, version]) => ({
      ...((texts ? withTexts(base, texts) : base) as object),
      version,
    }))
  const codebook = fc.oneof(versioned, mutatedTree(versioned))
  const codebookBody = fc.oneof(
    { arbitrary: codebook.map((c) => ({ codebook: c })), weight: 6 },
    fc.record({ codebook: fc.jsonValue() }),
    fc.jsonValue()
  )

  it(
    'stores a valid codebook under a new version only, and writes nothing for any other request',
    async () => {
      let fresh = 0
      const input = fc.tuple(rawBody(codebookBody), call, otherId)
      const seen = await statusesOf(input, RUNS.codebook, async ([body, c, id]) => {
        const before = await written()
        const text = body.text.replaceAll('"fresh"', `"fuzz-${++fresh}"`)
        const path = `/surveys/${id ?? survey.surveyId}/codebook`
        const { res, json } = await send('PUT', path, { ...body, text }, c)
        const version: string | undefined = json.survey?.codebookVersion
        await expectWritten(res, before, {
          codebooks: +before.codebooks + (version && !stored.has(version) ? 1 : 0),
          versions: expect.stringContaining(`${survey.surveyId}:1:${version}`),
        })
        if (version) stored.add(version)
        return res.status
      })
      expect(seen).toEqual(expect.arrayContaining([200, 400, 401, 403, 404, 409]))
    },
    FUZZ_TIMEOUT
  )
})

describe('hostile token requests through the admin API', () => {
  const tokenBody = fc.oneof(
    {
      arbitrary: fc.record(
        {
          label: mostly(hostileText),
          role: fc.oneof(
            { arbitrary: fc.constantFrom('researcher', 'admin'), weight: 6 },
            fc.constantFrom('owner', 'ADMIN', ''),
            anyValue
          ),
          extra: rarely(anyValue),
        },
        { requiredKeys: ['label', 'role'] }
      ),
      weight: 6,
    },
    fc.jsonValue()
  )

  it(
    'creates a token for a valid label and role only, and writes nothing for any other request',
    async () => {
      const input = fc.tuple(rawBody(tokenBody), call, otherId)
      const seen = await statusesOf(input, RUNS.createToken, async ([body, c, id]) => {
        const before = await written()
        const { res, json } = await send('POST', id ? `/tokens/${id}` : '/tokens', body, c)
        await expectWritten(res, before, { tokens: +before.tokens + 1 })
        if (!res.ok) return res.status
        const sent = JSON.parse(body.text) as { role: string }
        expect(json).toMatchObject({ role: sent.role, token: expect.stringMatching(/^lr_\w{32}$/) })
        expect(res.headers.get('cache-control')).toBe('no-store')
        return res.status
      })
      expect(seen).toEqual(expect.arrayContaining([201, 400, 401, 403, 404]))
    },
    FUZZ_TIMEOUT
  )

  it(
    'revokes only an active token by its id, ending its sessions, whatever else is sent',
    async () => {
      const ids: string[] = []
      for (let i = 0; i < 30; i++) {
        const created = await createApiToken(
          env.DB,
          { label: `r${i}`, role: 'researcher' },
          '2026-11-25'
        )
        if (i < 5) await sessionFor(created.token)
        ids.push(created.id)
      }
      const which = fc.oneof(
        { arbitrary: fc.nat().map((i) => ids[i % ids.length]), weight: 3 },
        otherId.filter((id) => id !== undefined)
      )
      // DELETE reads no body: its refusal of a bad request is the 404 of an unknown id.
      const input = fc.tuple(rawBody(fc.jsonValue()), call, which)
      const seen = await statusesOf(input, RUNS.revokeToken, async ([body, c, id]) => {
        const before = await written()
        const { res } = await send('DELETE', `/tokens/${id}`, body, c)
        await expectWritten(res, before, {
          revoked: +before.revoked + 1,
          sessions: expect.any(Number),
        })
        const orphans = await env.DB.prepare(
          'SELECT COUNT(*) AS n FROM sessions s JOIN api_tokens t USING (token_hash) WHERE t.revoked = 1'
        ).first<number>('n')
        expect(orphans).toBe(0)
        return res.status
      })
      expect(seen).toEqual(expect.arrayContaining([204, 401, 403, 404]))
    },
    FUZZ_TIMEOUT
  )
})

// Generated inputs per property: 1 800 here. With fuzz-api (2 000), fuzz-definition (6 000),
// fuzz-participate (2 800), fuzz-dashboard (1 000) and escaping (300): 13 900 in all.
const RUNS = {
  openWave: 400,
  closeWave: 300,
  definition: 300,
  codebook: 300,
  createToken: 300,
  revokeToken: 200,
}
