import { disclosureConfig } from '../analysis/disclosure.ts'
import { groupsOf, nextRelease, type Release } from '../analysis/release.ts'
import { reportFigures } from '../analysis/report.ts'
import { newId } from './crypto.ts'
import { participationByMinistry } from './db/participation.ts'
import { latestRelease, storeRelease } from './db/releases.ts'
import { findSurveyById, findSurveySummary, surveyAsAnswered } from './db/surveys.ts'
import { listWaves } from './db/waves.ts'
import { codebookFor } from './reports/codebook.ts'
import { currentTally } from './reports/tally.ts'

/**
 * Cuts the wave's next release from its readable responses, where the release rule allows
 * (see `nextRelease`), and stores it; for an open-link wave only once it is closed. Called
 * by the system only — right after a flush, at close, and by the scheduled run for a wave
 * whose release is behind — and under the wave's flush lease, so what it reads does not
 * move while it reads. `null` when none was cut.
 */
export async function cutRelease(
  env: Env,
  surveyId: string,
  waveId: string
): Promise<Release | null> {
  const db = env.DB
  const config = disclosureConfig(env)
  const [summary, current, waves] = await Promise.all([
    findSurveySummary(db, surveyId),
    findSurveyById(db, surveyId),
    listWaves(db, surveyId),
  ])
  const wave = waves.find((w) => w.id === waveId)
  if (!summary || !current || !wave) return null
  const survey = await surveyAsAnswered(db, current, wave)
  // Anyone can answer an open link many times, padding a group until one answer stands
  // apart between two releases: an open-link wave has one release, at close.
  if (wave.mode === 'open' && wave.status === 'open') return null
  const codebook = await codebookFor(env, summary.codebookVersion)
  const tally = await currentTally(
    db,
    waveId,
    {
      form: survey.form,
      formVersion: survey.formVersion,
      codebook: { version: codebook.codebook.version, compiled: codebook.compiled },
    },
    newId()
  )
  const figures = reportFigures({
    form: survey.form,
    wave: { id: wave.id, label: wave.label, status: wave.status, tally },
    previous: null,
    codebook: { version: codebook.codebook.version, themes: codebook.codebook.themes },
    config,
    // The same answers always show the same quotes: a new cut over them adds none.
    seed: waveId,
  })
  const participation = (await participationByMinistry(db, waveId)).map((m) => ({
    ministry: m.ministry,
    completed: m.completed,
  }))
  const previousWave = waves.filter((w) => w.seq < wave.seq).at(-1)
  const release = nextRelease(
    { ...figures, participation, carried: {} },
    groupsOf(tally),
    await latestRelease(db, waveId),
    previousWave ? await latestRelease(db, previousWave.id) : null,
    config.minGroupSize
  )
  if (release) await storeRelease(db, waveId, release, new Date().toISOString().slice(0, 10))
  return release
}
