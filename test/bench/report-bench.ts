import { isoWeek } from '../../analysis/period.ts'
import { withLocalDb } from '../../worker/cli/local.ts'
import { tempDir } from './cleanup.ts'
import { workerdCpuSeconds } from './cpu.ts'
import type { Attempt } from './phases.ts'
import { BENCH_SLUG } from './report-data.ts'
import {
  count,
  forgetReports,
  prepareReportDatabase,
  seedResponses,
  storedState,
} from './report-seed.ts'
import { timePhases, type ReportPhases } from './report-probe.ts'
import { progress } from './report.ts'
import type { Figures } from './rows.ts'
import { lernraumConfig, withWorker } from './servers.ts'

export const DEFAULT_REPORT_SIZES = [10_000, 100_000]
export const INCREMENT = 1000

/**
 * Full-report sizes, smallest first, from BENCH_REPORT_SIZES (e.g. 10000,100000), and how
 * often each report is timed, from BENCH_REPORT_RUNS (2 unless set).
 */
export function reportSettings(): { sizes: number[]; runs: number } {
  const raw = process.env.BENCH_REPORT_SIZES
  const sizes = raw === undefined ? DEFAULT_REPORT_SIZES : raw.split(',').map(Number)
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`BENCH_REPORT_SIZES=${raw}: expected positive whole numbers, e.g. 10000,100000`)
  const runs = Number(process.env.BENCH_REPORT_RUNS ?? 2)
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`BENCH_REPORT_RUNS=${process.env.BENCH_REPORT_RUNS}: expected 1 or more`)
  return { sizes: [...new Set(sizes)].sort((a, b) => a - b), runs }
}

export interface ReportRun {
  /** Responses of the wave when the report was built. */
  responses: number
  /** Seconds from triggering the scheduled handler until its report was stored as ready. */
  seconds: number
  /** Seconds until the trigger answered; the same as `seconds` where the report was ready then. */
  triggerSeconds: number
  /** CPU seconds workerd spent meanwhile, where /proc tells. */
  cpuSeconds: number | null
  /** Responses of the bench survey in its wave's tally once the run was done. */
  talliedResponses: number
}

/** The fastest of a report's runs, all that succeeded, and why others failed. */
export type ReportTiming = ReportRun & { runs: ReportRun[]; failed: string[] }

export interface ReportFigures {
  sizes: number[]
  runs: number
  increment: number
  full: Record<number, ReportTiming>
  incremental?: ReportTiming
  phases?: ReportPhases
}

/**
 * The scheduled report inside workerd: each configured size on one D1 that grows, each run
 * with no report and nothing tallied before it, then weeks with INCREMENT new responses each
 * on top of the largest, which fold in only those. Other work on the machine only ever adds
 * time, so the fastest run of each counts.
 */
export async function measureReports(f: Figures, attempt: Attempt): Promise<void> {
  const { sizes, runs } = reportSettings()
  const report: ReportFigures = { sizes, runs, increment: INCREMENT, full: {} }
  f.report = report
  const persistTo = await tempDir('report')
  progress('report: preparing a fresh local D1 with the bench survey')
  const token = await prepareReportDatabase(persistTo)
  let stored = 0
  let week = 0
  const run = async (to: number, fresh: boolean, what: string) => {
    const talliedBefore = await withLocalDb(persistTo, async (env) => {
      if (fresh) await forgetReports(env.DB)
      await seedResponses(env.DB, stored, to)
      stored = to
      return (await storedState(env.DB)).talliedResponses
    })
    return timeReport({ persistTo, token, week: week++, responses: to, talliedBefore, what })
  }
  const fastest = async (next: (what: string) => Promise<ReportRun>): Promise<ReportTiming> => {
    const all: ReportRun[] = []
    const failed: string[] = []
    for (let i = 1; i <= runs; i++)
      await next(`run ${i}/${runs}`).then(
        (run) => all.push(run),
        (err: Error) => {
          failed.push(err.message)
          progress(`report run failed: ${err.message.split('\n')[0]}`)
        }
      )
    if (all.length === 0) throw new Error(failed.join('\n'))
    return { ...all.reduce((a, b) => (b.seconds < a.seconds ? b : a)), runs: all, failed }
  }
  for (const size of sizes)
    await attempt(`report full ${short(size)}`, async () => {
      report.full[size] = await fastest((what) => run(size, true, `full, ${what}`))
    })
  await attempt(`report incremental +${short(INCREMENT)}`, async () => {
    report.incremental = await fastest((what) =>
      run(stored + INCREMENT, false, `incremental, ${what}`)
    )
  })
  await attempt('report phases', async () => {
    report.phases = await timePhases(persistTo)
  })
}

/** 100000 as "100k", 1500 as "1.5k". */
export const short = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n))

// Week n of 2027, Monday 06:00 UTC as the cron fires: each run is due in a week of its own.
const weekTime = (n: number) => Date.UTC(2027, 0, 4, 6) + n * 7 * 86_400_000
// A full report over 100 000 responses takes about half a minute here; ten times that is a hang.
const RUN_CAP_MS = 5 * 60_000

interface RunSpec {
  persistTo: string
  token: string
  week: number
  responses: number
  /** Responses in the wave's tally before the run: 0 for a full one. */
  talliedBefore: number
  /** Which run this is, for the progress lines. */
  what: string
}

async function timeReport(spec: RunSpec): Promise<ReportRun> {
  const time = weekTime(spec.week)
  const period = isoWeek(new Date(time))
  const label = `report over ${count(spec.responses)} responses (${period}, ${spec.what})`
  const timing = await withWorker(
    {
      label: 'Lernraum',
      config: lernraumConfig,
      persistTo: spec.persistTo,
      readyPath: '/barrierefreiheit',
    },
    async ({ origin, child, output }) => {
      progress(`${label}: running the scheduled handler`)
      const cpuBefore = await workerdCpuSeconds(child.pid)
      const started = performance.now()
      try {
        // miniflare's trigger, not wrangler's /__scheduled: that one ignores `time` and answers
        // without waiting for ctx.waitUntil. This one takes `time` and awaits the whole event.
        const trigger = `${origin}/cdn-cgi/local/scheduled?cron=0+6+*+*+1&time=${time}&format=json`
        const res = await fetch(trigger, { signal: AbortSignal.timeout(RUN_CAP_MS) })
        const outcome = (await res.json()) as { outcome: string }
        const triggerSeconds = (performance.now() - started) / 1000
        if (outcome.outcome !== 'ok') throw new Error(`scheduled handler: ${outcome.outcome}`)
        const readyAt = await untilReady(origin, spec.token, period, started)
        const seconds = readyAt === null ? triggerSeconds : (readyAt - started) / 1000
        if (readyAt !== null) progress(`${label}: the trigger answered before the report was ready`)
        const cpuAfter = await workerdCpuSeconds(child.pid)
        const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore
        return { seconds, triggerSeconds, cpuSeconds }
      } catch (err) {
        const after = ((performance.now() - started) / 1000).toFixed(1)
        throw new Error(`${label}: ${(err as Error).message} (after ${after} s)\n${output()}`)
      }
    }
  )
  const state = await withLocalDb(spec.persistTo, (env) => storedState(env.DB))
  const stored = state.reports.find((r) => r.period === period)
  if (stored?.status !== 'ready' || stored.responses !== spec.responses)
    throw new Error(`${label}: stored as ${JSON.stringify(stored ?? 'nothing')}`)
  // A run that found its work done (a release already covering every response) is no timing.
  if (state.talliedResponses !== spec.responses)
    throw new Error(
      `${label}: ${count(state.talliedResponses)} of ${count(spec.responses)} responses tallied`
    )
  const cpu = timing.cpuSeconds === null ? '' : ` (workerd CPU ${timing.cpuSeconds.toFixed(2)} s)`
  progress(
    `${label}: ${timing.seconds.toFixed(2)} s${cpu}, ${count(state.talliedResponses - spec.talliedBefore)} responses folded in, ${count(state.talliedResponses)} tallied in all`
  )
  return { responses: spec.responses, ...timing, talliedResponses: state.talliedResponses }
}

/**
 * Polls the stored reports, as a researcher lists them, until this week's is ready: null if
 * it was at the first look, else when it was seen.
 */
async function untilReady(
  origin: string,
  token: string,
  period: string,
  started: number
): Promise<number | null> {
  const headers = { authorization: `Bearer ${token}` }
  for (let look = 0; look === 0 || performance.now() - started < RUN_CAP_MS; look++) {
    const res = await fetch(`${origin}/api/reports`, { headers })
    if (!res.ok) throw new Error(`GET /api/reports answered ${res.status}`)
    const { reports } = (await res.json()) as { reports: { surveySlug: string; period: string }[] }
    if (reports.some((r) => r.surveySlug === BENCH_SLUG && r.period === period))
      return look === 0 ? null : performance.now()
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`no ${BENCH_SLUG} report for ${period} listed as ready`)
}
