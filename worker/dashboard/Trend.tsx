import { Swatch } from './charts/Swatch.tsx'
import { TrendChart, type Series } from './charts/TrendChart.tsx'
import { seriesStyle } from './charts/palette.ts'
import type { WaveView } from './load.ts'
import { dimensionLabel } from '../../analysis/render/labels.ts'
import { useFormat, type Format } from './format.ts'
import { usePage } from './messages/index.ts'

type Cell = { value: number } | { note: string }

interface TrendRow {
  wave: string
  /** One per dimension, then the readiness index. */
  cells: Cell[]
}

/** A dimension's mean in one wave, or the note that stands in its place. */
function dimensionCell(f: Format, { view }: WaveView, dimension: string): Cell {
  if (view.hidden) return { note: f.note(view.note) }
  const d = view.findings.readiness.dimensions.find((x) => x.dimension === dimension)
  if (!d) return { note: f.t.trend.notAsked }
  return d.result.shown ? { value: d.result.value.mean } : { note: f.note(d.result.note) }
}

function indexCell(f: Format, { view }: WaveView): Cell {
  if (view.hidden) return { note: f.note(view.note) }
  const index = view.findings.readiness.index
  return index.shown ? { value: index.value.value } : { note: f.note(index.note) }
}

const valueOf = (cell: Cell) => ('value' in cell ? cell.value : null)

function TrendTable({ dimensions, rows }: { dimensions: string[]; rows: TrendRow[] }) {
  const f = useFormat()
  return (
    <div class='table-wrap' role='region' aria-labelledby='trend-caption' tabindex={0}>
      <table>
        <caption id='trend-caption'>{f.t.trend.caption}</caption>
        <thead>
          <tr>
            <th scope='col'>{f.t.trend.wave}</th>
            {[...dimensions, f.t.readiness.indexRange].map((d) => (
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
                  <td class='num'>{f.num(cell.value)}</td>
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
  const f = useFormat()
  const point = (p: number | null, i: number) =>
    `${waves[i]} ${p === null ? f.t.trend.notShown : f.num(p)}`
  const label = f.t.trend.chart(
    series.map((s) => `${s.label}: ${s.points.map(point).join(', ')}`).join('; ')
  )
  return (
    <>
      <TrendChart
        label={label}
        waves={waves}
        series={series}
        domain={[1, 5]}
        ticks={[1, 2, 3, 4, 5]}
      />
      <ul class='legend' aria-label={f.t.trend.legend}>
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
  const { lang } = usePage()
  const f = useFormat()
  const dimensions = [
    ...new Set(
      trend.flatMap(({ view }) =>
        view.hidden ? [] : view.findings.readiness.dimensions.map((d) => d.dimension)
      )
    ),
  ]
  const rows: TrendRow[] = trend.map((t) => ({
    wave: t.wave.label,
    cells: [...dimensions.map((d) => dimensionCell(f, t, d)), indexCell(f, t)],
  }))
  const labels = dimensions.map((d) => dimensionLabel(lang, d))
  const series = labels.map((label, i) => ({
    label,
    points: rows.map((r) => valueOf(r.cells[i])),
  }))
  return (
    <section aria-labelledby='trend'>
      <h2 id='trend'>{f.t.trend.heading}</h2>
      {dimensions.length === 0 ? (
        <p>{trend.some((t) => !t.view.hidden) ? f.t.readiness.none : f.t.trend.noWave}</p>
      ) : null}
      {series.some((s) => s.points.some((p) => p !== null)) ? (
        <TrendFigure series={series} waves={rows.map((r) => r.wave)} />
      ) : null}
      {dimensions.length ? <TrendTable dimensions={labels} rows={rows} /> : null}
    </section>
  )
}
