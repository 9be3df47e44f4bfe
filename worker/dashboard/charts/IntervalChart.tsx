import { ink } from './palette.ts'

export interface IntervalRow {
  label: string
  mean: number
  ci: [number, number]
}

const WIDTH = 480
const PAD = 16
const AXIS = 34

/**
 * Means as dots on a line that spans their 95 % confidence interval, one row each, on a
 * shared axis (1–5 for agreement, 0–10 for scales, 0–100 for the index). An interval that
 * reaches past the scale is cut at its end, where no answer can lie.
 */
export function IntervalChart(props: {
  label: string
  domain: [number, number]
  ticks: number[]
  rows: IntervalRow[]
}) {
  const [low, high] = props.domain
  const labelled = props.rows.length > 1
  const rowHeight = labelled ? 44 : 28
  const height = props.rows.length * rowHeight + AXIS
  const x = (v: number) =>
    PAD + ((Math.max(low, Math.min(high, v)) - low) / (high - low)) * (WIDTH - 2 * PAD)
  const axisY = height - AXIS + 6
  return (
    <svg class='chart' role='img' aria-label={props.label} viewBox={`0 0 ${WIDTH} ${height}`}>
      <title>{props.label}</title>
      {props.rows.map((row, i) => {
        const y = i * rowHeight + (labelled ? 32 : 14)
        return (
          <g>
            {labelled ? (
              <text x={PAD} y={y - 12} font-size={15}>
                {row.label}
              </text>
            ) : null}
            <line x1={x(row.ci[0])} x2={x(row.ci[1])} y1={y} y2={y} stroke={ink} stroke-width={2} />
            <line
              x1={x(row.ci[0])}
              x2={x(row.ci[0])}
              y1={y - 6}
              y2={y + 6}
              stroke={ink}
              stroke-width={2}
            />
            <line
              x1={x(row.ci[1])}
              x2={x(row.ci[1])}
              y1={y - 6}
              y2={y + 6}
              stroke={ink}
              stroke-width={2}
            />
            <circle cx={x(row.mean)} cy={y} r={7} fill='#1d4f91' stroke='#fff' stroke-width={2} />
          </g>
        )
      })}
      <line x1={PAD} x2={WIDTH - PAD} y1={axisY} y2={axisY} stroke={ink} />
      {props.ticks.map((t) => (
        <g>
          <line x1={x(t)} x2={x(t)} y1={axisY} y2={axisY + 5} stroke={ink} />
          <text x={x(t)} y={axisY + 22} font-size={15} text-anchor='middle'>
            {String(t)}
          </text>
        </g>
      ))}
    </svg>
  )
}
