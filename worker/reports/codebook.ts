import {
  compileCodebook,
  DEFAULT_CODEBOOK_VERSION,
  loadCodebook,
  shippedCodebooks,
  type Codebook,
} from '../../analysis/coding/index.ts'
import { findCodebook } from '../db/coding.ts'

// Compiling stems every signal: done once per isolate and codebook version.
const compiledCache = new Map<
  string,
  { codebook: Codebook; compiled: ReturnType<typeof compileCodebook> }
>()

/** The codebook a survey is coded with, compiled: the shipped one or a researcher's own. */
export async function codebookFor(db: D1Database, version: string) {
  const cached = compiledCache.get(version)
  if (cached) return cached
  const shipped = version === DEFAULT_CODEBOOK_VERSION ? shippedCodebooks[0] : null
  const stored = shipped ? null : await findCodebook(db, version)
  if (!shipped && !stored) throw new Error(`codebook ${version} is not stored`)
  const codebook = shipped
    ? loadCodebook(shipped.source, shipped.json)
    : loadCodebook(`codebook ${version}`, JSON.parse(stored!))
  const entry = { codebook, compiled: compileCodebook(codebook) }
  compiledCache.set(version, entry)
  return entry
}
