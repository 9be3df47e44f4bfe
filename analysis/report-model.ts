import type { FormDefinition } from '../forms/schema.ts'
import type { DisclosureConfig } from './disclosure.ts'
import { computeFindings, type Findings, type TalliedWave, type WaveInput } from './findings.ts'
import { computeReadiness, type Readiness } from './readiness.ts'
import { addAnswers, emptyAnswerTally } from './tally/answers.ts'

export type WaveFindings = Findings & { readiness: Readiness }

/** Findings and readiness of one tallied wave in one model: what every output path renders. */
export function talliedFindings(
  form: FormDefinition,
  wave: TalliedWave,
  previous: TalliedWave | null,
  config: DisclosureConfig
): WaveFindings {
  return {
    ...computeFindings(form, wave, previous, config),
    readiness: computeReadiness(form, wave, previous, config),
  }
}

const tallied = (form: FormDefinition, w: WaveInput): TalliedWave => ({
  id: w.id,
  label: w.label,
  answers: addAnswers(emptyAnswerTally(), form, w.responses),
})

/** The same model from the responses themselves, through the same tally. */
export function waveFindings(
  form: FormDefinition,
  wave: WaveInput,
  previous: WaveInput | null,
  config: DisclosureConfig
): WaveFindings {
  return talliedFindings(form, tallied(form, wave), previous && tallied(form, previous), config)
}
