import defaultV1 from './default.v1.json' with { type: 'json' }

/** The version of the codebook a survey is coded with when it names none. */
export const DEFAULT_CODEBOOK_VERSION = 'default-1'

/** The codebooks Lernraum ships with, as raw JSON: they pass through `loadCodebook` like any other. */
export const shippedCodebooks: { source: string; json: unknown }[] = [
  { source: 'analysis/coding/codebooks/default.v1.json', json: defaultV1 },
]
