import { cleanUp, cleanUpOnSignals } from './cleanup.ts'
import { measureCoding } from './coding.ts'
import { measureFlush } from './flush.ts'
import { CONNECTIONS, ROUNDS, SECONDS } from './load.ts'
import { measureBundle, measureLernraum, type Attempt } from './phases.ts'
import { measureReports } from './report-bench.ts'
import { printTable, progress, saveResults } from './report.ts'
import { rowsOf, type Figures } from './rows.ts'

// Budgets from design.md are measured, never asserted: a missed budget is a finding in the
// table, and only a measurement that could not be taken makes the run fail.
cleanUpOnSignals()
const startedAt = new Date()
const figures: Figures = {}
const failures: string[] = []

// BENCH_ONLY=report (or bundle, lernraum, flush, coding; comma-separated) re-runs one part alone.
const PARTS = ['bundle', 'lernraum', 'flush', 'report', 'coding']
const only = process.env.BENCH_ONLY?.split(',').map((p) => p.trim()) ?? PARTS
if (only.some((p) => !PARTS.includes(p)))
  throw new Error(`BENCH_ONLY=${process.env.BENCH_ONLY}: expected some of ${PARTS.join(', ')}`)

const attempt: Attempt = async (name, measure) => {
  try {
    await measure()
  } catch (err) {
    failures.push(`${name}: ${(err as Error).message}`)
    progress(`${name}: could not measure — ${(err as Error).message.split('\n')[0]}`)
  }
}

try {
  if (only.includes('bundle')) await attempt('worker bundle', () => measureBundle(figures))
  if (only.includes('lernraum')) await attempt('Lernraum', () => measureLernraum(figures, attempt))
  if (only.includes('flush')) await attempt('flush of pooled submits', () => measureFlush(figures))
  if (only.includes('report')) await attempt('report', () => measureReports(figures, attempt))
  if (only.includes('coding')) await attempt('coding', async () => measureCoding(figures))
} finally {
  await cleanUp()
}

const rows = rowsOf(figures)
printTable(rows)
const settings = {
  connections: CONNECTIONS,
  rounds: ROUNDS,
  secondsPerKind: SECONDS,
  reportSizes: figures.report?.sizes,
  reportRuns: figures.report?.runs,
  reportIncrement: figures.report?.increment,
  node: process.version,
}
const file = await saveResults(startedAt, { startedAt, settings, rows, failures, figures })
console.log(`\nSaved to ${file}`)
if (failures.length > 0) {
  console.error(`\nNot measured:\n${failures.map((f) => `  ${f}`).join('\n')}`)
  process.exitCode = 1
}
