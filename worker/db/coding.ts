/** A researcher's own codebook by version, if stored. */
export async function findCodebook(db: D1Database, version: string): Promise<string | null> {
  return db
    .prepare('SELECT definition FROM codebooks WHERE version = ?1')
    .bind(version)
    .first<string>('definition')
}

/**
 * Stores a researcher's codebook under its version and makes the survey use it. A version is
 * immutable once stored (reports name it): the same version with other content is refused.
 */
export async function useCodebook(
  db: D1Database,
  surveyId: string,
  version: string,
  definition: string
): Promise<boolean> {
  const existing = await findCodebook(db, version)
  if (existing !== null && existing !== definition) return false
  await db.batch([
    db
      .prepare('INSERT OR IGNORE INTO codebooks (version, definition) VALUES (?1, ?2)')
      .bind(version, definition),
    db.prepare('UPDATE surveys SET codebook_version = ?2 WHERE id = ?1').bind(surveyId, version),
  ])
  return true
}
