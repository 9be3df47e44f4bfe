import { newToken, sha256 } from './crypto.ts'
import { insertInvitations, type AddedBy } from './db/invitations.ts'
import { listWaves, type Wave } from './db/waves.ts'
import { publicOrigin } from './public-origin.ts'

/** Why a survey cannot take invitations now. */
export type NotInvitable = 'noOpenWave' | 'openLinkWave'

/**
 * The wave new invitations are for: the survey's open wave, if it is answered through
 * invitations. An open-link wave is answered through /s/:slug only; invitations would mix
 * two ways in.
 */
export async function invitableWave(
  db: D1Database,
  surveyId: string
): Promise<Wave | NotInvitable> {
  const wave = (await listWaves(db, surveyId)).find((w) => w.status === 'open')
  if (!wave) return 'noOpenWave'
  return wave.mode === 'open' ? 'openLinkWave' : wave
}

/** The new links of one ministry. */
export interface MinistryLinks {
  ministry: string
  links: string[]
}

/**
 * Creates single-use links per ministry (abbreviations from analysis/ministries.ts) and logs
 * who created how many. The links are returned this once: only their hashes are stored.
 */
export async function createInvitationLinks(
  env: Env,
  wave: Wave,
  batches: { ministry: string; count: number }[],
  addedBy: AddedBy
): Promise<MinistryLinks[]> {
  const created = batches.map((b) => ({
    ministry: b.ministry,
    tokens: Array.from({ length: b.count }, () => newToken()),
  }))
  const groups = await Promise.all(
    created.map(async (b) => ({
      ministry: b.ministry,
      tokenHashes: await Promise.all(b.tokens.map(sha256)),
    }))
  )
  await insertInvitations(env.DB, { surveyId: wave.surveyId, waveId: wave.id }, groups, addedBy)
  const origin = publicOrigin(env)
  return created.map((b) => ({
    ministry: b.ministry,
    links: b.tokens.map((t) => `${origin}/i/${t}`),
  }))
}
