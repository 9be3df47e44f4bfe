/**
 * CSV that opens correctly in German Excel: UTF-8 with a byte-order mark, `;` between
 * fields, decimal commas, and text that a spreadsheet would run as a formula neutralised.
 */
export type Cell = string | number | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell).replace('.', ',') : ''
  // A leading apostrophe makes Excel and LibreOffice show the text instead of evaluating it.
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(header: string[], rows: Cell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(';'))
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}
