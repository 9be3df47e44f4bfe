import { disclosureConfig } from '../analysis/disclosure.ts'
import { waveFindings, type WaveFindings } from '../analysis/report-model.ts'
import { mayRenewView } from '../analysis/suppression.ts'
import { waveResponses } from './db/answers.ts'
import { countResponses } from './db/participation.ts'
import { publishedFindings, publishFindings } from './db/published.ts'
import type { OpenSurvey } from './db/surveys.ts'
import type { Wave } from './db/waves.ts'

export type FindingsView =
  | { hidden: true; note: string }
  | { hidden: false; findings: WaveFindings; renewsAfter: number | null }

/**
 * The findings of a wave as they may be seen now. An open wave's counts can be hidden until
 * it closes; otherwise a view is renewed only once k more responses came in, and until
 * then the last published view is served, so no two views single out a few answers.
 */
export async function findingsView(
  db: D1Database,
  env: Env,
  survey: OpenSurvey,
  wave: Wave,
  waves: Wave[],
  hideOpenCounts: boolean
): Promise<FindingsView> {
  const config = disclosureConfig(env)
  if (hideOpenCounts && wave.status === 'open')
    return { hidden: true, note: 'counts of an open wave are hidden until it closes' }
  const k = config.minGroupSize
  const current = await countResponses(db, wave.id)
  const published = await publishedFindings(db, wave.id)
  if (published && !mayRenewView(published.responses, current, k)) {
    return {
      hidden: false,
      findings: JSON.parse(published.body),
      renewsAfter: published.responses + k,
    }
  }
  const previousWave = waves.filter((w) => w.seq < wave.seq).at(-1) ?? null
  const input = async (w: Wave) => ({
    id: w.id,
    label: w.label,
    responses: await waveResponses(db, w.id),
  })
  const findings = waveFindings(
    survey.form,
    await input(wave),
    previousWave && (await input(previousWave)),
    config
  )
  if (current >= k) await publishFindings(db, wave.id, current, JSON.stringify(findings))
  return { hidden: false, findings, renewsAfter: current >= k ? current + k : k }
}
