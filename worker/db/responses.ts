import type { AnswerValue } from '../../forms/kinds/types.ts'
import { MAX_VALUE_CHARS } from './terms.ts'

export interface NewResponse {
  id: string
  formVersion: number
  answers: Record<string, AnswerValue>
}

/**
 * Statements that insert responses of one wave with their answers, in the order given (the
 * flush shuffles it). Rows go in as bound JSON read by `json_each`, so a batch of thousands
 * stays within D1's limits on statements and bound parameters.
 */
export function insertResponses(
  db: D1Database,
  wave: { id: string; surveyId: string },
  responses: NewResponse[]
): D1PreparedStatement[] {
  const rows = responses.map((r) => ({
    r: r.id,
    v: r.formVersion,
    a: Object.fromEntries(Object.entries(r.answers).map(([q, v]) => [q, JSON.stringify(v)])),
  }))
  return jsonArrays(rows).flatMap((chunk) => [
    db
      .prepare(
        `INSERT INTO responses (id, survey_id, wave_id, form_version)
         SELECT json_extract(value, '$.r'), ?2, ?3, json_extract(value, '$.v') FROM json_each(?1)`
      )
      .bind(chunk, wave.surveyId, wave.id),
    db
      .prepare(
        `INSERT INTO answers (response_id, question_id, value)
         SELECT json_extract(r.value, '$.r'), a.key, a.value
         FROM json_each(?1) r, json_each(r.value, '$.a') a`
      )
      .bind(chunk),
  ])
}

/** `items` as JSON arrays of at most MAX_VALUE_CHARS each, for `json_each`. */
export function jsonArrays(items: unknown[]): string[] {
  const out: string[] = []
  let chunk: string[] = []
  let chars = 0
  for (const item of items) {
    const json = JSON.stringify(item)
    if (chars + json.length > MAX_VALUE_CHARS && chunk.length > 0) {
      out.push(`[${chunk.join(',')}]`)
      chunk = []
      chars = 0
    }
    chunk.push(json)
    chars += json.length + 1
  }
  if (chunk.length > 0) out.push(`[${chunk.join(',')}]`)
  return out
}
