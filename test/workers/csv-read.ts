/** A CSV as German Excel reads it: BOM dropped, `;` between fields, quoted fields, CRLF rows. */
export function csvRows(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const text = csv.replace(/^\uFEFF/, '')
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted && ch === '"' && text[i + 1] === '"') ((cell += '"'), i++)
    else if (quoted && ch === '"') quoted = false
    else if (quoted) cell += ch
    else if (ch === '"' && cell === '') quoted = true
    else if (ch === ';') (row.push(cell), (cell = ''))
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      ;((row = []), (cell = ''), i++)
    } else cell += ch
  }
  return rows
}

/** A cell as German Excel takes a number: digits with a decimal comma, or empty. */
export const germanNumber = (cell: string) =>
  cell === '' ? null : /^-?\d+(,\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : NaN

/** Rows as records by header, for reading a column by name. */
export function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = csvRows(csv)
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])))
}
