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

/** The invitations of one ministry, by their tokens' hashes. */
export interface InvitationGroup {
  ministry: string
  tokenHashes: string[]
}

// D1 binds at most 100 parameters per statement (developers.cloudflare.com/d1/platform/limits).
const MAX_PARAMS = 100
// Survey and wave are bound once as ?1 and ?2; each row adds its hash and ministry.
const ROWS_PER_INSERT = Math.floor((MAX_PARAMS - 2) / 2)

/**
 * Creates invitations, only the hashes of their tokens stored, in one batch: all of them or,
 * when any statement fails, none, so no link is stored that its creator never received. With
 * `addedBy` (every creation through the API) the same batch records who added how many of
 * which ministry on which day; seeding tools and tests may leave it out.
 */
export async function insertInvitations(
  db: D1Database,
  wave: { surveyId: string; waveId: string },
  groups: InvitationGroup[],
  addedBy?: AddedBy
): Promise<void> {
  const rows = groups.flatMap((g) => g.tokenHashes.map((h) => [h, g.ministry]))
  const inserts = []
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT)
    const values = chunk.map((_, j) => `(?${3 + 2 * j}, ?1, ?2, ?${4 + 2 * j})`).join(', ')
    inserts.push(
      db
        .prepare(
          `INSERT INTO invitations (token_hash, survey_id, wave_id, ministry) VALUES ${values}`
        )
        .bind(wave.surveyId, wave.waveId, ...chunk.flat())
    )
  }
  const logged = addedBy ? [logAdditions(db, wave.waveId, groups, addedBy)] : []
  await db.batch([...inserts, ...logged])
}

/** One statement for the whole request: a request names at most 30 ministries (schemas.ts). */
function logAdditions(db: D1Database, waveId: string, groups: InvitationGroup[], by: AddedBy) {
  const values = groups.map((_, j) => `(?1, ?2, ?3, ?${4 + 2 * j}, ?${5 + 2 * j})`).join(', ')
  return db
    .prepare(
      `INSERT INTO invitation_additions (wave_id, created_on, created_by, ministry, count)
       VALUES ${values}
       ON CONFLICT DO UPDATE SET count = count + excluded.count`
    )
    .bind(
      waveId,
      by.createdOn,
      by.createdBy,
      ...groups.flatMap((g) => [g.ministry, g.tokenHashes.length])
    )
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
