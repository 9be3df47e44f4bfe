import { Swatch } from './charts/Swatch.tsx'
import { TrendChart, type Series } from './charts/TrendChart.tsx'
import { seriesStyle } from './charts/palette.ts'
import type { WaveView } from './load.ts'
import { noteOf } from './format.ts'
import { NO_DIMENSIONS } from './Readiness.tsx'

type Cell = { value: number } | { note: string }

interface TrendRow {
  wave: string
  /** One per dimension, then the readiness index. */
  cells: Cell[]
}

/** A dimension's mean in one wave, or the note that stands in its place. */
function dimensionCell({ view }: WaveView, dimension: string): Cell {
  if (view.hidden) return { note: noteOf(view.note) }
  const d = view.findings.readiness.dimensions.find((x) => x.dimension === dimension)
  if (!d) return { note: 'not asked' }
  return d.result.shown ? { value: d.result.value.mean } : { note: noteOf(d.result.note) }
}

function indexCell({ view }: WaveView): Cell {
  if (view.hidden) return { note: noteOf(view.note) }
  const index = view.findings.readiness.index
  return index.shown ? { value: index.value.value } : { note: noteOf(index.note) }
}

const valueOf = (cell: Cell) => ('value' in cell ? cell.value : null)

function TrendTable({ dimensions, rows }: { dimensions: string[]; rows: TrendRow[] }) {
  return (
    <div class='table-wrap' role='region' aria-labelledby='trend-caption' tabindex={0}>
      <table>
        <caption id='trend-caption'>
          Mean agreement per dimension and readiness index per wave
        </caption>
        <thead>
          <tr>
            <th scope='col'>Wave</th>
            {[...dimensions, 'Index (0–100)'].map((d) => (
              <th scope='col' class='num'>
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope='row'>{r.wave}</th>
              {r.cells.map((cell) =>
                'value' in cell ? (
                  <td class='num'>{String(cell.value)}</td>
                ) : (
                  <td class='note'>{cell.note}</td>
                )
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function TrendFigure({ series, waves }: { series: Series[]; waves: string[] }) {
  const label = `Mean agreement (1 to 5) per readiness dimension across waves: ${series
    .map(
      (s) => `${s.label}: ${s.points.map((p, i) => `${waves[i]} ${p ?? 'not shown'}`).join(', ')}`
    )
    .join('; ')}`
  return (
    <>
      <TrendChart
        label={label}
        waves={waves}
        series={series}
        domain={[1, 5]}
        ticks={[1, 2, 3, 4, 5]}
      />
      <ul class='legend' aria-label='Legend'>
        {series.map((s, i) => (
          <li>
            <Swatch colour={seriesStyle(i).colour} marker={seriesStyle(i).marker} />
            {s.label}
          </li>
        ))}
      </ul>
    </>
  )
}

/** Readiness per dimension across the survey's waves: a line chart and the same figures as a table. */
export function Trend({ trend }: { trend: WaveView[] }) {
  const dimensions = [
    ...new Set(
      trend.flatMap(({ view }) =>
        view.hidden ? [] : view.findings.readiness.dimensions.map((d) => d.dimension)
      )
    ),
  ]
  const rows: TrendRow[] = trend.map((t) => ({
    wave: t.wave.label,
    cells: [...dimensions.map((d) => dimensionCell(t, d)), indexCell(t)],
  }))
  const series = dimensions.map((label, i) => ({
    label,
    points: rows.map((r) => valueOf(r.cells[i])),
  }))
  return (
    <section aria-labelledby='trend'>
      <h2 id='trend'>Trend across waves</h2>
      {dimensions.length === 0 ? (
        <p>{trend.some((t) => !t.view.hidden) ? NO_DIMENSIONS : 'No wave can be shown yet.'}</p>
      ) : null}
      {series.some((s) => s.points.some((p) => p !== null)) ? (
        <TrendFigure series={series} waves={rows.map((r) => r.wave)} />
      ) : null}
      {dimensions.length ? <TrendTable dimensions={dimensions} rows={rows} /> : null}
    </section>
  )
}
