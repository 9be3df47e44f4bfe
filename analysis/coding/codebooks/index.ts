import defaultV1 from './default.v1.json' with { type: 'json' }

/**
 * The version of the codebook a survey is coded with when it names none. Surveys store it (it is
 * the column's default in migration 0012), so the shipped codebook keeps this id when its signals
 * change; `CODER_VERSION`, which is part of every tally's basis, is raised instead, so no tally
 * mixes codings of two of its states. Only one shipped codebook is bundled (worker size).
 */
export const DEFAULT_CODEBOOK_VERSION = 'default-1'

/** The codebooks Lernraum ships with, as raw JSON: they pass through `loadCodebook` like any other. */
export const shippedCodebooks: { source: string; json: unknown }[] = [
  { source: 'analysis/coding/codebooks/default.v1.json', json: defaultV1 },
]
