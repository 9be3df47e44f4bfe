import { factsOf } from '../forms/kinds/facts.ts'
import type { AnswerValue } from '../forms/kinds/types.ts'
import { questionsOf, type FormDefinition, type Question } from '../forms/schema.ts'
import { isolateCache } from './isolate-cache.ts'
import { seal, unseal, type SealKeys } from './seal.ts'

/** What a pool row holds once opened: the answers, and the invitation to mark used. */
export interface PooledSubmit {
  answers: Record<string, AnswerValue>
  /** SHA-256 of the invitation token; absent for an open-link submit. */
  tokenHash?: string
}

// A token hash is 64 hex digits; the bound reserves room for one in every row, so an
// invitation's row and an open link's row of one form version are the same size.
const TOKEN_HASH_ROOM = '0'.repeat(64)

const encode = (p: PooledSubmit) => JSON.stringify({ a: p.answers, t: p.tokenHash ?? '' })

const largestAnswer = <Q extends Question>(q: Q) =>
  (factsOf(q.kind).largest as (q: Q) => AnswerValue)(q)

const bounds = isolateCache<number>(64)

/**
 * The padded size of every sealed row of a form version: the payload with every question
 * answered at its longest. A size that varied with the answers would let lengths undo the
 * mixing of a flush.
 */
export function paddedSize(form: FormDefinition, key: string): Promise<number> {
  return bounds(key, async () => {
    const answers = Object.fromEntries(questionsOf(form).map((q) => [q.id, largestAnswer(q)]))
    return new TextEncoder().encode(encode({ answers, tokenHash: TOKEN_HASH_ROOM })).length
  })
}

/** Binds a sealed row to its wave and form version: it opens nowhere else. */
const context = (waveId: string, formVersion: number) => `${waveId}/${formVersion}`

export const sealSubmit = (
  keys: SealKeys,
  submit: PooledSubmit,
  at: { waveId: string; formVersion: number; paddedBytes: number }
) => seal(keys, encode(submit), at.paddedBytes, context(at.waveId, at.formVersion))

/** Opens a pool row; `null` when no key this Worker holds opens it. */
export async function openSubmit(
  keys: SealKeys,
  sealed: Uint8Array,
  at: { waveId: string; formVersion: number }
): Promise<PooledSubmit | null> {
  const text = await unseal(keys, sealed, context(at.waveId, at.formVersion))
  if (text === null) return null
  const { a, t } = JSON.parse(text) as { a: Record<string, AnswerValue>; t: string }
  return t ? { answers: a, tokenHash: t } : { answers: a }
}
