import { chartColours } from '@/charts/chart-theme'

/**
 * Colours of the valuation charts: CSS variables (defined in components/valuation/valuation.css,
 * light and dark), so the theme switch needs no re-render. The first series takes the main
 * chart's PE colour; red and green stay reserved for up and down moves.
 */
export const valuationColours = {
  series: [
    chartColours.pe,
    'var(--valuation-series-2)',
    'var(--valuation-series-3)',
    'var(--valuation-series-4)',
    'var(--valuation-series-5)',
    'var(--valuation-series-6)',
  ],
  mean: chartColours.mean,
  band1: chartColours.band,
  band2: 'var(--valuation-band-2)',
  outside: 'var(--valuation-outside)',
  handle: 'var(--accent)',
  extreme: chartColours.highlight,
  grid: chartColours.grid,
  axis: chartColours.axis,
  market: { HK: 'var(--valuation-hk)', A: 'var(--valuation-a)' },
} as const

/** The colour of the k-th series shown (cycles after six). */
export function seriesColour(k: number): string {
  const palette = valuationColours.series
  return palette[((k % palette.length) + palette.length) % palette.length] ?? chartColours.pe
}
