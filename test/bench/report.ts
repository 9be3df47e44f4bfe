import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { root } from '../../worker/cli/local.ts'
import type { Row } from './rows.ts'

export const progress = (line: string) => console.log(`bench · ${line}`)

const columns = ['figure', 'value', 'baseline', 'ratio', 'budget', 'result']

/** One table: each figure, its baseline from this run or its fixed budget, ratio, verdict. */
export function printTable(rows: Row[]): void {
  const cells = rows.map((r) => [
    r.figure,
    `${format(r.value)} ${r.unit}`.trimEnd(),
    `${format(r.baseline)} ${r.baselineOf}`,
    r.ratio === null ? '—' : r.ratio.toFixed(2),
    r.budget.op === 'shown' ? 'shown only' : `${r.budget.on} ${r.budget.op} ${r.budget.limit}`,
    r.budget.op === 'shown'
      ? r.value === null
        ? 'not measured'
        : '—'
      : r.met === null
        ? 'not measured'
        : r.met
          ? 'met'
          : 'MISSED',
  ])
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)))
  const line = (row: string[]) =>
    row
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  console.log(
    ['', line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')
  )
}

const format = (n: number | null) =>
  n === null ? '—' : Number.isInteger(n) ? String(n) : n.toFixed(1)

/** Writes the run to bench-results/<timestamp>.json so that runs can be compared. */
export async function saveResults(startedAt: Date, result: object): Promise<string> {
  const dir = path.join(root, 'bench-results')
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`)
  await writeFile(file, JSON.stringify(result, null, 2) + '\n')
  return path.relative(root, file)
}
