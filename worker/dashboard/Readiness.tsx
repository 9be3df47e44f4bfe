import { dimensionLabel } from '../../analysis/render/labels.ts'
import type { Readiness as ReadinessModel } from '../../analysis/readiness.ts'
import { IntervalChart, type IntervalRow } from './charts/IntervalChart.tsx'
import { FigureList } from './FigureList.tsx'
import { useFormat } from './format.ts'
import { usePage } from './messages/index.ts'

function ReadinessIndex({ index }: { index: ReadinessModel['index'] }) {
  const f = useFormat()
  const r = f.t.readiness
  if (!index.shown) return <p class='suppressed'>{r.indexNote(f.note(index.note))}</p>
  const v = index.value
  return (
    <>
      <IntervalChart
        label={r.indexChart(f.num(v.value), f.interval(v.ci95))}
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        rows={[{ label: r.index, mean: v.value, ci: v.ci95 }]}
      />
      <FigureList
        items={[
          [r.indexRange, f.num(v.value)],
          [r.ci, f.interval(v.ci95)],
          [r.respondents, f.num(v.n)],
          [r.change, v.change ? f.change(v.change, (c) => c.value) : undefined],
        ]}
      />
    </>
  )
}

function DimensionTable({ dimensions }: { dimensions: ReadinessModel['dimensions'] }) {
  const { lang } = usePage()
  const f = useFormat()
  const r = f.t.readiness
  return (
    <div class='table-wrap' role='region' aria-labelledby='dimensions-caption' tabindex={0}>
      <table>
        <caption id='dimensions-caption'>{r.caption}</caption>
        <thead>
          <tr>
            <th scope='col'>{r.dimension}</th>
            {['n', r.mean, r.ciShort, r.agreeing, r.meanChange].map((h) => (
              <th scope='col' class='num'>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d) => (
            <tr>
              <th scope='row'>{dimensionLabel(lang, d.dimension)}</th>
              {d.result.shown ? (
                <>
                  <td class='num'>{f.num(d.result.value.n)}</td>
                  <td class='num'>{f.num(d.result.value.mean)}</td>
                  <td class='num'>{f.interval(d.result.value.ci95)}</td>
                  <td class='num'>{f.shareOf(d.result.value.shareAgreeing, d.result.value.n)}</td>
                  <td class='num'>{f.change(d.result.value.change, (c) => c.mean)}</td>
                </>
              ) : (
                <td colspan={5}>{f.note(d.result.note)}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function ReadinessFigures({ readiness }: { readiness: ReadinessModel }) {
  const { lang } = usePage()
  const f = useFormat()
  const r = f.t.readiness
  const shown: IntervalRow[] = readiness.dimensions.flatMap((d) =>
    d.result.shown
      ? [
          {
            label: dimensionLabel(lang, d.dimension),
            mean: d.result.value.mean,
            ci: d.result.value.ci95,
          },
        ]
      : []
  )
  const chartLabel = r.chart(
    shown.map((d) => `${d.label} ${f.num(d.mean)} (${f.interval(d.ci)})`).join('; ')
  )
  return (
    <>
      <h3>{r.index}</h3>
      <p>{r.explained}</p>
      <ReadinessIndex index={readiness.index} />
      <h3>{r.perDimension}</h3>
      {shown.length ? (
        <IntervalChart label={chartLabel} domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} rows={shown} />
      ) : null}
      <DimensionTable dimensions={readiness.dimensions} />
    </>
  )
}

/** Readiness per dimension (agreement 1–5) and the overall index, with their intervals. */
export function Readiness({ readiness }: { readiness: ReadinessModel }) {
  const { t } = useFormat()
  return (
    <section aria-labelledby='readiness'>
      <h2 id='readiness'>{t.readiness.heading}</h2>
      {readiness.dimensions.length === 0 ? (
        <p>{t.readiness.none}</p>
      ) : (
        <ReadinessFigures readiness={readiness} />
      )}
    </section>
  )
}
