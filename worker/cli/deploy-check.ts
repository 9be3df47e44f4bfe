/**
 * What in a wrangler.toml would make a deployment go out wrong: placeholders participants
 * would read (organiser, contact, privacy notice, imprint), a database id that is no
 * database, an origin invitation links cannot be opened at, reports sent to nobody real.
 * Pure, so the test reads the shipped file with it.
 */
export function deployProblems(toml: string): string[] {
  const values = settings(toml)
  const problems: string[] = []
  for (const [key, value] of values) {
    if (/\.example\b|Platzhalter|placeholder/i.test(value))
      problems.push(`${key} is still the placeholder "${value}"`)
  }
  const database = values.get('d1_databases.database_id') ?? ''
  if (/^[0-]*$/.test(database))
    problems.push('d1_databases.database_id is not set: run wrangler d1 create (see README)')
  const origin = values.get('vars.PUBLIC_ORIGIN') ?? ''
  if (!/^https:\/\/[^/]+$/.test(origin))
    problems.push(
      `vars.PUBLIC_ORIGIN must be the https origin the Worker is served on, not "${origin}"`
    )
  for (const key of ['vars.REPORT_FROM', 'vars.REPORT_TO'])
    if (!(values.get(key) ?? '').includes('@')) problems.push(`${key} needs an email address`)
  return problems
}

/** `section.key` → value for every `key = "value"` line (arrays of tables: the first). */
function settings(toml: string): Map<string, string> {
  const found = new Map<string, string>()
  let section = ''
  for (const line of toml.split('\n')) {
    const header = /^\s*\[\[?([^\]]+)\]\]?\s*$/.exec(line)
    if (header) section = header[1].trim()
    const pair = /^\s*([A-Za-z_][\w-]*)\s*=\s*"([^"]*)"/.exec(line)
    if (!pair) continue
    const key = section ? `${section}.${pair[1]}` : pair[1]
    if (!found.has(key)) found.set(key, pair[2])
  }
  return found
}
