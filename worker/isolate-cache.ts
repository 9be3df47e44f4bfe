/**
 * A memo kept as long as the isolate lives, for values that never change once stored. The
 * bound only keeps a flood of keys from growing memory; the oldest entry goes first.
 */
export function isolateCache<V>(max: number) {
  const entries = new Map<string, V>()
  return async (key: string, make: () => Promise<V>): Promise<V> => {
    const kept = entries.get(key)
    if (kept !== undefined) return kept
    const value = await make()
    if (entries.size >= max) entries.delete(entries.keys().next().value!)
    entries.set(key, value)
    return value
  }
}
