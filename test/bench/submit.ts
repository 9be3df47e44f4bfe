import { randomBytes } from 'node:crypto'
import { withLocalDb } from '../../worker/cli/local.ts'

// A complete, valid answer to forms/shipped/demo-puls.v1.json, free text included.
export const answers = new URLSearchParams({
  trust: '4',
  transparency: '3',
  continuity: '5',
  resources: '2',
  helped: 'Feste Termine und kurze Wege zwischen den Häusern.',
  hindered: 'Zu wenig Zeit neben dem Tagesgeschäft.',
}).toString()

// One address per simulated participant, so the per-address submit limit (60/min) does not
// throttle the load; in production Cloudflare sets this header. wrangler dev keeps the
// cf-connecting-ip a client sends. Counted over the whole process, so no two requests of a
// run, in whichever phase, share an address.
let clients = 0
export function clientAddress(): string {
  const n = ++clients
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
}

/** The header of a POST from a simulated participant of its own; see clientAddress. */
export const fromNewClient = () => ({ 'cf-connecting-ip': clientAddress() })

// autocannon builds a request for each one it sends, and at most a few more when a
// connection is reset; a nonce taken for one of those is simply never sent.
const SPARE_NONCES = 64

/**
 * Genuine form nonces of one open-link wave, each handed out once: a reused nonce stores
 * nothing, which would hide lost responses, and an invented one is refused (400). They are
 * got ahead with `fill`, before a timed run, because autocannon builds each request
 * synchronously with `take`. See `served` below and signedNonces in ./signed-nonces.ts.
 */
export class NonceSupply {
  private ready: string[] = []
  private readonly issue: (count: number) => Promise<string[]>

  /** `issue` gets `count` fresh nonces of the wave. */
  constructor(issue: (count: number) => Promise<string[]>) {
    this.issue = issue
  }

  /**
   * Nonces as a participant gets them: from the form page GET /s/:slug serves, fetched
   * FORM_FETCHES at a time. Needs no secret, so it works from any test project.
   */
  static served(origin: string, slug: string): NonceSupply {
    return new NonceSupply(async (count) => {
      const nonces: string[] = []
      while (nonces.length < count) {
        const batch = Math.min(FORM_FETCHES, count - nonces.length)
        nonces.push(
          ...(await Promise.all(Array.from({ length: batch }, () => formNonce(origin, slug))))
        )
      }
      return nonces
    })
  }

  /** Gets nonces until `count` requests (and a few spare) have one each. */
  async fill(count: number): Promise<void> {
    const missing = count + SPARE_NONCES - this.ready.length
    if (missing > 0) this.ready.push(...(await this.issue(missing)))
  }

  /** A nonce never handed out before; an empty supply answers one the Worker refuses (400). */
  take(): string {
    return this.ready.pop() ?? 'supply-exhausted'
  }
}

const FORM_FETCHES = 16

/** The one-time nonce in a blank form page of an open link. */
async function formNonce(origin: string, slug: string): Promise<string> {
  const res = await fetch(`${origin}/s/${slug}`)
  const html = await res.text()
  const nonce = /name="_nonce" value="([^"]+)"/.exec(html)?.[1]
  if (!res.ok || !nonce) throw new Error(`GET /s/${slug}: ${res.status}, no form nonce`)
  return nonce
}

/**
 * A form post as the browser sends it, each from a client address of its own (see
 * clientAddress) and, given a NonceSupply, each with a fresh signed nonce. Without one (a
 * baseline that checks no nonce) the nonce is random text of the same shape and length, so
 * both send bodies of one size.
 */
export function formPost(origin: string, nonces?: NonceSupply) {
  const nonce = () =>
    nonces?.take() ??
    `${randomBytes(24).toString('base64url')}.${'x'.repeat(6)}.${randomBytes(32).toString('hex')}`
  return {
    method: 'POST' as const,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    /** Signs the nonces of `count` requests ahead, outside the timed run. */
    prepare: (count: number) => nonces?.fill(count) ?? Promise.resolve(),
    /** The one-time parts of each request: its nonce and its client address. */
    request: () => ({ body: `_nonce=${nonce()}&${answers}`, headers: fromNewClient() }),
  }
}

/** Stored responses of one survey, read from the local D1 once its dev server has stopped. */
export function countResponses(persistTo: string, slug: string): Promise<number> {
  return withLocalDb(persistTo, async (env) => {
    const row = await env.DB.prepare(
      'SELECT COUNT(*) AS n FROM responses r JOIN surveys s ON s.id = r.survey_id WHERE s.slug = ?1'
    )
      .bind(slug)
      .first<{ n: number }>()
    return row?.n ?? 0
  })
}
