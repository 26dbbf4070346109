import type { CompareChartRow } from '@/charts/compare-chart'
import {
  alignOnUnion,
  dateExtent,
  rebaseFromFirstVisible,
  rebasedSummary,
  type Level,
  type RebasedSummary,
} from '@/domain/compare'
import { presetRange, type RangePreset } from '@/domain/ranges'
import type { ValuationStats } from '@/domain/stats'
import type { DateRange, IsoDate } from '@/domain/types'
import { formatLongDate, formatMultiple, formatSignedPercent } from '@/format'
import type { Translate } from '@/i18n'
import type { CompareLevels } from '@/queries/use-compare-data'
import type { Language } from '@/state/dashboard-store'

/** What the compare chart draws: the visible range, its rows, and each series' first and last. */
export interface CompareChartData {
  range: DateRange
  rows: CompareChartRow[]
  /** Per series, in the order compared; null for a series without a session in the range. */
  summaries: (RebasedSummary | null)[]
}

/**
 * The compared series and the sector PE aligned on the union of their sessions, cut to the preset
 * range (ending at the latest session of any series) and rebased at each series' first visible
 * session; null while no series has loaded or none has a session.
 */
export function compareChartData(
  series: readonly CompareLevels[],
  peLevels: readonly Level[],
  preset: RangePreset,
): CompareChartData | null {
  if (!series.some((entry) => entry.levels)) return null
  const n = series.length
  const aligned = alignOnUnion([...series.map((entry) => entry.levels ?? []), peLevels])
  const seriesRows = aligned.map((row) => ({ date: row.date, values: row.values.slice(0, n) }))
  const extent = dateExtent(seriesRows.filter((row) => row.values.some((v) => v !== null)))
  if (!extent) return null
  const range = presetRange(preset, extent.to, extent.from)
  const peByDate = new Map(aligned.map((row) => [row.date, row.values[n] ?? null]))
  const rows: CompareChartRow[] = rebaseFromFirstVisible(seriesRows, range).map((row) => ({
    date: row.date,
    values: row.values,
    pe: peByDate.get(row.date) ?? null,
  }))
  return { range, rows, summaries: series.map((_, k) => rebasedSummary(rows, k)) }
}

/** The chart's text alternative: the range, each series' change over it, and the sector PE. */
export function compareSummary({
  chart,
  mode,
  labels,
  peLabel,
  peStats,
  since,
  t,
  language,
}: {
  chart: CompareChartData
  mode: 'rebased' | 'percent'
  /** Each compared series' label, in the order compared. */
  labels: readonly string[]
  peLabel: string
  peStats: ValuationStats | null
  since: IsoDate
  t: Translate
  language: Language
}): string {
  const span = {
    from: formatLongDate(chart.range.from, language),
    to: formatLongDate(chart.range.to, language),
  }
  return (
    [
      mode === 'rebased'
        ? t('Each series = 100 at its first visible session, from {from} to {to}', span)
        : t('Change from each series’ first visible session, {from} to {to}', span),
      labels
        .map((label, k) => {
          const part = chart.summaries[k]
          return part
            ? `${label} ${formatSignedPercent(part.change)}`
            : `${label} ${t('no sessions in range')}`
        })
        .join('; '),
      peStats
        ? t('{label} {value} on {date}; mean since {since} {mean}', {
            label: peLabel,
            value: formatMultiple(peStats.current.value),
            date: formatLongDate(peStats.current.date, language),
            since,
            mean: formatMultiple(peStats.mean),
          })
        : t('Sector PE is not available for this range.'),
    ].join('. ') + '.'
  )
}
