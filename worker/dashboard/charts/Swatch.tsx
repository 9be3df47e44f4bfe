import { MarkerShape } from './MarkerShape.tsx'
import type { Marker } from './palette.ts'

/** A small colour key beside a legend entry; decorative, the entry's text says what it is. */
export function Swatch({ colour, marker }: { colour: string; marker?: Marker }) {
  return (
    <svg class='swatch' width='14' height='14' viewBox='0 0 14 14' aria-hidden='true'>
      {marker ? (
        <MarkerShape marker={marker} x={7} y={7} size={6} colour={colour} />
      ) : (
        <rect width='14' height='14' fill={colour} />
      )}
    </svg>
  )
}
