import type { BandChartLabels, BandSeries } from '@/charts/valuation-band-chart'
import type { IsoDate } from '@/domain/types'
import type { ValuationRow } from '@/domain/valuation-rows'
import { formatLongDate, formatMultiple } from '@/format'

/** The key under the chart: one swatch per series, then the mean, the bands and the dimmed part. */
export function BandLegend({
  series,
  primary,
  hasStats,
  dimmed,
  labels,
}: {
  series: readonly BandSeries[]
  primary: number | null
  hasStats: boolean
  dimmed: boolean
  labels: BandChartLabels
}) {
  return (
    <ul className="chart-legend">
      {series.map((line, k) => (
        <li key={`${k}-${line.label}`} className={k === primary ? 'legend-primary' : undefined}>
          <span
            className={`legend-line legend-${line.style}`}
            style={{ borderColor: line.colour }}
            aria-hidden="true"
          />
          {line.label}
        </li>
      ))}
      {hasStats && (
        <>
          <li>
            <span className="legend-line legend-dashed legend-mean" aria-hidden="true" />
            {labels.mean}
          </li>
          <li>
            <span className="legend-swatch legend-band1" aria-hidden="true" />
            {labels.band1}
          </li>
          <li>
            <span className="legend-swatch legend-band2" aria-hidden="true" />
            {labels.band2}
          </li>
        </>
      )}
      {dimmed && (
        <li>
          <span className="legend-swatch legend-outside" aria-hidden="true" />
          {labels.outside}
        </li>
      )}
    </ul>
  )
}

/** Tooltip body: the date and every series' value that day (exported for tests). */
export function ValuationTooltip({
  active,
  row,
  series,
  labels,
  tooltipNote,
}: {
  active: boolean | undefined
  row: ValuationRow | undefined
  series: readonly BandSeries[]
  labels: Pick<BandChartLabels, 'notMeaningful' | 'noSession'>
  tooltipNote?: ((k: number, date: IsoDate) => string | null) | undefined
}) {
  if (!active || !row) return null
  return (
    <div className="chart-tooltip valuation-tooltip" role="status">
      <div className="chart-tooltip-date">{formatLongDate(row.date)}</div>
      {series.map((line, k) => {
        const value = row.values[k]
        const present = row.present[k] ?? false
        const note = present ? (tooltipNote?.(k, row.date) ?? null) : null
        return (
          <div key={`${k}-${line.label}`} className="valuation-tooltip-row">
            <span className="legend-dot" style={{ background: line.colour }} aria-hidden="true" />
            {line.label}:{' '}
            <strong>
              {value !== null && value !== undefined
                ? formatMultiple(value)
                : present
                  ? labels.notMeaningful
                  : labels.noSession}
            </strong>
            {note && <div className="valuation-tooltip-note">{note}</div>}
          </div>
        )
      })}
    </div>
  )
}
