import { sha256 } from '../crypto.ts'
import { listApiTokens, revokeApiToken, type Role } from '../db/tokens.ts'
import { createApiToken, newApiToken } from '../tokens.ts'
import { applyLocalMigrations, defaultPersistTo, runWrangler, withLocalDb } from './local.ts'

const today = () => new Date().toISOString().slice(0, 10)
const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`

/** SQL on the deployed D1: wrangler d1 execute takes no bound parameters, hence sqlText. */
const remoteSql = (sql: string, options: { inherit?: boolean } = {}) =>
  runWrangler(['d1', 'execute', 'DB', '--remote', '--command', sql], options)

/** `token create|list|revoke`, on the local D1 or, with --remote, on the deployed one. */
export async function tokenCommand(
  args: string[],
  flags: { role?: string; label?: string; remote?: boolean }
) {
  const [action, id] = args
  if (action === 'create') {
    const role = flags.role as Role
    if (role !== 'researcher' && role !== 'admin')
      throw new Error('--role must be researcher or admin')
    if (!flags.label?.trim()) throw new Error('--label NAME is required')
    if (flags.remote) return createRemote(role, flags.label.trim())
    await applyLocalMigrations(defaultPersistTo)
    const created = await withLocalDb(defaultPersistTo, (env) =>
      createApiToken(env.DB, { role, label: flags.label!.trim() }, today())
    )
    console.log(
      `Created ${created.role} token "${created.label}" (id ${created.id}). It is shown once:`
    )
    console.log(created.token)
  } else if (action === 'list') {
    if (flags.remote)
      return remoteSql('SELECT id, label, role, created_on, revoked FROM api_tokens', {
        inherit: true,
      })
    const tokens = await withLocalDb(defaultPersistTo, (env) => listApiTokens(env.DB))
    console.table(tokens)
  } else if (action === 'revoke' && id) {
    if (flags.remote)
      return remoteSql(
        `DELETE FROM sessions WHERE token_hash IN (SELECT token_hash FROM api_tokens WHERE id = ${sqlText(id)}); UPDATE api_tokens SET revoked = 1 WHERE id = ${sqlText(id)}`,
        { inherit: true }
      )
    const done = await withLocalDb(defaultPersistTo, (env) => revokeApiToken(env.DB, id))
    console.log(done ? `Revoked ${id}.` : `No active token with id ${id}.`)
  } else {
    throw new Error(
      'usage: token create --role researcher|admin --label NAME [--remote] | token list | token revoke ID'
    )
  }
}

/** The deployed D1 is reached through wrangler, which needs `wrangler login` once. */
async function createRemote(role: Role, label: string) {
  const { id, token } = newApiToken()
  const values = [await sha256(token), id, label, role, today()].map(sqlText).join(', ')
  await remoteSql(
    `INSERT INTO api_tokens (token_hash, id, label, role, created_on) VALUES (${values})`
  )
  console.log(`Created ${role} token "${label}" (id ${id}) in the deployed D1. It is shown once:`)
  console.log(token)
}
