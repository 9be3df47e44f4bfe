import type { Marker } from './palette.ts'

/** A data point drawn as a circle, square, triangle or diamond of radius `size` around x, y. */
export function MarkerShape(p: {
  marker: Marker
  x: number
  y: number
  size: number
  colour: string
}) {
  const { x, y, size: r } = p
  const pts = (list: [number, number][]) => list.map(([a, b]) => `${a},${b}`).join(' ')
  switch (p.marker) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} fill={p.colour} />
    case 'square':
      return (
        <rect x={x - r * 0.85} y={y - r * 0.85} width={r * 1.7} height={r * 1.7} fill={p.colour} />
      )
    case 'triangle':
      return (
        <polygon
          points={pts([
            [x, y - r],
            [x + r, y + r * 0.8],
            [x - r, y + r * 0.8],
          ])}
          fill={p.colour}
        />
      )
    case 'diamond':
      return (
        <polygon
          points={pts([
            [x, y - r],
            [x + r, y],
            [x, y + r],
            [x - r, y],
          ])}
          fill={p.colour}
        />
      )
  }
}
