import defaultJson from '../../analysis/coding/codebooks/default.v1.json'
import { compileCodebook, loadCodebook, type Codebook } from '../../analysis/coding/index.ts'
import { findCodebook } from '../db/coding.ts'

export const DEFAULT_CODEBOOK = 'default-1'

// Compiling stems every signal: done once per isolate and codebook version.
const compiledCache = new Map<
  string,
  { codebook: Codebook; compiled: ReturnType<typeof compileCodebook> }
>()

/** The codebook a survey is coded with, compiled: the shipped one or a researcher's own. */
export async function codebookFor(db: D1Database, version: string) {
  const cached = compiledCache.get(version)
  if (cached) return cached
  const json =
    version === DEFAULT_CODEBOOK
      ? defaultJson
      : JSON.parse((await findCodebook(db, version)) ?? 'null')
  if (!json) throw new Error(`codebook ${version} is not stored`)
  const codebook = loadCodebook(`codebook ${version}`, json)
  const entry = { codebook, compiled: compileCodebook(codebook) }
  compiledCache.set(version, entry)
  return entry
}
