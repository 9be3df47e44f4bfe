export interface Segment {
  label: string
  count: number
  colour: string
}

/**
 * One horizontal bar split into the shares of each option, in scale order. It stretches to
 * the width of the page; white gaps keep neighbouring segments apart. The counts are in the
 * table beside it, so the bar carries no text.
 */
export function StackedBar({ label, segments }: { label: string; segments: Segment[] }) {
  const total = segments.reduce((a, s) => a + s.count, 0)
  let start = 0
  const rects = segments.map((s) => {
    const width = total ? (s.count / total) * 100 : 0
    const rect = { x: start, width, colour: s.colour, label: s.label }
    start += width
    return rect
  })
  return (
    <svg
      class='chart chart-stack'
      role='img'
      aria-label={label}
      viewBox='0 0 100 10'
      preserveAspectRatio='none'
    >
      <title>{label}</title>
      {rects
        .filter((r) => r.width > 0)
        .map((r) => (
          <rect
            x={r.x}
            y={0}
            width={r.width}
            height={10}
            fill={r.colour}
            stroke='#fff'
            stroke-width={2}
            vector-effect='non-scaling-stroke'
          />
        ))}
    </svg>
  )
}
