import {
  compileCodebook,
  DEFAULT_CODEBOOK_VERSION,
  loadCodebook,
  type Codebook,
} from '../../analysis/coding/index.ts'
import { fetchAssetJson } from '../asset-data.ts'
import { findCodebook } from '../db/coding.ts'

/** The shipped codebook: a static asset, read through the ASSETS binding, not bundled. */
export const SHIPPED_CODEBOOK_PATH = '/codebooks/default.v1.json'

type Compiled = { codebook: Codebook; compiled: ReturnType<typeof compileCodebook> }

// Compiling stems every signal: done once per isolate and codebook version. A failed read or
// an invalid codebook is not kept, so the next run tries again.
const compiledCache = new Map<string, Promise<Compiled>>()

/** The codebook a survey is coded with, compiled: the shipped one or a researcher's own. */
export function codebookFor(env: Env, version: string): Promise<Compiled> {
  const cached = compiledCache.get(version)
  if (cached) return cached
  const entry = readCodebook(env, version).then((codebook) => ({
    codebook,
    compiled: compileCodebook(codebook),
  }))
  entry.catch(() => compiledCache.get(version) === entry && compiledCache.delete(version))
  compiledCache.set(version, entry)
  return entry
}

async function readCodebook(env: Env, version: string): Promise<Codebook> {
  if (version === DEFAULT_CODEBOOK_VERSION) {
    const json = await fetchAssetJson<unknown>(env.ASSETS, SHIPPED_CODEBOOK_PATH)
    return loadCodebook(`worker/assets${SHIPPED_CODEBOOK_PATH}`, json)
  }
  const stored = await findCodebook(env.DB, version)
  if (!stored) throw new Error(`codebook ${version} is not stored`)
  return loadCodebook(`codebook ${version}`, JSON.parse(stored))
}
