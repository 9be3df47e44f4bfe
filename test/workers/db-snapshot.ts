import { env } from 'cloudflare:test'

/** Every row of every table of ours, as JSON text per table: what a copy of the database shows. */
export async function snapshot(db: D1Database = env.DB): Promise<Map<string, string[]>> {
  const { results } = await db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table'
       AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations'`
    )
    .all<{ name: string }>()
  const tables = new Map<string, string[]>()
  for (const { name } of results) {
    const rows = await db.prepare(`SELECT * FROM "${name}"`).all()
    tables.set(
      name,
      rows.results.map((r) =>
        JSON.stringify(r, (_, v) => (v instanceof ArrayBuffer ? [...new Uint8Array(v)] : v))
      )
    )
  }
  return tables
}

/** Per table, how many rows appeared and disappeared between two snapshots (a change is both). */
export function changes(before: Map<string, string[]>, after: Map<string, string[]>) {
  const out: Record<string, { added: number; removed: number }> = {}
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const was = new Set(before.get(table) ?? [])
    const is = new Set(after.get(table) ?? [])
    const added = [...is].filter((r) => !was.has(r)).length
    const removed = [...was].filter((r) => !is.has(r)).length
    if (added || removed) out[table] = { added, removed }
  }
  return out
}
