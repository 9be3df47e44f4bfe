import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseEnv } from 'node:util'
import { root } from '../../worker/cli/local.ts'
import { issueNonce } from '../../worker/form-nonce.ts'
import { sealKeys } from '../../worker/seal.ts'
import { NonceSupply } from './submit.ts'

/**
 * Form nonces of an open-link wave of the local dev server, signed in the bench process with
 * the Worker's own code (worker/form-nonce.ts) under the SEAL_KEY that ensureSealKey
 * (worker/cli/local.ts) keeps in the project's .dev.vars: as valid as those GET /s/:slug
 * serves, without loading the server between timed rounds. Signing one takes some 40 µs.
 *
 * Only the bench imports this. The load test of `npm test` (lossless.ts) fetches its nonces
 * from the form page instead (NonceSupply.served): test/browser type-checks with the DOM
 * library, under which worker/seal.ts does not compile (Uint8Array<ArrayBufferLike> is no
 * BufferSource there).
 */
export async function signedNonces(waveId: string): Promise<NonceSupply> {
  const { SEAL_KEY } = parseEnv(await readFile(path.join(root, '.dev.vars'), 'utf8'))
  if (!SEAL_KEY) throw new Error('no SEAL_KEY in .dev.vars: the dev server was started without one')
  const keys = await sealKeys({ SEAL_KEY } as Env)
  // One after the other: in parallel, Node's Web Crypto signs them no faster.
  return new NonceSupply(async (count) => {
    const nonces: string[] = []
    for (let i = 0; i < count; i++) nonces.push(await issueNonce(keys, waveId))
    return nonces
  })
}
