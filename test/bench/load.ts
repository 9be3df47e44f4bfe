import autocannon, { type Result } from 'autocannon'
import { progress } from './report.ts'

export const CONNECTIONS = 10
/** Measured seconds per request kind, split over alternating rounds. */
export const SECONDS = 6
export const ROUNDS = 3
const WARMUP_REQUESTS = 300
const MAX_REQUESTS = 20_000
// A run with a fixed count waits for every answer, so a hung server would hold it forever.
const RUN_CAP_MS = 120_000

export interface LoadSpec {
  label: string
  url: string
  /** The status a successful request answers. */
  expect: number
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  /** Builds each request's one-time parts anew: its body, and headers such as its address. */
  request?: () => { body?: string; headers?: Record<string, string> }
  /** Readies what `amount` requests will need (signed nonces), before the timed run. */
  prepare?: (amount: number) => Promise<void>
  /** CPU seconds the server's runtime has used so far (`workerdCpuSeconds`), where known. */
  cpuSeconds?: () => Promise<number | null>
}

export interface LoadRun {
  sent: number
  expected: number
  seconds: number
  perSecond: number
  /** Counts of every other status. */
  unexpected: Record<string, number>
  errors: number
  /** Latency in ms, as autocannon's histogram of the run gives it. */
  p50: number
  p99: number
  /** CPU seconds the server's runtime spent on the run, where known. */
  cpuSeconds: number | null
}

export interface Load {
  warmup: LoadRun
  rounds: LoadRun[]
  /** Expected answers per second over all rounds. */
  perSecond: number
  /** The median over the rounds of each round's latency percentile, in ms. */
  p50: number
  p99: number
  /**
   * The server runtime's CPU milliseconds per answered request over all rounds, where known:
   * what a request costs, which a shared machine's other work does not make dearer as it
   * does a rate.
   */
  cpuMsPerRequest: number | null
}

/**
 * Measures a request kind and its baseline in alternating rounds, so that whatever else the
 * machine does weighs on both alike. A round sends a fixed count sized from the rate of the
 * run before rather than running for a duration: it ends only when every request is
 * answered, so answers can be reconciled with stored rows afterwards.
 */
export async function measurePair(subject: LoadSpec, baseline: LoadSpec): Promise<[Load, Load]> {
  const specs = [subject, baseline]
  const runs: LoadRun[][] = [[], []]
  for (const [i, spec] of specs.entries()) {
    progress(`${spec.label}: warming up (${WARMUP_REQUESTS} requests)`)
    runs[i].push(await fire(spec, WARMUP_REQUESTS))
  }
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [i, spec] of specs.entries()) {
      const run = await fire(spec, roundSize(runs[i].at(-1)!))
      runs[i].push(run)
      progress(`${spec.label}: round ${round}/${ROUNDS}, ${describe(run)}`)
    }
  }
  return [toLoad(runs[0]), toLoad(runs[1])]
}

const roundSize = (previous: LoadRun) => {
  const size = Math.round((previous.perSecond * SECONDS) / ROUNDS)
  return Math.min(MAX_REQUESTS, Math.max(CONNECTIONS * 10, size))
}

function toLoad([warmup, ...rounds]: LoadRun[]): Load {
  const perSecond = sum(rounds, (r) => r.expected) / sum(rounds, (r) => r.seconds)
  const cpuKnown = rounds.every((r) => r.cpuSeconds !== null)
  return {
    warmup,
    rounds,
    perSecond,
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    cpuMsPerRequest: cpuKnown
      ? (1000 * sum(rounds, (r) => r.cpuSeconds!)) / sum(rounds, (r) => r.expected)
      : null,
  }
}

async function fire(spec: LoadSpec, amount: number): Promise<LoadRun> {
  const vary = spec.request
  await spec.prepare?.(amount)
  const cpuBefore = (await spec.cpuSeconds?.()) ?? null
  const instance = autocannon({
    url: spec.url,
    connections: CONNECTIONS,
    amount,
    timeout: 10,
    bailout: 100,
    method: spec.method ?? 'GET',
    headers: spec.headers,
    requests: vary
      ? [
          {
            setupRequest: (request) => {
              const { body, headers } = vary()
              return { ...request, body, headers: { ...request.headers, ...headers } }
            },
          },
        ]
      : undefined,
  })
  // autocannon's own duration is rounded up to its next one-second tick.
  const started = performance.now()
  let last = started
  instance.on('response', () => (last = performance.now()))
  const cap = setTimeout(() => instance.stop(), RUN_CAP_MS)
  try {
    const result = await instance
    const cpuAfter = (await spec.cpuSeconds?.()) ?? null
    const cpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore
    const run = summarise(result, spec.expect, (last - started) / 1000, cpu)
    if (run.expected === 0)
      throw new Error(`${spec.label}: no request answered ${spec.expect}${problems(run)}`)
    return run
  } finally {
    clearTimeout(cap)
  }
}

function summarise(
  result: Result,
  expect: number,
  elapsed: number,
  cpuSeconds: number | null
): LoadRun {
  const unexpected: Record<string, number> = {}
  let expected = 0
  for (const [code, { count }] of Object.entries(result.statusCodeStats)) {
    if (Number(code) === expect) expected = count
    else unexpected[code] = count
  }
  const seconds = Math.max(elapsed, 0.001)
  const perSecond = expected / seconds
  return {
    sent: result.requests.sent,
    expected,
    seconds,
    perSecond,
    unexpected,
    errors: result.errors,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuSeconds,
  }
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const sum = (runs: LoadRun[], of: (run: LoadRun) => number) =>
  runs.reduce((total, run) => total + of(run), 0)

const describe = (run: LoadRun) =>
  `${run.perSecond.toFixed(0)} req/s (${run.expected} in ${run.seconds.toFixed(2)} s, p50 ${run.p50} ms, p99 ${run.p99} ms)${problems(run)}`

const problems = (run: LoadRun) => {
  const statuses = Object.entries(run.unexpected).map(([code, n]) => `${n}× ${code}`)
  const all = [...statuses, ...(run.errors ? [`${run.errors} errors`] : [])]
  return all.length ? ` (also ${all.join(', ')})` : ''
}
