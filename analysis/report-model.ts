import type { FormDefinition } from '../forms/schema.ts'
import type { DisclosureConfig } from './disclosure.ts'
import { computeFindings, type Findings, type WaveInput } from './findings.ts'
import { computeReadiness, type Readiness } from './readiness.ts'

export type WaveFindings = Findings & { readiness: Readiness }

/** Findings and readiness of one wave in one model: what every output path renders. */
export function waveFindings(
  form: FormDefinition,
  wave: WaveInput,
  previous: WaveInput | null,
  config: DisclosureConfig
): WaveFindings {
  return {
    ...computeFindings(form, wave, previous, config),
    readiness: computeReadiness(form, wave, previous, config),
  }
}
