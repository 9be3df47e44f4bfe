import { MarkerShape } from './MarkerShape.tsx'
import { ink, seriesStyle, trackColour } from './palette.ts'

export interface Series {
  label: string
  /** One value per wave; `null` where the wave's figure is suppressed or hidden. */
  points: (number | null)[]
}

const WIDTH = 480
const HEIGHT = 240
const LEFT = 60
const RIGHT = 60
const TOP = 12
const BOTTOM = 44

/** Pairs of neighbouring waves that both have a value: a suppressed wave leaves a gap. */
const segments = (points: (number | null)[]) =>
  points.slice(1).flatMap((p, i) => (p !== null && points[i] !== null ? [[i, i + 1]] : []))

/** Dimension means per wave as lines with markers, on a 1–5 axis; waves in their order. */
export function TrendChart(props: {
  label: string
  waves: string[]
  series: Series[]
  domain: [number, number]
  ticks: number[]
}) {
  const [low, high] = props.domain
  const step = (WIDTH - LEFT - RIGHT) / Math.max(1, props.waves.length - 1)
  const x = (i: number) => (props.waves.length === 1 ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + i * step)
  const y = (v: number) => TOP + ((high - v) / (high - low)) * (HEIGHT - TOP - BOTTOM)
  const short = (s: string) => (s.length > 12 ? `${s.slice(0, 11)}…` : s)
  return (
    <svg class='chart' role='img' aria-label={props.label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
      <title>{props.label}</title>
      {props.ticks.map((t) => (
        <g>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(t)} y2={y(t)} stroke={trackColour} />
          <text x={LEFT - 28} y={y(t) + 5} font-size={15} text-anchor='end'>
            {String(t)}
          </text>
        </g>
      ))}
      {props.waves.map((w, i) => (
        <text x={x(i)} y={HEIGHT - 14} font-size={15} text-anchor='middle'>
          {short(w)}
        </text>
      ))}
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(low)} y2={y(low)} stroke={ink} />
      {props.series.map((s, k) => {
        const style = seriesStyle(k)
        return (
          <g>
            {segments(s.points).map(([a, b]) => (
              <line
                x1={x(a)}
                x2={x(b)}
                y1={y(s.points[a]!)}
                y2={y(s.points[b]!)}
                stroke={style.colour}
                stroke-width={2.5}
              />
            ))}
            {s.points.map((p, i) =>
              p === null ? null : (
                <MarkerShape
                  marker={style.marker}
                  x={x(i)}
                  y={y(p)}
                  size={6}
                  colour={style.colour}
                />
              )
            )}
          </g>
        )
      })}
    </svg>
  )
}
