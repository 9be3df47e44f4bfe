import type { AnswerValue } from '../../forms/kinds/types.ts'

export interface NewResponse {
  id: string
  surveyId: string
  waveId: string
  formVersion: number
  answers: Record<string, AnswerValue>
}

/** What makes a submit single: spending an open link's nonce or using an invitation. */
export type Claim = { nonceHash: string } | { tokenHash: string }

export type StoreOutcome = 'stored' | 'duplicate'

/**
 * Stores a response with its answers and spends its claim in one D1 batch (one
 * transaction). A claim already spent aborts the batch, so a double submit, a resubmit or
 * two concurrent submits of one invitation store nothing the second time.
 */
export async function storeResponse(
  db: D1Database,
  response: NewResponse,
  claim: Claim
): Promise<StoreOutcome> {
  const statements = [
    db
      .prepare(
        'INSERT INTO responses (id, survey_id, wave_id, form_version) VALUES (?1, ?2, ?3, ?4)'
      )
      .bind(response.id, response.surveyId, response.waveId, response.formVersion),
    ...Object.entries(response.answers).map(([questionId, value]) =>
      db
        .prepare('INSERT INTO answers (response_id, question_id, value) VALUES (?1, ?2, ?3)')
        .bind(response.id, questionId, JSON.stringify(value))
    ),
    'nonceHash' in claim
      ? db
          .prepare('INSERT INTO spent_nonces (nonce_hash, wave_id) VALUES (?1, ?2)')
          .bind(claim.nonceHash, response.waveId)
      : db
          .prepare('UPDATE invitations SET used = 1 WHERE token_hash = ?1 AND wave_id = ?2')
          .bind(claim.tokenHash, response.waveId),
  ]
  try {
    await db.batch(statements)
    return 'stored'
  } catch (err) {
    if (isSpentClaim(err)) return 'duplicate'
    throw err
  }
}

const isSpentClaim = (err: unknown) =>
  err instanceof Error &&
  /UNIQUE constraint failed: spent_nonces|invitation already used/.test(err.message)
