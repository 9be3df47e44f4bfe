/** The smallest group any output may describe; the design sets a floor of 3 whatever is configured. */
export const MIN_GROUP_FLOOR = 3

/** The thresholds every output path applies, and that the participant notice states. */
export interface DisclosureConfig {
  /** A number, distribution or count is shown only for a group at least this large. */
  minGroupSize: number
  /** Quotes from free text are shown only for a group at least this large. */
  minGroupSizeQuotes: number
}

function threshold(raw: string | undefined, fallback: number): number {
  const n = Number(raw)
  return raw !== undefined && raw !== '' && Number.isInteger(n)
    ? Math.max(MIN_GROUP_FLOOR, n)
    : fallback
}

/** Reads the configured thresholds, never below the floor and quotes never below numbers. */
export function disclosureConfig(raw: {
  MIN_GROUP_SIZE?: string
  MIN_GROUP_SIZE_QUOTES?: string
}): DisclosureConfig {
  const minGroupSize = threshold(raw.MIN_GROUP_SIZE, 5)
  return {
    minGroupSize,
    minGroupSizeQuotes: Math.max(minGroupSize, threshold(raw.MIN_GROUP_SIZE_QUOTES, 10)),
  }
}
