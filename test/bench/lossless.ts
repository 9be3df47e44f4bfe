import autocannon, { type Result } from 'autocannon'
import demoPuls from '../../forms/shipped/demo-puls.v1.json' with { type: 'json' }
import { answers, formPost, fromNewClient, NonceSupply } from './submit.ts'

export interface LosslessPlan {
  /** Submits through the open link, each with a fresh one-time nonce. */
  openSubmits: number
  invitations: number
  /** How often each invitation link is sent: all but the first must be refused. */
  attemptsPerInvitation: number
  /** Connections per stream; the open-link and invitation streams run at the same time. */
  connections: number
  /** A hung server ends the run after this long instead of holding it forever. */
  maxSeconds: number
}

export interface LosslessOutcome {
  /** Seconds the submit streams took, the closing of the wave not included. */
  seconds: number
  /** Seconds the closing requests of both waves took, with the flush of what was pooled. */
  closeSeconds: number
  open: Tally
  invited: Tally
  /**
   * Responses stored in both waves, and invitations marked used, read back through the API
   * once the waves were closed: only then is every pooled submit moved into responses.
   */
  stored: number
  invitationsUsed: number
}

export interface Tally {
  sent: number
  statuses: Record<string, number>
  errors: number
  timeouts: number
  /** Answered 303 to the thank-you page: the submit was stored. */
  stored: number
}

const api = async <T>(
  origin: string,
  token: string,
  path: string,
  json?: unknown,
  method = json === undefined ? 'GET' : 'POST'
): Promise<T> => {
  const res = await fetch(`${origin}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: json === undefined ? undefined : JSON.stringify(json),
  })
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return res.json() as Promise<T>
}

interface Wave {
  surveyId: string
  waveId: string
}

/** A fresh survey with a wave opened in `mode`, set up as an admin would. */
async function surveyWithWave(
  origin: string,
  token: string,
  slug: string,
  mode: 'open' | 'invitations'
) {
  const { survey } = await api<{ survey: { id: string } }>(origin, token, '/surveys', {
    definition: { ...demoPuls, slug, version: undefined },
  })
  const { wave } = await api<{ wave: { id: string } }>(
    origin,
    token,
    `/surveys/${survey.id}/waves`,
    { label: 'Last', mode }
  )
  return { slug, surveyId: survey.id, waveId: wave.id }
}

/**
 * Two fresh surveys, as an admin would set them up: a wave is answered either through its
 * open link or through invitations, never both, so the open-link stream gets a survey whose
 * wave is opened with `mode: 'open'` and the invitation stream one with an invitation wave
 * and its links.
 */
async function setUp(origin: string, token: string, invitations: number) {
  const stamp = Date.now().toString(36)
  const open = await surveyWithWave(origin, token, `load-${stamp}-open`, 'open')
  const invited = await surveyWithWave(origin, token, `load-${stamp}-invited`, 'invitations')
  const batches = []
  for (let left = invitations, i = 0; left > 0; left -= 500, i++)
    batches.push({ ministry: ['BMI', 'AA', 'BMF'][i % 3], count: Math.min(500, left) })
  const links: string[] = []
  for (let i = 0; i < batches.length; i += 30) {
    const created = await api<{ invitations: { links: string[] }[] }>(
      origin,
      token,
      `/surveys/${invited.surveyId}/invitations`,
      {
        invitations: batches.slice(i, i + 30),
      }
    )
    for (const batch of created.invitations) links.push(...batch.links)
  }
  return { open, invited: { ...invited, links } }
}

/** Counts are null while a survey hides those of an open wave; these are read once closed. */
interface Participation {
  totals: { responses: number | null }
  ministries: { completed: number | null }[]
}

/** The open wave of the survey behind an open link, as the admin API lists it. */
export async function openWaveOf(origin: string, token: string, slug: string) {
  const { surveys } = await api<{
    surveys: { id: string; slug: string; waves: { id: string; status: string }[] }[]
  }>(origin, token, '/surveys')
  const survey = surveys.find((s) => s.slug === slug)
  const wave = survey?.waves.find((w) => w.status === 'open')
  if (!survey || !wave) throw new Error(`no open wave of the survey ${slug}`)
  return { surveyId: survey.id, waveId: wave.id }
}

const participation = (origin: string, token: string, wave: Wave) =>
  api<Participation>(origin, token, `/surveys/${wave.surveyId}/participation?wave=${wave.waveId}`)

// A submit flushes its wave after answering (waitUntil), so a flush may still run when the
// last answer is in. It holds the wave's flush lease, and the flush of a close that came
// meanwhile would move nothing (the scheduled run would move the rest a day later). So the
// wave is closed only once its stored count has stood still this long.
const SETTLE_MS = 1000
const SETTLE_POLL_MS = 100
const SETTLE_CAP_MS = 30_000

/**
 * Closes a wave through the admin API, as an admin ends it, once the flushes its submits
 * started are done: the close flushes every submit still pooled, so afterwards all of them
 * are responses and their invitations are marked used. Answers the seconds the close took.
 */
export async function closeWave(origin: string, token: string, wave: Wave): Promise<number> {
  const deadline = performance.now() + SETTLE_CAP_MS
  let last = (await participation(origin, token, wave)).totals.responses
  let stillSince = performance.now()
  while (performance.now() - stillSince < SETTLE_MS) {
    if (performance.now() > deadline)
      throw new Error(`wave ${wave.waveId}: stored responses still changing after 30 s`)
    await new Promise((r) => setTimeout(r, SETTLE_POLL_MS))
    const now = (await participation(origin, token, wave)).totals.responses
    if (now !== last) [last, stillSince] = [now, performance.now()]
  }
  const started = performance.now()
  const path = `/surveys/${wave.surveyId}/waves/${wave.waveId}`
  await api(origin, token, path, { status: 'closed' }, 'PATCH')
  return (performance.now() - started) / 1000
}

/** Every attempt at every link, shuffled so that repeats of one link race each other. */
function attemptsOf(links: string[], attempts: number) {
  const paths = links.flatMap((link) => Array(attempts).fill(new URL(link).pathname) as string[])
  for (let i = paths.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[paths[i], paths[j]] = [paths[j], paths[i]]
  }
  return paths
}

/** POSTs `amount` submits, each built by `next`, from a client address of its own. */
function stream(
  origin: string,
  amount: number,
  connections: number,
  next: () => { path: string; body: string }
) {
  const post = formPost(origin)
  return autocannon({
    url: origin,
    connections,
    amount,
    timeout: 20,
    method: 'POST',
    headers: post.headers,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          ...next(),
          headers: { ...request.headers, ...fromNewClient() },
        }),
      },
    ],
  })
}

const tally = (result: Result): Tally => ({
  sent: result.requests.sent,
  statuses: Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])
  ),
  errors: result.errors,
  timeouts: result.timeouts,
  stored: result.statusCodeStats['303']?.count ?? 0,
})

/**
 * Concurrent submits through an open link and through invitations (each link sent several
 * times at once), each stream to a survey of its own, then both waves closed, which flushes
 * their sealed pools, and the stored responses and used invitations read back through the API.
 */
export async function submitWithoutLoss(
  origin: string,
  adminToken: string,
  plan: LosslessPlan,
  progress: (line: string) => void = () => {}
): Promise<LosslessOutcome> {
  progress(`setting up an open-link survey and one with ${plan.invitations} invitations`)
  const target = await setUp(origin, adminToken, plan.invitations)
  const paths = attemptsOf(target.invited.links, plan.attemptsPerInvitation)
  // Open-link submits need a nonce the Worker signed for their wave, each sent once: fetched
  // from the form page before the timed window. Invitation links need none: the token is the
  // claim.
  progress(`fetching ${plan.openSubmits} form nonces from the open link`)
  const nonces = NonceSupply.served(origin, target.open.slug)
  await nonces.fill(plan.openSubmits)
  let taken = 0
  const open = stream(origin, plan.openSubmits, plan.connections, () => ({
    path: `/s/${target.open.slug}`,
    body: `_nonce=${nonces.take()}&${answers}`,
  }))
  const invited = stream(origin, paths.length, plan.connections, () => ({
    path: paths[taken++ % paths.length],
    body: answers,
  }))
  progress(`sending ${plan.openSubmits} open-link and ${paths.length} invitation submits`)
  const cap = setTimeout(() => [open, invited].forEach((i) => i.stop()), plan.maxSeconds * 1000)
  const started = performance.now()
  const [openResult, invitedResult] = await Promise.all([open, invited]).finally(() =>
    clearTimeout(cap)
  )
  const seconds = (performance.now() - started) / 1000
  // Up to 2k − 1 submits stay pooled in an open wave; closing it moves them all. The two
  // waves are closed one after the other, so neither close is timed while the other runs.
  progress('closing both waves, which flushes their sealed pools')
  let closeSeconds = 0
  for (const wave of [target.open, target.invited])
    closeSeconds += await closeWave(origin, adminToken, wave)
  const stored = await Promise.all(
    [target.open, target.invited].map((wave) => participation(origin, adminToken, wave))
  )
  return {
    seconds,
    closeSeconds,
    open: tally(openResult),
    invited: tally(invitedResult),
    stored: stored.reduce((sum, p) => sum + (p.totals.responses ?? 0), 0),
    invitationsUsed: stored
      .flatMap((p) => p.ministries)
      .reduce((sum, m) => sum + (m.completed ?? 0), 0),
  }
}

/** Statuses of 500 and above, over both streams. */
export const serverErrors = (o: LosslessOutcome) =>
  [o.open, o.invited]
    .flatMap((t) => Object.entries(t.statuses))
    .filter(([code]) => Number(code) >= 500)
    .reduce((sum, [, n]) => sum + n, 0)
