import { CODER_VERSION, type CompiledCodebook } from '../../analysis/coding/index.ts'
import { seededRandom } from '../../analysis/random.ts'
import { REPORT_TERMS } from '../../analysis/report.ts'
import {
  decodeTally,
  emptyWaveTally,
  encodeTally,
  foldResponses,
  type WaveTally,
} from '../../analysis/tally/index.ts'
import type { FormDefinition } from '../../forms/schema.ts'
import { newId } from '../crypto.ts'
import { readTally, saveTally } from '../db/tallies.ts'

// Raise when what a tally holds or how it is computed changes: stored tallies start over.
// 2: term counts moved from the JSON to wave_terms and wave_term_forms.
// 3: no term from a word after a salutation, role or first name (a likely surname).
const TALLY_FORMAT = 3

export interface TallyBasis {
  form: FormDefinition
  /** The survey's form version the report is built with, whatever versions its responses answered. */
  formVersion: number
  codebook: { version: string; compiled: CompiledCodebook }
}

/**
 * What a stored tally was computed with: a tally under another key starts over, so one tally
 * never mixes answers coded by two coders, codebooks or form versions.
 */
export const tallyKey = (basis: TallyBasis, coder = CODER_VERSION) =>
  `${TALLY_FORMAT}|coder-${coder}|${basis.codebook.version}|${basis.formVersion}`

/**
 * The tally of all responses of a wave, brought up to date: the stored one with only the
 * responses that came since folded in and stored again, or, under a new form or codebook
 * or coder version, one over all responses from scratch. Of the term counts it holds those the
 * report can rank (`REPORT_TERMS`), which rank as all would.
 */
export async function currentTally(
  db: D1Database,
  waveId: string,
  basis: TallyBasis,
  seed: string
): Promise<WaveTally> {
  const key = tallyKey(basis)
  const stored = await readTally(db, waveId, key, REPORT_TERMS)
  const tally = stored.body === null ? emptyWaveTally() : decodeTally(stored.body)
  if (stored.untallied.length === 0) {
    tally.texts.terms = stored.terms
    return tally
  }
  foldResponses(
    tally,
    basis.form,
    basis.codebook.compiled,
    stored.untallied.map((r) => r.answers),
    seededRandom(`${seed}:${waveId}`)
  )
  tally.texts.terms = await saveTally(
    db,
    {
      waveId,
      basis: key,
      read: stored.generation,
      generation: newId(),
      body: encodeTally(tally),
      terms: tally.texts.terms,
      responseIds: stored.untallied.map((r) => r.id),
      startsOver: stored.body === null,
    },
    REPORT_TERMS
  )
  return tally
}
