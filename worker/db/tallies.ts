import type { EmergingOptions, TermTally } from '../../analysis/coding/index.ts'
import type { ResponseAnswers } from '../../analysis/findings.ts'
import {
  addTermStatements,
  clearTermStatement,
  MAX_VALUE_CHARS,
  rankableTerms,
  rankableTermsStatement,
} from './terms.ts'

/**
 * A response's answers (`r`) as one JSON object: one row per response, a tenth of the rows of
 * one per answer. The object is joined from the stored values, which are JSON already
 * (storeResponse writes them so): re-reading each through json() and json_group_object cost a
 * fifth more.
 */
export const ANSWERS_OBJECT = `(SELECT '{' || group_concat(json_quote(a.question_id) || ':' || a.value, ',') || '}'
  FROM answers a WHERE a.response_id = r.id)`

/** A wave's stored tally, if any under the asked basis, and the responses it does not hold. */
export interface StoredTally {
  /** The JSON of the tally; null where none is stored under this basis. */
  body: string | null
  /** The generation read, to save over; null where no tally of the wave is stored at all. */
  generation: string | null
  /** The stored terms a ranking can show (`rankableTermsStatement`); none without a body. */
  terms: TermTally
  /** The first page of the responses it does not hold (`untalliedPages` reads on). */
  untallied: Untallied[]
}

export type Untallied = { id: string; answers: ResponseAnswers }

/**
 * Untallied responses are read and folded in pages of this many: a wave of 100 000 read at
 * once held about 200 MB in the isolate, over a Worker's 128 MB.
 */
export const UNTALLIED_PAGE = 5000

/**
 * A page of the responses of the wave not in its tally under `basis`, in id order after
 * `after`. Ids are random, so the order says nothing of when a response came.
 */
function untalliedStatement(db: D1Database, waveId: string, basis: string, after: string) {
  return db
    .prepare(
      `SELECT r.id, ${ANSWERS_OBJECT} AS answers
       FROM responses r
       WHERE r.wave_id = ?1 AND r.id > ?3
         AND (NOT EXISTS (SELECT 1 FROM tallied_responses t WHERE t.response_id = r.id)
           OR NOT EXISTS (SELECT 1 FROM wave_tallies WHERE wave_id = ?1 AND part = 0 AND basis = ?2))
       ORDER BY r.id LIMIT ?4`
    )
    .bind(waveId, basis, after, UNTALLIED_PAGE)
}

const untalliedRows = (rows: unknown[]): Untallied[] =>
  (rows as { id: string; answers: string | null }[]).map((r) => ({
    id: r.id,
    answers: JSON.parse(r.answers ?? '{}') as ResponseAnswers,
  }))

/**
 * The untallied responses page by page, starting with the one `readTally` read. A page read
 * later may miss a response another run tallied meanwhile; that run changed the tally's
 * generation, so saving over it fails and nothing is counted twice or lost.
 */
export async function* untalliedPages(
  db: D1Database,
  waveId: string,
  basis: string,
  first: Untallied[]
): AsyncGenerator<Untallied[]> {
  for (let page = first; page.length > 0;) {
    yield page
    if (page.length < UNTALLIED_PAGE) return
    const next = await untalliedStatement(db, waveId, basis, page[page.length - 1].id).all()
    page = untalliedRows(next.results)
  }
}

/**
 * Reads the tally and the first page of the responses not in it in one batch (one snapshot),
 * so a response is either in the tally read or among the untallied. Under another basis
 * nothing counts as tallied.
 */
export async function readTally(
  db: D1Database,
  waveId: string,
  basis: string,
  rankable: Required<EmergingOptions>
): Promise<StoredTally> {
  const [parts, terms, responses] = await db.batch<Record<string, unknown>>([
    db
      .prepare('SELECT basis, generation, body FROM wave_tallies WHERE wave_id = ?1 ORDER BY part')
      .bind(waveId),
    rankableTermsStatement(db, waveId, rankable),
    untalliedStatement(db, waveId, basis, ''),
  ])
  const rows = parts.results as { basis: string; generation: string; body: string }[]
  const body = rows.length > 0 && rows[0].basis === basis ? rows.map((r) => r.body).join('') : null
  return {
    body,
    generation: rows[0]?.generation ?? null,
    terms: body === null ? new Map() : rankableTerms(terms.results),
    untallied: untalliedRows(responses.results),
  }
}

const IDS_PER_STATEMENT = 5000

function split(body: string): string[] {
  const parts: string[] = []
  for (let at = 0; at < body.length;) {
    let end = Math.min(at + MAX_VALUE_CHARS, body.length)
    // Never between the two halves of a surrogate pair, which would not survive as UTF-8.
    if (end < body.length && /[\uD800-\uDBFF]/.test(body[end - 1])) end--
    parts.push(body.slice(at, end))
    at = end
  }
  return parts
}

export interface TallySave {
  waveId: string
  basis: string
  /** The generation read with the tally (`StoredTally.generation`), and the new one. */
  read: string | null
  generation: string
  body: string
  /** The term counts of the texts folded in since (stored apart from `body`, added up). */
  terms: TermTally
  /** The responses folded in since; all of the wave's where the tally starts over. */
  responseIds: string[]
  startsOver: boolean
}

/**
 * Saves a tally, adds its new term counts and flags its new responses in one batch: all or
 * nothing. Where another run saved the wave's tally since it was read, the batch fails
 * (json() of a non-JSON string is the one way to abort a D1 batch from SQL), so no response
 * or term is counted twice or lost. Answers the terms a ranking can show, as saved.
 */
export async function saveTally(
  db: D1Database,
  save: TallySave,
  rankable: Required<EmergingOptions>
): Promise<TermTally> {
  const results = await db.batch([
    ...tallyStatements(db, save),
    rankableTermsStatement(db, save.waveId, rankable),
  ])
  return rankableTerms(results[results.length - 1].results)
}

/** The statements of `saveTally`, for a caller that adds to its batch. */
export function tallyStatements(db: D1Database, save: TallySave): D1PreparedStatement[] {
  const { waveId } = save
  const statements = [
    db
      .prepare(
        `SELECT json('tally changed: ' || generation) FROM wave_tallies
         WHERE wave_id = ?1 AND part = 0 AND generation IS NOT ?2`
      )
      .bind(waveId, save.read),
    ...(save.startsOver
      ? [
          db
            .prepare(
              `DELETE FROM tallied_responses
               WHERE response_id IN (SELECT id FROM responses WHERE wave_id = ?1)`
            )
            .bind(waveId),
          clearTermStatement(db, waveId),
        ]
      : []),
    db.prepare('DELETE FROM wave_tallies WHERE wave_id = ?1').bind(waveId),
    ...split(save.body).map((body, part) =>
      db
        .prepare(
          'INSERT INTO wave_tallies (wave_id, part, basis, generation, body) VALUES (?1, ?2, ?3, ?4, ?5)'
        )
        .bind(waveId, part, save.basis, save.generation, body)
    ),
    ...addTermStatements(db, waveId, save.terms, save.startsOver),
  ]
  const flag = db.prepare(
    'INSERT INTO tallied_responses (response_id) SELECT value FROM json_each(?1)'
  )
  for (let i = 0; i < save.responseIds.length; i += IDS_PER_STATEMENT)
    statements.push(flag.bind(JSON.stringify(save.responseIds.slice(i, i + IDS_PER_STATEMENT))))
  return statements
}
