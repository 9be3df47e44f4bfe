import { env } from 'cloudflare:test'
import fc from 'fast-check'
import { expect } from 'vitest'
import { request } from './helpers.ts'

/** Fixed so that CI meets the same inputs every run; change it locally to explore. */
export const SEED = 20261125

/** Each property sends hundreds of requests: far above vitest's 5 s default, well under CI's patience. */
export const FUZZ_TIMEOUT = 60_000

export const fuzzRuns = (numRuns: number) => ({ seed: SEED, numRuns })

/** Markup that would run if it reached a page unescaped, and cells a spreadsheet would run. */
export const attacks = [
  '<script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '=HYPERLINK("https://evil.example","x")',
  '+SUM(A1:A9)',
  '-2+3',
  '@SUM(1)',
  '\t=1+1',
  '\r=1+1',
  "'; DROP TABLE responses; --",
  '\u202eevil',
  '\u0000\u0007\u001b\u007f',
]

/** An unescaped attack in a page: the payloads above, as a browser would parse them. */
export const RAW_MARKUP = /<script>alert|<img src=x onerror|<svg onload/

const controls = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u2028',
  '\ufeff',
  '\r\n',
  '<',
  '>',
  '"',
  "'",
  '&',
  '%',
  '+',
  '='
)

/** Text as hostile as a form field can carry: attacks, control characters, any Unicode, huge or empty. */
export const hostileText = fc.oneof(
  { arbitrary: fc.constantFrom(...attacks), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: controls, maxLength: 20 }), weight: 2 },
  {
    arbitrary: fc
      .tuple(
        fc.string({ maxLength: 10 }),
        fc.constantFrom(...attacks),
        fc.string({ maxLength: 10 })
      )
      .map((parts) => parts.join('')),
    weight: 2,
  },
  { arbitrary: fc.constant(''), weight: 1 },
  { arbitrary: fc.nat({ max: 70_000 }).map((n) => 'x'.repeat(n)), weight: 1 }
)

/** Printable ASCII: what a header value can carry. */
export const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 40 })

/** Runs a property over one route and returns every status it answered with. */
export async function statusesOf<T>(
  input: fc.Arbitrary<T>,
  runs: number,
  run: (t: T) => Promise<number>
) {
  const seen = new Set<number>()
  await fc.assert(
    fc.asyncProperty(input, async (t) => {
      seen.add(await run(t))
    }),
    fuzzRuns(runs)
  )
  return [...seen]
}

/** Bytes that are no form post of ours: broken escapes, bytes that are not UTF-8, stray separators. */
export const brokenTail = fc.oneof(
  fc.constantFrom('%', '%E2%82', '%ZZ', '%%', '%0', '%C0%AF', '%ED%A0%80', '&&==&', '=', '&=x'),
  fc.uint8Array({ minLength: 1, maxLength: 12 }).map((bytes) => bytes),
  fc.string({ unit: 'binary', maxLength: 20 })
)

/** Any Content-Type a client might send, the right one among them. */
export const contentType = fc.oneof(
  fc.constant('application/x-www-form-urlencoded'),
  fc.constantFrom(
    'application/x-www-form-urlencoded; charset=utf-8',
    'APPLICATION/X-WWW-FORM-URLENCODED',
    'multipart/form-data; boundary=x',
    'application/json',
    'text/plain',
    'text/html',
    ''
  ),
  fc.string({ unit: 'grapheme-ascii', maxLength: 30 })
)

/** Any Origin a client might send, our own among them. */
export const origin = (own: string) =>
  fc.oneof(
    { arbitrary: fc.constant(own), weight: 3 },
    fc.constantFrom('', 'null', 'https://evil.example', `${own}.evil.example`, own.toUpperCase()),
    fc.webUrl()
  )

export type RawBody = { text: string; type: string }

/** A body as any client could send it: JSON of any shape, or not JSON at all. */
export const rawBody = (json: fc.Arbitrary<unknown>): fc.Arbitrary<RawBody> =>
  fc.oneof(
    {
      arbitrary: json.map((value) => ({
        text: JSON.stringify(value) ?? 'null',
        type: 'application/json',
      })),
      weight: 8,
    },
    fc.record({
      text: fc.oneof(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.constantFrom('{', '{"definition":', '[]', '', '\u0000')
      ),
      type: fc.constantFrom('application/json', 'text/plain', 'multipart/form-data', ''),
    })
  )

let caller = 0

/** A client address per call, so failed credentials never add up to the rate limit's 429. */
export const fuzzIp = () => `10.9.${Math.floor(++caller / 250) % 250}.${caller % 250}`

/** A request to /api with its body sent byte for byte as given, from an address of its own. */
export const sendRaw = (
  method: string,
  path: string,
  body: RawBody,
  headers: Record<string, string> = {}
) =>
  request(`/api${path}`, {
    method,
    headers: {
      'cf-connecting-ip': fuzzIp(),
      ...(body.type && { 'content-type': body.type }),
      ...headers,
    },
    body: body.text,
  })

/** A participant-facing refusal or page: HTML, no stack trace, no server error. */
export async function expectPlainPage(res: Response) {
  expect(res.status).toBeLessThan(500)
  const page = await res.text()
  if (res.status >= 300 && res.status < 400) return page
  expect(res.headers.get('content-type')).toContain('text/html')
  expect(page).toMatch(/^<!DOCTYPE html>/i)
  // No stack trace; a plain "Error: " is the page title of a form shown again with mistakes.
  expect(page).not.toMatch(/[A-Z][a-z]{0,20}Error:|\.(ts|js|mjs):\d+/)
  expect(page).not.toMatch(RAW_MARKUP)
  return page
}

/** An /api refusal or answer: JSON; a refusal is `{error:{status,message}}` with the response's status. */
export async function expectPlainJson(res: Response) {
  expect(res.status).toBeLessThan(500)
  expect(res.headers.get('content-type')).toContain('application/json')
  const body = (await res.json()) as { error?: { status: number; message: string } }
  if (res.status >= 400) {
    expect(body.error?.status).toBe(res.status)
    expect(typeof body.error?.message).toBe('string')
  }
  return body
}

type Table = 'surveys' | 'invitations' | 'form_versions' | 'waves' | 'sessions'

export const countRows = async (table: Table) =>
  (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<{ n: number }>())!.n
