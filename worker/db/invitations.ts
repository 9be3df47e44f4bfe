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

/** Who created invitations and on which day (never a finer time). */
export interface AddedBy {
  /** An Access email, or `token:<id>` of an API token. */
  createdBy: string
  /** YYYY-MM-DD */
  createdOn: string
}

/**
 * Creates invitations for one ministry; only the hashes of their tokens are stored. With
 * `addedBy` (every creation through the API) the same batch records who added how many on
 * which day; seeding tools and tests may leave it out.
 */
export async function insertInvitations(
  db: D1Database,
  invitation: { surveyId: string; waveId: string; ministry: string },
  tokenHashes: string[],
  addedBy?: AddedBy
): Promise<void> {
  const insert = db.prepare(
    'INSERT INTO invitations (token_hash, survey_id, wave_id, ministry) VALUES (?1, ?2, ?3, ?4)'
  )
  const logged = addedBy
    ? [
        db
          .prepare(
            `INSERT INTO invitation_additions (wave_id, created_on, created_by, ministry, count)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT DO UPDATE SET count = count + excluded.count`
          )
          .bind(
            invitation.waveId,
            addedBy.createdOn,
            addedBy.createdBy,
            invitation.ministry,
            tokenHashes.length
          ),
      ]
    : []
  await db.batch([
    ...tokenHashes.map((h) =>
      insert.bind(h, invitation.surveyId, invitation.waveId, invitation.ministry)
    ),
    ...logged,
  ])
}

/** One line of a survey's invitation log: how many invitations of one ministry were added. */
export interface InvitationAddition extends AddedBy {
  wave: { id: string; label: string }
  ministry: string
  count: number
  /** Added before the wave's opening day, when nobody could answer yet. */
  beforeOpening: boolean
}

type AdditionRow = {
  wave_id: string
  label: string
  opens_on: string | null
  created_on: string
  created_by: string
  token_label: string | null
  ministry: string
  count: number
}

/**
 * Every logged creation of invitations for a survey's waves, oldest wave and day first. An
 * API token is named by its label and id, as the token list shows it.
 */
export async function listInvitationAdditions(
  db: D1Database,
  surveyId: string
): Promise<InvitationAddition[]> {
  const { results } = await db
    .prepare(
      `SELECT a.wave_id, w.label, w.opens_on, a.created_on, a.created_by, t.label AS token_label,
              a.ministry, a.count
       FROM invitation_additions a JOIN waves w ON w.id = a.wave_id
       LEFT JOIN api_tokens t ON a.created_by = 'token:' || t.id
       WHERE w.survey_id = ?1
       ORDER BY w.seq, a.created_on, a.ministry, a.created_by`
    )
    .bind(surveyId)
    .all<AdditionRow>()
  return results.map((r) => ({
    wave: { id: r.wave_id, label: r.label },
    ministry: r.ministry,
    count: r.count,
    beforeOpening: r.opens_on !== null && r.created_on < r.opens_on,
    createdOn: r.created_on,
    createdBy: r.token_label === null ? r.created_by : `${r.token_label} (${r.created_by})`,
  }))
}
