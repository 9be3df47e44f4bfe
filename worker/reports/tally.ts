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
import { readTally, saveTally, untalliedPages } from '../db/tallies.ts'

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
  const random = seededRandom(`${seed}:${waveId}`)
  const folded: string[] = []
  // Page by page, so that only one page of answers is held at a time.
  for await (const page of untalliedPages(db, waveId, key, stored.untallied)) {
    const answers = page.map((r) => r.answers)
    foldResponses(tally, basis.form, basis.codebook.compiled, answers, random)
    for (const r of page) folded.push(r.id)
  }
  if (folded.length === 0) {
    tally.texts.terms = stored.terms
    return tally
  }
  tally.texts.terms = await saveTally(
    db,
    {
      waveId,
      basis: key,
      read: stored.generation,
      generation: newId(),
      body: encodeTally(tally),
      terms: tally.texts.terms,
      responseIds: folded,
      startsOver: stored.body === null,
    },
    REPORT_TERMS
  )
  return tally
}
