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
