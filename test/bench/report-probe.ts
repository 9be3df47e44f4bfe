import path from 'node:path'
import { count } from './report-seed.ts'
import { progress } from './report.ts'
import { withWorker } from './servers.ts'

export interface ReportPhases {
  responses: number
  texts: number
  /** Length of the stored tally's JSON. */
  tallyChars: number
  /** Seconds per step of a full report, timed inside workerd. */
  seconds: Record<string, number>
}

const probeConfig = path.join(import.meta.dirname, 'probe', 'report-phases.toml')
const PROBE_CAP_MS = 5 * 60_000

/** Where a report's time goes: its steps one by one in a probe worker on the same D1. */
export async function timePhases(persistTo: string): Promise<ReportPhases> {
  const spec = { label: 'report phases probe', config: probeConfig, persistTo, readyPath: '/' }
  const phases = await withWorker(spec, async ({ origin }) => {
    progress(`report phases: timing each step of a full report`)
    const res = await fetch(`${origin}/phases`, { signal: AbortSignal.timeout(PROBE_CAP_MS) })
    if (!res.ok) throw new Error(`report phases probe answered ${res.status}`)
    return (await res.json()) as ReportPhases
  })
  const steps = Object.entries(phases.seconds).map(([name, s]) => `${name} ${s.toFixed(2)} s`)
  progress(`report phases over ${count(phases.responses)} responses: ${steps.join(', ')}`)
  return phases
}
