import { disclosureConfig } from '../analysis/disclosure.ts'
import { waveFindings, type WaveFindings } from '../analysis/report-model.ts'
import type { Note } from '../analysis/suppression.ts'
import { latestRelease } from './db/releases.ts'
import type { OpenSurvey } from './db/surveys.ts'
import type { Wave } from './db/waves.ts'

export type FindingsView =
  | { hidden: true; note: Note }
  | {
      hidden: false
      findings: WaveFindings
      /** The release the figures come from, `null` before the wave's first. */
      release: number | null
      renewsAfter: number | null
    }

/**
 * The findings of a wave as its latest release froze them — the same figures every other
 * output shows. Before its first release a wave shows nothing but that it has fewer than k
 * answers. An open wave's counts can be hidden until it closes.
 */
export async function findingsView(
  db: D1Database,
  env: Env,
  survey: OpenSurvey,
  wave: Wave,
  hideOpenCounts: boolean
): Promise<FindingsView> {
  const config = disclosureConfig(env)
  if (hideOpenCounts && wave.status === 'open')
    return { hidden: true, note: { reason: 'hidden-until-closed' } }
  const k = config.minGroupSize
  const release = await latestRelease(db, wave.id)
  if (!release) {
    const empty = { id: wave.id, label: wave.label, responses: [] }
    return {
      hidden: false,
      findings: waveFindings(survey.form, empty, null, config),
      release: null,
      renewsAfter: k,
    }
  }
  return {
    hidden: false,
    findings: release.findings,
    release: release.seq,
    renewsAfter: release.groups.responses + k,
  }
}
