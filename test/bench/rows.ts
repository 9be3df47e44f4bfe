import type { CodingFigures } from './coding.ts'
import { FLUSH_SUBMITS, type FlushFigures } from './flush.ts'
import type { Load, LoadRun } from './load.ts'
import { serverErrors, type LosslessOutcome } from './lossless.ts'
import { DEFAULT_REPORT_SIZES, INCREMENT, short, type ReportFigures } from './report-bench.ts'
import { count } from './report-seed.ts'
import type { PageWeight, Weight } from './sizes.ts'

/** Everything one run measured; a figure is missing where its measurement failed. */
export interface Figures {
  bundle?: Weight
  page?: PageWeight
  formGet?: Load
  hello?: Load
  submit?: Load
  insert?: Load
  storedRows?: number
  lossless?: LosslessOutcome
  flush?: FlushFigures
  report?: ReportFigures
  coding?: CodingFigures
}

export interface Budget {
  on: 'ratio' | 'value'
  /** `shown`: a figure beside its baseline, judged by no budget. */
  op: '≥' | '≤' | '=' | 'shown'
  limit: number
}

export interface Row {
  figure: string
  unit: string
  value: number | null
  baseline: number | null
  /** What the baseline is, with its unit where that differs from the figure's. */
  baselineOf: string
  ratio: number | null
  budget: Budget
  met: boolean | null
}

type Measured = Omit<Row, 'value' | 'baseline' | 'ratio' | 'met'> & {
  value?: number
  baseline?: number
}

const KB = 1024
const REPORT_BUDGET_SECONDS = 5
const FLUSH_BUDGET_SECONDS = 1
const atLeast = (limit: number): Budget => ({ on: 'ratio', op: '≥', limit })
const withinBudget: Budget = { on: 'ratio', op: '≤', limit: 1 }

/** The figures against their budgets from design.md, in the order the table shows them. */
export function rowsOf(f: Figures): Row[] {
  const rate = (load?: Load) => load?.perSecond
  const bytes = (figure: string, value: number | undefined, budget: number) =>
    row({
      figure,
      unit: 'B',
      value,
      baseline: budget,
      baselineOf: 'B budget',
      budget: withinBudget,
    })
  return [
    row({
      figure: 'form GET throughput',
      unit: 'req/s',
      value: rate(f.formGet),
      baseline: rate(f.hello),
      baselineOf: 'req/s Hono hello world',
      budget: atLeast(0.8),
    }),
    row({
      figure: 'submit throughput',
      unit: 'req/s',
      value: rate(f.submit),
      baseline: rate(f.insert),
      baselineOf: 'req/s one-row D1 insert',
      budget: atLeast(0.7),
    }),
    ...latencyRows('form GET', f.formGet, f.hello, 'Hono hello world'),
    ...latencyRows('submit', f.submit, f.insert, 'one-row D1 insert', 2),
    cpuRow('form GET', f.formGet, f.hello, 'Hono hello world'),
    cpuRow('submit', f.submit, f.insert, 'one-row D1 insert'),
    row({
      figure: 'submit: rows stored',
      unit: 'rows',
      value: f.storedRows,
      baseline: overRuns(f.submit, (run) => run.expected),
      baselineOf: 'submits answered 303',
      budget: { on: 'ratio', op: '=', limit: 1 },
    }),
    row({
      figure: 'submit: non-303 + errors',
      unit: '',
      value: overRuns(f.submit, failed),
      baseline: overRuns(f.submit, (run) => run.expected + failed(run)),
      baselineOf: 'submits sent',
      budget: { on: 'value', op: '=', limit: 0 },
    }),
    ...losslessRows(f.lossless),
    row({
      figure: `flush of ${count(FLUSH_SUBMITS)} pooled submits`,
      unit: 's',
      value: f.flush?.seconds,
      baseline: FLUSH_BUDGET_SECONDS,
      baselineOf: 's budget',
      budget: withinBudget,
    }),
    bytes('form page HTML+CSS gzip', f.page?.gzip, 14 * KB),
    bytes('form page HTML+CSS brotli', f.page?.brotli, 14 * KB),
    bytes('worker bundle gzip', f.bundle?.gzip, 100 * KB),
    ...reportRows(f.report),
    // Shown beside the report times: no budget in design.md.
    row({
      figure: 'coding throughput (Node)',
      unit: 'answers/s',
      value: f.coding?.perSecond,
      baseline: f.coding?.coldPerSecond,
      baselineOf: 'answers/s, codebook compiled per pass',
      budget: { on: 'ratio', op: 'shown', limit: 0 },
    }),
  ]
}

/** The concurrent open-link and invitation load: confirmed equals stored, nothing failed. */
function losslessRows(o: LosslessOutcome | undefined): Row[] {
  const sent = o && o.open.sent + o.invited.sent
  const exactly = (limit: number): Budget => ({ on: 'value', op: '=', limit })
  return [
    row({
      figure: 'load: responses stored',
      unit: 'rows',
      value: o?.stored,
      baseline: o && o.open.stored + o.invited.stored,
      baselineOf: 'submits answered 303',
      budget: { on: 'ratio', op: '=', limit: 1 },
    }),
    row({
      figure: 'load: 5xx + errors + timeouts',
      unit: '',
      value:
        o &&
        serverErrors(o) + o.open.errors + o.invited.errors + o.open.timeouts + o.invited.timeouts,
      baseline: sent,
      baselineOf: 'submits sent',
      budget: exactly(0),
    }),
    row({
      figure: 'load: invitation used twice',
      unit: '',
      value: o && o.invited.stored - o.invitationsUsed,
      baseline: o && o.invited.sent,
      baselineOf: 'invitation submits sent',
      budget: exactly(0),
    }),
  ]
}

/** Each full report against the 10 s budget; linear growth; the incremental run's share. */
function reportRows(r: ReportFigures | undefined): Row[] {
  const sizes = r?.sizes ?? DEFAULT_REPORT_SIZES
  const seconds = (size: number) => r?.full[size]?.seconds
  const [small, large] = [sizes[0], sizes[sizes.length - 1]]
  const increment = r?.increment ?? INCREMENT
  return [
    ...sizes.map((size) =>
      row({
        figure: `report full ${short(size)}`,
        unit: 's',
        value: seconds(size),
        baseline: REPORT_BUDGET_SECONDS,
        baselineOf: 's budget',
        budget: withinBudget,
      })
    ),
    ...(large === small
      ? []
      : [
          row({
            figure: `report ${short(large)}/${short(small)} ratio`,
            unit: 's',
            value: seconds(large),
            baseline: seconds(small),
            baselineOf: `s full ${short(small)}`,
            // 11× for ten times the responses: linear, with a tenth to spare.
            budget: { on: 'ratio', op: '≤', limit: (11 * large) / (10 * small) },
          }),
        ]),
    row({
      figure: `report incremental +${short(increment)} share`,
      unit: 's',
      value: r?.incremental?.seconds,
      baseline: seconds(large),
      baselineOf: `s full ${short(large)}`,
      budget: { on: 'ratio', op: '≤', limit: 0.05 },
    }),
  ]
}

/**
 * p50 and p99 beside the baseline's; only a p99 with a `p99Limit` is judged, the rest is
 * shown so that a throughput bought with long tails is seen.
 */
/**
 * What a request costs the runtime (both workerd processes of wrangler dev), beside what the
 * baseline's costs: steadier than the rates, which another process on the machine moves.
 */
const cpuRow = (what: string, load?: Load, baseline?: Load, baselineName?: string): Row =>
  row({
    figure: `${what} workerd CPU per request`,
    unit: 'ms',
    value: load?.cpuMsPerRequest ?? undefined,
    baseline: baseline?.cpuMsPerRequest ?? undefined,
    baselineOf: `ms ${baselineName}`,
    budget: { on: 'ratio', op: 'shown', limit: 0 },
  })

function latencyRows(
  what: string,
  load: Load | undefined,
  baseline: Load | undefined,
  baselineName: string,
  p99Limit?: number
): Row[] {
  const shown: Budget = { on: 'ratio', op: 'shown', limit: 0 }
  return (['p50', 'p99'] as const).map((p) =>
    row({
      figure: `${what} latency ${p}`,
      unit: 'ms',
      value: load?.[p],
      baseline: baseline?.[p],
      baselineOf: `ms ${baselineName}`,
      budget: p === 'p99' && p99Limit ? { on: 'ratio', op: '≤', limit: p99Limit } : shown,
    })
  )
}

function row(m: Measured): Row {
  const { value, baseline } = m
  const ratio = value !== undefined && baseline ? value / baseline : null
  const judged = m.budget.on === 'ratio' ? ratio : (value ?? null)
  const met = judged === null ? null : compare(judged, m.budget)
  return { ...m, value: value ?? null, baseline: baseline ?? null, ratio, met }
}

function compare(x: number, { op, limit }: Budget): boolean | null {
  if (op === 'shown') return null
  if (op === '≥') return x >= limit
  if (op === '≤') return x <= limit
  return x === limit
}

// Warm-up submits store rows as well, so every run counts when rows are reconciled.
const overRuns = (load: Load | undefined, count: (run: LoadRun) => number) =>
  load && [load.warmup, ...load.rounds].reduce((total, run) => total + count(run), 0)
const failed = (run: LoadRun) =>
  run.errors + Object.values(run.unexpected).reduce((a, b) => a + b, 0)
