import { customAlphabet, sha256 } from './crypto.ts'
import { insertApiToken, type Role } from './db/tokens.ts'

// "lr_" marks a Lernraum token in a script or a secret scanner; 32 symbols of 62 ≈ 190 bits.
const tokenBody = customAlphabet(
  '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  32
)
const tokenId = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 10)

/** A new token and its public id (for listing and revoking). */
export const newApiToken = () => ({ id: tokenId(), token: `lr_${tokenBody()}` })

/** Creates an API token; the token itself is returned once and only its hash is stored. */
export async function createApiToken(
  db: D1Database,
  spec: { label: string; role: Role },
  today: string
) {
  const { id, token } = newApiToken()
  await insertApiToken(db, await sha256(token), {
    id,
    label: spec.label,
    role: spec.role,
    createdOn: today,
  })
  return { id, label: spec.label, role: spec.role, token }
}
