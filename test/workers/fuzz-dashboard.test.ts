import { env } from 'cloudflare:test'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { newToken, sha256 } from '../../worker/crypto.ts'
import { insertSession } from '../../worker/db/sessions.ts'
import { revokeApiToken } from '../../worker/db/tokens.ts'
import { createApiToken } from '../../worker/tokens.ts'
import { tokenFor } from './api-helpers.ts'
import { COOKIE, freshIp } from './dashboard-helpers.ts'
import {
  attacks,
  brokenTail,
  contentType,
  countRows,
  expectPlainPage,
  FUZZ_TIMEOUT,
  hostileText,
  origin,
  printable,
  statusesOf,
} from './fuzz-helpers.ts'
import { ORIGIN, request } from './helpers.ts'

const tokens = { admin: '', researcher: '', revoked: '' }
beforeAll(async () => {
  tokens.admin = await tokenFor('admin')
  tokens.researcher = await tokenFor('researcher')
  const revoked = await createApiToken(env.DB, { label: 'gone', role: 'admin' }, '2026-11-25')
  await revokeApiToken(env.DB, revoked.id)
  tokens.revoked = revoked.token
})

/** What is typed into the token field, and whether it is an active token once trimmed. */
const typedToken = fc.oneof(
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom('admin' as const, 'researcher' as const),
        fc.constantFrom('', ' ', '\n')
      )
      .map(([role, pad]) => ({ value: `${pad}${tokens[role]}${pad}`, valid: true })),
    weight: 4,
  },
  fc.constant(null).map(() => ({ value: tokens.revoked, valid: false })),
  fc.stringMatching(/^lr_[0-9A-Za-z]{32}$/).map((value) => ({ value, valid: false })),
  hostileText.map((value) => ({ value, valid: false }))
)

/** Form fields besides the one token: none, a second token, or any others. */
const extraFields = fc.oneof(
  { arbitrary: fc.constant<[string, string][]>([]), weight: 6 },
  hostileText.map((t): [string, string][] => [['token', t]]),
  fc.array(fc.tuple(fc.oneof(fc.string(), fc.constantFrom('_nonce', 'role')), hostileText), {
    maxLength: 2,
  })
)

const multipart = (fields: [string, string][]) =>
  fields
    .map(
      ([name, value]) => `--B\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
    )
    .join('') + '--B--\r\n'

/** A sign-in body in every shape a client might send, and whether it is a well-formed form. */
const signInBody = fc
  .tuple(
    typedToken,
    extraFields,
    fc.constantFrom('urlencoded', 'multipart', 'json', 'broken'),
    brokenTail,
    fc.nat()
  )
  .map(([token, extra, shape, tail, at]) => {
    const fields: [string, string][] = [['token', token.value], ...extra]
    const form = new URLSearchParams(fields).toString()
    const wellFormed = extra.length === 0 && (shape === 'multipart' || shape === 'urlencoded')
    if (shape === 'multipart')
      return { token, wellFormed, body: multipart(fields), type: 'multipart/form-data; boundary=B' }
    if (shape === 'json')
      return {
        token,
        wellFormed,
        body: JSON.stringify({ token: token.value }),
        type: 'application/json',
      }
    if (shape === 'urlencoded')
      return { token, wellFormed, body: form, type: 'application/x-www-form-urlencoded' }
    const bytes = new TextEncoder().encode(form)
    const cut = at % (bytes.length + 1)
    const junk = typeof tail === 'string' ? new TextEncoder().encode(tail) : tail
    const body = new Uint8Array([...bytes.subarray(0, cut), ...junk, ...bytes.subarray(cut)])
    return { token, wellFormed, body, type: 'application/x-www-form-urlencoded' }
  })

/** What else a browser, a script or an attacker's page sends along. */
const headers = fc.record(
  {
    origin: fc.oneof({ arbitrary: fc.constant(ORIGIN), weight: 4 }, origin(ORIGIN)),
    'sec-fetch-site': fc.option(fc.constantFrom('same-origin', 'cross-site', 'none', 'x'), {
      nil: undefined,
    }),
    'content-type': fc.option(contentType, { nil: undefined, freq: 6 }),
    cookie: fc.option(
      fc.oneof(
        fc.constantFrom(`${COOKIE}=`, `${COOKIE}=${'a'.repeat(32)}`, `${COOKIE}=1; ${COOKIE}=2`),
        printable.map((v) => `${COOKIE}=${encodeURIComponent(v)}`),
        printable
      ),
      { nil: undefined }
    ),
    'accept-language': fc.option(printable, { nil: undefined }),
  },
  { requiredKeys: ['origin'] }
)
type Headers = typeof headers extends fc.Arbitrary<infer T> ? T : never

/** The origin check: Sec-Fetch-Site decides where sent, Origin must be ours either way. */
const fromOurSite = (h: Headers) =>
  h.origin === ORIGIN && (h['sec-fetch-site'] ?? 'same-origin') === 'same-origin'

const post = (path: string, body: BodyInit, type: string, h: Headers) =>
  request(path, {
    method: 'POST',
    headers: Object.fromEntries(
      Object.entries({ ...h, 'content-type': type, 'cf-connecting-ip': freshIp() }).filter(
        ([, v]) => v !== undefined
      ) as [string, string][]
    ),
    body,
  })

/** A refusal never sets a cookie; at most it clears one. */
const expectNoCookieSet = (res: Response) => {
  const cookie = res.headers.get('set-cookie')
  if (cookie) expect(cookie).toMatch(/Max-Age=0/)
}

describe('hostile sign-ins to the dashboard', () => {
  it(
    'starts a session for an active token only, and answers anything else with a plain page',
    async () => {
      const seen = await statusesOf(
        fc.tuple(signInBody, headers),
        RUNS.signIn,
        async ([sent, h]) => {
          const type = h['content-type'] ?? sent.type
          const before = await countRows('sessions')
          const res = await post('/dashboard/sign-in', sent.body, type, h)
          await expectPlainPage(res)
          const signedIn = res.status === 303 && res.headers.get('location') === '/dashboard'
          expect(await countRows('sessions')).toBe(before + (signedIn ? 1 : 0))
          if (signedIn) {
            expect(sent.token.valid).toBe(true)
            expect(res.headers.get('set-cookie')).toMatch(
              new RegExp(`^${COOKIE}=\\w+;.*HttpOnly; Secure; SameSite=Strict$`)
            )
          } else expect(res.headers.get('set-cookie')).toBeNull()
          // A well-formed form with an active token from our own site always signs in.
          if (sent.wellFormed && sent.token.valid && type === sent.type && fromOurSite(h))
            expect(signedIn).toBe(true)
          return res.status
        }
      )
      expect(seen).toEqual(expect.arrayContaining([303, 400, 401, 403, 413, 422]))
    },
    FUZZ_TIMEOUT
  )
})

describe('hostile sign-outs of the dashboard', () => {
  /** A live session, or another cookie (`null`: none at all). */
  const cookieKind = fc.oneof(
    { arbitrary: fc.constant('live' as const), weight: 3 },
    fc.constant(null),
    printable.map((v) => `${COOKIE}=${encodeURIComponent(v)}`),
    fc.constantFrom(...attacks).map((v) => `${COOKIE}=${encodeURIComponent(v)}`)
  )
  const body = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    hostileText.map((t) => new URLSearchParams([['token', t]]).toString())
  )

  it(
    'ends only the session its cookie names, from our own site, and never sets a cookie',
    async () => {
      const input = fc.tuple(cookieKind, body, fc.option(contentType, { nil: undefined }), headers)
      const seen = await statusesOf(input, RUNS.signOut, async ([kind, text, type, h]) => {
        let cookie = kind ?? undefined
        let hash: string | undefined
        if (kind === 'live') {
          const id = newToken()
          hash = await sha256(id)
          await insertSession(env.DB, hash, {
            subject: 'fuzz',
            role: 'researcher',
            tokenHash: null,
            expiresAt: Date.now() + 3_600_000,
          })
          cookie = `${COOKIE}=${id}`
        }
        const before = await countRows('sessions')
        const contentType = type ?? 'application/x-www-form-urlencoded'
        const res = await post('/dashboard/sign-out', text, contentType, { ...h, cookie })
        await expectPlainPage(res)
        expectNoCookieSet(res)
        const ended = res.status === 303 && hash ? 1 : 0
        expect(await countRows('sessions')).toBe(before - ended)
        if (res.status === 303) expect(res.headers.get('location')).toBe('/dashboard/sign-in')
        else expect(res.headers.get('set-cookie')).toBeNull()
        if (fromOurSite(h) && new TextEncoder().encode(text).length <= 4096)
          expect(res.status).toBe(303)
        return res.status
      })
      expect(seen).toEqual(expect.arrayContaining([303, 403]))
    },
    FUZZ_TIMEOUT
  )
})

describe('hostile posts to the rest of the dashboard', () => {
  const path = fc.oneof(
    fc.constantFrom('/dashboard', '/dashboard/', '/dashboard/surveys/x', '/dashboard/sign-in/x'),
    fc.string({ maxLength: 30 }).map((s) => `/dashboard/${encodeURIComponent(s)}`),
    fc.constantFrom(...attacks).map((s) => `/dashboard/surveys/${encodeURIComponent(s)}`)
  )

  it(
    'writes nothing and answers with a plain page or a redirect',
    async () => {
      const input = fc.tuple(path, signInBody, headers)
      const seen = await statusesOf(input, RUNS.elsewhere, async ([p, sent, h]) => {
        const before = await countRows('sessions')
        const res = await post(p, sent.body, h['content-type'] ?? sent.type, h)
        await expectPlainPage(res)
        expectNoCookieSet(res)
        expect(await countRows('sessions')).toBe(before)
        return res.status
      })
      expect(seen).toEqual(expect.arrayContaining([303, 403]))
    },
    FUZZ_TIMEOUT
  )
})

// Inputs per property; the total over all fuzz files is stated in fuzz-admin.test.ts.
const RUNS = { signIn: 500, signOut: 300, elsewhere: 200 }
