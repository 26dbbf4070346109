/**
 * Colours shared by every chart. Up/down colours follow the user's convention: red-up/green-down
 * (the Hong Kong and mainland default) or green-up/red-down. Values are CSS variables defined in
 * app/styles.css, so light and dark themes and the convention switch need no re-render logic.
 */
export const chartColours = {
  up: 'var(--up)',
  down: 'var(--down)',
  pe: 'var(--series-pe)',
  mean: 'var(--series-mean)',
  band: 'var(--series-band)',
  grid: 'var(--grid)',
  axis: 'var(--text-muted)',
  highlight: 'var(--highlight)',
} as const

/** A stable, empty vertical-grid generator: recharts' default measures every x label (slow). */
export function noVerticalLines(): number[] {
  return []
}

/** Tick text of every axis (one object: recharts sees an unchanged prop on a re-render). */
export const axisTick = { fill: chartColours.axis, fontSize: 11 } as const
/** The x axis line. */
export const axisLine = { stroke: chartColours.grid } as const
/** The crosshair of the time charts: a dashed vertical line. */
export const lineCursor = { stroke: chartColours.axis, strokeDasharray: '3 3' } as const

/** Every time line: straight segments, no dots, a small dot under the crosshair, no animation. */
export const lineDefaults = {
  type: 'linear',
  dot: false,
  activeDot: { r: 3 },
  isAnimationActive: false,
} as const

/** An axis label for a change in percent: `+12.5%`, `−3%`, `0%` (a typographic minus). */
export function signedPercentLabel(percent: number): string {
  const rounded = Number(percent.toPrecision(10))
  const text = rounded.toLocaleString('en-US', { maximumFractionDigits: 1 })
  return `${rounded > 0 ? '+' : ''}${text.replace('-', '−')}%`
}
