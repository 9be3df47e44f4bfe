/**
 * Colours of the charts. Each has at least 3:1 contrast against white (WCAG 1.4.11), and
 * no chart relies on colour alone: stacked segments come in scale order with a legend table,
 * and trend series also differ by marker shape.
 */
export const likertColours: Record<string, string> = {
  '1': '#942514',
  '2': '#d4351c',
  '3': '#6f777b',
  '4': '#2b6cb0',
  '5': '#0b2f5b',
  none: '#8c8c8c',
}

export const ink = '#0b0c0c'
export const barColour = '#1d4f91'
export const trackColour = '#b1b4b6'

export type Marker = 'circle' | 'square' | 'triangle' | 'diamond'

export const seriesStyles: { colour: string; marker: Marker }[] = [
  { colour: '#1d4f91', marker: 'circle' },
  { colour: '#b10e1e', marker: 'square' },
  { colour: '#00703c', marker: 'triangle' },
  { colour: '#6f3d8f', marker: 'diamond' },
  { colour: '#7a4a00', marker: 'circle' },
  { colour: '#0b0c0c', marker: 'square' },
]

export const seriesStyle = (i: number) => seriesStyles[i % seriesStyles.length]
