import autocannon, { type Result } from 'autocannon'
import demoPuls from '../../forms/shipped/demo-puls.v1.json' with { type: 'json' }
import { formPost } from './submit.ts'

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
  seconds: number
  open: Tally
  invited: Tally
  /** Responses stored in the wave, and invitations marked used, read back through the API. */
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

const api = async <T>(origin: string, token: string, path: string, json?: unknown): Promise<T> => {
  const res = await fetch(`${origin}/api${path}`, {
    method: json === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: json === undefined ? undefined : JSON.stringify(json),
  })
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return res.json() as Promise<T>
}

/** A fresh survey with an open wave and its invitation links, set up as an admin would. */
async function setUp(origin: string, token: string, invitations: number) {
  const slug = `load-${Date.now().toString(36)}`
  const { survey } = await api<{ survey: { id: string } }>(origin, token, '/surveys', {
    definition: { ...demoPuls, slug, version: undefined },
  })
  const { wave } = await api<{ wave: { id: string } }>(
    origin,
    token,
    `/surveys/${survey.id}/waves`,
    { label: 'Last' }
  )
  const batches = []
  for (let left = invitations, i = 0; left > 0; left -= 500, i++)
    batches.push({ ministry: ['BMI', 'AA', 'BMF'][i % 3], count: Math.min(500, left) })
  const links: string[] = []
  for (let i = 0; i < batches.length; i += 30) {
    const created = await api<{ invitations: { links: string[] }[] }>(
      origin,
      token,
      `/surveys/${survey.id}/invitations`,
      {
        invitations: batches.slice(i, i + 30),
      }
    )
    for (const batch of created.invitations) links.push(...batch.links)
  }
  return { slug, surveyId: survey.id, waveId: wave.id, links }
}

interface Participation {
  totals: { responses: number }
  ministries: { completed: number }[]
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
    requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
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
 * times at once), then the stored responses and used invitations read back through the API.
 */
export async function submitWithoutLoss(
  origin: string,
  adminToken: string,
  plan: LosslessPlan,
  progress: (line: string) => void = () => {}
): Promise<LosslessOutcome> {
  progress(`setting up a survey with ${plan.invitations} invitations`)
  const target = await setUp(origin, adminToken, plan.invitations)
  const paths = attemptsOf(target.links, plan.attemptsPerInvitation)
  const answers = formPost(origin).body
  // Invitation links need no nonce: the token is the one-time claim.
  const withoutNonce = () => answers().replace(/^_nonce=[^&]*&/, '')
  let taken = 0
  const open = stream(origin, plan.openSubmits, plan.connections, () => ({
    path: `/s/${target.slug}`,
    body: answers(),
  }))
  const invited = stream(origin, paths.length, plan.connections, () => ({
    path: paths[taken++ % paths.length],
    body: withoutNonce(),
  }))
  progress(`sending ${plan.openSubmits} open-link and ${paths.length} invitation submits`)
  const cap = setTimeout(() => [open, invited].forEach((i) => i.stop()), plan.maxSeconds * 1000)
  const started = performance.now()
  try {
    const [openResult, invitedResult] = await Promise.all([open, invited])
    const seconds = (performance.now() - started) / 1000
    const participation = await api<Participation>(
      origin,
      adminToken,
      `/surveys/${target.surveyId}/participation?wave=${target.waveId}`
    )
    return {
      seconds,
      open: tally(openResult),
      invited: tally(invitedResult),
      stored: participation.totals.responses,
      invitationsUsed: participation.ministries.reduce((sum, m) => sum + m.completed, 0),
    }
  } finally {
    clearTimeout(cap)
  }
}

/** Statuses of 500 and above, over both streams. */
export const serverErrors = (o: LosslessOutcome) =>
  [o.open, o.invited]
    .flatMap((t) => Object.entries(t.statuses))
    .filter(([code]) => Number(code) >= 500)
    .reduce((sum, [, n]) => sum + n, 0)
