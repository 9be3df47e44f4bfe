export type Role = 'researcher' | 'admin'

export interface ApiToken {
  id: string
  label: string
  role: Role
  createdOn: string
  revoked: boolean
}

type TokenRow = { id: string; label: string; role: Role; created_on: string; revoked: number }

const toApiToken = (r: TokenRow): ApiToken => ({
  id: r.id,
  label: r.label,
  role: r.role,
  createdOn: r.created_on,
  revoked: r.revoked === 1,
})

export async function insertApiToken(
  db: D1Database,
  tokenHash: string,
  token: Omit<ApiToken, 'revoked'>
) {
  await db
    .prepare(
      'INSERT INTO api_tokens (token_hash, id, label, role, created_on) VALUES (?1, ?2, ?3, ?4, ?5)'
    )
    .bind(tokenHash, token.id, token.label, token.role, token.createdOn)
    .run()
}

/** The token with this hash, if it exists and is not revoked. */
export async function findActiveToken(
  db: D1Database,
  tokenHash: string
): Promise<(ApiToken & { tokenHash: string }) | null> {
  const row = await db
    .prepare(
      'SELECT token_hash, id, label, role, created_on, revoked FROM api_tokens WHERE token_hash = ?1 AND revoked = 0'
    )
    .bind(tokenHash)
    .first<TokenRow & { token_hash: string }>()
  return row ? { ...toApiToken(row), tokenHash: row.token_hash } : null
}

/** The token with this public id, if it exists and is not revoked. */
export async function findActiveTokenById(db: D1Database, id: string): Promise<ApiToken | null> {
  const row = await db
    .prepare(
      'SELECT id, label, role, created_on, revoked FROM api_tokens WHERE id = ?1 AND revoked = 0'
    )
    .bind(id)
    .first<TokenRow>()
  return row ? toApiToken(row) : null
}

export async function listApiTokens(db: D1Database): Promise<ApiToken[]> {
  const { results } = await db
    .prepare('SELECT id, label, role, created_on, revoked FROM api_tokens ORDER BY created_on, id')
    .all<TokenRow>()
  return results.map(toApiToken)
}

/** Revokes a token and ends every dashboard session signed in with it. */
export async function revokeApiToken(db: D1Database, id: string): Promise<boolean> {
  const [, revoked] = await db.batch([
    db
      .prepare(
        'DELETE FROM sessions WHERE token_hash IN (SELECT token_hash FROM api_tokens WHERE id = ?1)'
      )
      .bind(id),
    db.prepare('UPDATE api_tokens SET revoked = 1 WHERE id = ?1 AND revoked = 0').bind(id),
  ])
  return revoked.meta.changes > 0
}

/** Revokes every active token with this label; `npm start` replaces its local admin token so. */
export async function revokeTokensLabelled(db: D1Database, label: string) {
  const { results } = await db
    .prepare('SELECT id FROM api_tokens WHERE label = ?1 AND revoked = 0')
    .bind(label)
    .all<{ id: string }>()
  for (const { id } of results) await revokeApiToken(db, id)
}
