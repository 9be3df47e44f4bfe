export interface Invitation {
  surveyId: string
  waveId: string
  used: boolean
}

type InvitationRow = { survey_id: string; wave_id: string; used: number }

/**
 * An invitation by its token's hash. `used` also when one of its spend markers is written: a
 * pooled submit is not marked on the invitation until a flush, but the link is spent.
 */
export async function findInvitation(
  db: D1Database,
  tokenHash: string,
  markers: string[]
): Promise<Invitation | null> {
  const row = await db
    .prepare(
      `SELECT survey_id, wave_id,
         used OR EXISTS (SELECT 1 FROM spend_markers WHERE marker IN (SELECT value FROM json_each(?2))) AS used
       FROM invitations WHERE token_hash = ?1`
    )
    .bind(tokenHash, JSON.stringify(markers))
    .first<InvitationRow>()
  return row ? { surveyId: row.survey_id, waveId: row.wave_id, used: row.used === 1 } : null
}

/** Creates invitations for one ministry; only the hashes of their tokens are stored. */
export async function insertInvitations(
  db: D1Database,
  invitation: { surveyId: string; waveId: string; ministry: string },
  tokenHashes: string[]
): Promise<void> {
  const insert = db.prepare(
    'INSERT INTO invitations (token_hash, survey_id, wave_id, ministry) VALUES (?1, ?2, ?3, ?4)'
  )
  await db.batch(
    tokenHashes.map((h) =>
      insert.bind(h, invitation.surveyId, invitation.waveId, invitation.ministry)
    )
  )
}
