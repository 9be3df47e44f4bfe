import {
  termCount,
  termForms,
  type EmergingOptions,
  type TermTally,
} from '../../analysis/coding/index.ts'

// D1 refuses a value over 2 MB; a UTF-16 unit takes at most 3 bytes in UTF-8.
export const MAX_VALUE_CHARS = 600_000

/** `entries` as JSON objects of at most MAX_VALUE_CHARS each, for `json_each`. */
function chunks(entries: Iterable<[string, unknown]>): string[] {
  const out: string[] = []
  let chunk: string[] = []
  let chars = 0
  for (const [key, value] of entries) {
    const json = `${JSON.stringify(key)}:${JSON.stringify(value)}`
    if (chars + json.length > MAX_VALUE_CHARS && chunk.length > 0) {
      out.push(`{${chunk.join(',')}}`)
      chunk = []
      chars = 0
    }
    chunk.push(json)
    chars += json.length + 1
  }
  if (chunk.length > 0) out.push(`{${chunk.join(',')}}`)
  return out
}

function* rows(terms: TermTally): Generator<[string, [number, Record<string, number>]]> {
  for (const [term, entry] of terms)
    yield [term, [entry.count, Object.fromEntries(termForms(entry))]]
}

// The forms of a stored term and of the new texts, added up form by form.
const ADD_FORMS = `(SELECT json_group_object(key, uses) FROM (
  SELECT key, sum(value) AS uses FROM (
    SELECT key, value FROM json_each(wave_terms.forms)
    UNION ALL SELECT key, value FROM json_each(excluded.forms))
  GROUP BY key))`

/**
 * Statements that add the term counts of newly folded texts to a wave's stored ones: only the
 * terms of the new texts are written, whatever the number stored. For a caller's batch, so
 * that they count exactly when the rest of the tally is saved. `fresh`: the wave has no term
 * counts (cleared earlier in the batch), so plain inserts do, which cost a third less.
 */
export function addTermStatements(
  db: D1Database,
  waveId: string,
  terms: TermTally,
  fresh: boolean
): D1PreparedStatement[] {
  // "WHERE true" tells SQLite's parser that ON CONFLICT is the upsert, not a join's ON.
  const add = db.prepare(
    `INSERT INTO wave_terms (wave_id, term, texts, forms)
     SELECT ?1, key, value ->> 0, value -> 1 FROM json_each(?2) WHERE true
     ${fresh ? '' : `ON CONFLICT (wave_id, term) DO UPDATE SET texts = texts + excluded.texts, forms = ${ADD_FORMS}`}`
  )
  return chunks(rows(terms)).map((json) => add.bind(waveId, json))
}

/** Deletes a wave's term counts, where its tally starts over. */
export const clearTermStatement = (db: D1Database, waveId: string): D1PreparedStatement =>
  db.prepare('DELETE FROM wave_terms WHERE wave_id = ?1').bind(waveId)

/**
 * Reads the terms a ranking by `rankTerms(…, options)` can show, with their forms: those
 * counted in at least `minCount` texts and in at least as many as the `limit`-th most
 * frequent term. Ties at the cut are all read, since the ranking breaks them by written form;
 * so ranking these gives exactly the ranking of all the wave's terms.
 */
export function rankableTermsStatement(
  db: D1Database,
  waveId: string,
  { limit, minCount }: Required<EmergingOptions>
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT term, texts, forms FROM wave_terms
       WHERE wave_id = ?1 AND texts >= max(?2, coalesce(
         (SELECT texts FROM wave_terms WHERE wave_id = ?1 ORDER BY texts DESC LIMIT 1 OFFSET ?3), 0))`
    )
    .bind(waveId, minCount, Math.max(0, limit - 1))
}

/** Rows of `wave_terms` as a term tally. */
export function rankableTerms(rows: unknown[]): TermTally {
  const tally: TermTally = new Map()
  for (const { term, texts, forms } of rows as { term: string; texts: number; forms: string }[])
    tally.set(term, termCount(texts, Object.entries(JSON.parse(forms) as Record<string, number>)))
  return tally
}
