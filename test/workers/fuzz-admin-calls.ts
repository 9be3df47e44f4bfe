import { env } from 'cloudflare:test'
import fc from 'fast-check'
import { expect } from 'vitest'
import { newId } from '../../worker/crypto.ts'
import { revokeApiToken } from '../../worker/db/tokens.ts'
import { listWaves, openWave, type Wave } from '../../worker/db/waves.ts'
import { createApiToken } from '../../worker/tokens.ts'
import { accessJwt, tokenFor } from './api-helpers.ts'
import { COOKIE, sessionFor } from './dashboard-helpers.ts'
import {
  attacks,
  contentType,
  expectPlainJson,
  hostileText,
  origin,
  printable,
  sendRaw,
  type RawBody,
} from './fuzz-helpers.ts'
import { ORIGIN } from './helpers.ts'

export type Written = Record<
  | 'surveys'
  | 'versions'
  | 'definitions'
  | 'waves'
  | 'open'
  | 'codebooks'
  | 'tokens'
  | 'revoked'
  | 'sessions'
  | 'invitations',
  number | string
>

/** Everything an admin route can write, counted: no refusal may change any of it. */
export const written = async () =>
  (await env.DB.prepare(
    `SELECT (SELECT COUNT(*) FROM surveys) AS surveys,
      (SELECT group_concat(s, ' ') FROM (SELECT id || ':' || current_version || ':' || codebook_version AS s
        FROM surveys ORDER BY id)) AS versions,
      (SELECT COUNT(*) FROM form_versions) AS definitions,
      (SELECT COUNT(*) FROM waves) AS waves,
      (SELECT COUNT(*) FROM waves WHERE status = 'open') AS open,
      (SELECT COUNT(*) FROM codebooks) AS codebooks,
      (SELECT COUNT(*) FROM api_tokens) AS tokens,
      (SELECT COUNT(*) FROM api_tokens WHERE revoked = 1) AS revoked,
      (SELECT COUNT(*) FROM sessions) AS sessions,
      (SELECT COUNT(*) FROM invitations) AS invitations`
  ).first<Written>())!

/** Unchanged after a refusal; after a success, changed exactly as `success` says. */
export async function expectWritten(res: Response, before: Written, success: Partial<Written>) {
  expect(await written()).toEqual(res.ok ? { ...before, ...success } : before)
}

const ADMINS = ['admin token', 'admin session', 'admin via Access'] as const
const OTHERS = ['researcher', 'no credential', 'garbage', 'revoked token', 'forged Access'] as const
type Caller = (typeof ADMINS)[number] | (typeof OTHERS)[number]
let credentials: Record<Caller, Record<string, string>>

/** Creates the credential of every caller; run once per file, before the first call. */
export async function prepareCallers() {
  const admin = await tokenFor('admin')
  const revoked = await createApiToken(env.DB, { label: 'revoked', role: 'admin' }, '2026-11-25')
  await revokeApiToken(env.DB, revoked.id)
  credentials = {
    'admin token': { authorization: `Bearer ${admin}` },
    'admin session': { cookie: `${COOKIE}=${await sessionFor(admin)}` },
    'admin via Access': { 'cf-access-jwt-assertion': await accessJwt() },
    researcher: { authorization: `Bearer ${await tokenFor('researcher')}` },
    'no credential': {},
    garbage: { authorization: 'Bearer lr_<script>alert(1)</script>' },
    'revoked token': { authorization: `Bearer ${revoked.token}` },
    'forged Access': { 'cf-access-jwt-assertion': await accessJwt({ aud: ['someone-else'] }) },
  }
}

export const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 1 }), hostileText)
/** A key in one body of six: most bodies stay close enough to valid to be accepted. */
export const rarely = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 5 }, value)
/** Mostly a value of the kind asked for, else anything. */
export const mostly = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: value, weight: 3 }, anyValue)

/** Who calls, what else the request carries, and what follows its path. */
export const call = fc.record({
  caller: fc.oneof(
    { arbitrary: fc.constantFrom(...ADMINS), weight: 12 },
    fc.constantFrom(...OTHERS)
  ),
  headers: fc.oneof(
    { arbitrary: fc.constant({}), weight: 2 },
    fc.record(
      {
        accept: fc.oneof(fc.constantFrom('application/json', 'text/csv', 'text/html'), printable),
        origin: origin(ORIGIN),
        'sec-fetch-site': fc.constantFrom('same-origin', 'cross-site', 'none', 'x'),
        'x-http-method-override': fc.constantFrom('GET', 'DELETE', 'PATCH'),
        'accept-language': printable,
        'content-type': contentType,
      },
      { requiredKeys: [] }
    )
  ),
  search: fc.oneof(
    { arbitrary: fc.constant(''), weight: 4 },
    fc.webQueryParameters().map((q) => `?${q}`),
    fc.constantFrom('?format=csv', '?format=html', '?lang=en', '?_method=DELETE', '?a=1&a=2'),
    hostileText.filter((t) => t.length < 200).map((t) => `?q=${encodeURIComponent(t)}`)
  ),
})
type Call = typeof call extends fc.Arbitrary<infer T> ? T : never

/** Another id in a path than the real one (`undefined`), as any client could write it. */
export const otherId = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 8 },
  fc.string({ minLength: 1, maxLength: 30 }).map(encodeURIComponent),
  fc.constantFrom(...attacks).map(encodeURIComponent),
  fc.constantFrom('%', '%ZZ', '%E2%82', '%00', '.', '%2F', 'a%2F..%2Fb', '0', '-1')
)

/** Sends one fuzzed call; only an admin may ever get a 2xx, and nobody a 5xx. */
export async function send(method: string, path: string, body: RawBody, c: Call) {
  const res = await sendRaw(method, `${path}${c.search}`, body, {
    ...c.headers,
    ...credentials[c.caller],
  })
  if (!(ADMINS as readonly string[]).includes(c.caller)) expect(res.ok).toBe(false)
  if (res.status === 204) expect(await res.text()).toBe('')
  const json = res.status === 204 ? {} : await expectPlainJson(res)
  return { res, json: json as Record<string, any> }
}

/** The wave a survey has open, opening one when it has none. */
export async function openWaveOf(surveyId: string): Promise<Wave> {
  const open = (await listWaves(env.DB, surveyId)).find((w) => w.status === 'open')
  return (
    open ??
    (await openWave(env.DB, { id: newId(), surveyId, label: 'W', opensOn: null, closesOn: null }))!
  )
}
