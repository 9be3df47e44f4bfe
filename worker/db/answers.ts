import type { AnswerValue } from '../../forms/kinds/types.ts'
import type { ResponseAnswers } from '../../analysis/findings.ts'

/** Every response of a wave as its answers; grouped in the query order, which is random. */
export async function waveResponses(db: D1Database, waveId: string): Promise<ResponseAnswers[]> {
  const { results } = await db
    .prepare(
      `SELECT r.id, a.question_id, a.value FROM responses r
       LEFT JOIN answers a ON a.response_id = r.id WHERE r.wave_id = ?1`
    )
    .bind(waveId)
    .all<{ id: string; question_id: string | null; value: string | null }>()
  const byResponse = new Map<string, ResponseAnswers>()
  for (const row of results) {
    const answers = byResponse.get(row.id) ?? {}
    if (row.question_id !== null && row.value !== null)
      answers[row.question_id] = JSON.parse(row.value) as AnswerValue
    byResponse.set(row.id, answers)
  }
  return [...byResponse.values()]
}
