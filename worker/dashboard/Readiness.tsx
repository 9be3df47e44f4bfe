import type { Readiness as ReadinessModel } from '../../analysis/readiness.ts'
import { IntervalChart, type IntervalRow } from './charts/IntervalChart.tsx'
import { FigureList } from './FigureList.tsx'
import { changeText, interval, noteOf, num, percent } from './format.ts'

/** Said where a survey asks no agreement question with a readiness dimension. */
export const NO_DIMENSIONS = 'This survey asks no agreement questions with a readiness dimension.'

function ReadinessIndex({ index }: { index: ReadinessModel['index'] }) {
  if (!index.shown) return <p class='suppressed'>Readiness index: {noteOf(index.note)}.</p>
  const v = index.value
  const label = `Readiness index ${v.value} of 100, 95 % confidence interval ${interval(v.ci95)}`
  return (
    <>
      <IntervalChart
        label={label}
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        rows={[{ label: 'Readiness index', mean: v.value, ci: v.ci95 }]}
      />
      <FigureList
        items={[
          ['Readiness index (0–100)', num(v.value)],
          ['95 % confidence interval', interval(v.ci95)],
          ['Respondents', num(v.n)],
          [
            'Change against the previous wave',
            v.change ? changeText(v.change, (c) => c.value) : undefined,
          ],
        ]}
      />
    </>
  )
}

function DimensionTable({ dimensions }: { dimensions: ReadinessModel['dimensions'] }) {
  return (
    <div class='table-wrap' role='region' aria-labelledby='dimensions-caption' tabindex={0}>
      <table>
        <caption id='dimensions-caption'>Readiness per dimension (agreement 1–5)</caption>
        <thead>
          <tr>
            <th scope='col'>Dimension</th>
            <th scope='col' class='num'>
              n
            </th>
            <th scope='col' class='num'>
              Mean
            </th>
            <th scope='col' class='num'>
              95 % CI
            </th>
            <th scope='col' class='num'>
              Agreeing
            </th>
            <th scope='col' class='num'>
              Change in mean
            </th>
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d) => (
            <tr>
              <th scope='row'>{d.dimension}</th>
              {d.result.shown ? (
                <>
                  <td class='num'>{num(d.result.value.n)}</td>
                  <td class='num'>{num(d.result.value.mean)}</td>
                  <td class='num'>{interval(d.result.value.ci95)}</td>
                  <td class='num'>{percent(d.result.value.shareAgreeing)}</td>
                  <td class='num'>{changeText(d.result.value.change, (c) => c.mean)}</td>
                </>
              ) : (
                <td colspan={5}>{noteOf(d.result.note)}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function ReadinessFigures({ readiness }: { readiness: ReadinessModel }) {
  const shown: IntervalRow[] = readiness.dimensions.flatMap((d) =>
    d.result.shown
      ? [{ label: d.dimension, mean: d.result.value.mean, ci: d.result.value.ci95 }]
      : []
  )
  const chartLabel = `Mean agreement per readiness dimension on a scale of 1 to 5 with 95 % confidence intervals: ${shown
    .map((d) => `${d.label} ${d.mean} (${interval(d.ci)})`)
    .join('; ')}`
  return (
    <>
      <h3>Readiness index</h3>
      <ReadinessIndex index={readiness.index} />
      <h3>Readiness per dimension</h3>
      {shown.length ? (
        <IntervalChart label={chartLabel} domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} rows={shown} />
      ) : null}
      <DimensionTable dimensions={readiness.dimensions} />
    </>
  )
}

/** Readiness per dimension (agreement 1–5) and the overall index, with their intervals. */
export function Readiness({ readiness }: { readiness: ReadinessModel }) {
  return (
    <section aria-labelledby='readiness'>
      <h2 id='readiness'>Readiness</h2>
      {readiness.dimensions.length === 0 ? (
        <p>{NO_DIMENSIONS}</p>
      ) : (
        <ReadinessFigures readiness={readiness} />
      )}
    </section>
  )
}
