import { barColour, trackColour } from './palette.ts'

/** A bar for one row of a table: `share` (0–1) of the full width, on a light track. */
export function RowBar({ label, share }: { label: string; share: number }) {
  const width = Math.max(0, Math.min(1, share)) * 100
  return (
    <svg
      class='chart-row'
      role='img'
      aria-label={label}
      viewBox='0 0 100 10'
      preserveAspectRatio='none'
    >
      <title>{label}</title>
      <rect x={0} y={4} width={100} height={2} fill={trackColour} />
      {width > 0 ? <rect x={0} y={0} width={width} height={10} fill={barColour} /> : null}
    </svg>
  )
}
