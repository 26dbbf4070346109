import type { ValuationMetric } from '@/domain/sector'
import type { SeriesSummary } from '@/domain/valuation-summary'
import { formatMultiple, type DisplayLanguage } from '@/format'
import type { Translate } from '@/i18n'
import { valuationSentence } from '@/components/summaries'
import { countsText } from '@/components/valuation/valuation-labels'
import type { SeriesView } from '@/components/valuation/use-valuation-data'

/** A summary with the series it belongs to (null while loading or unavailable). */
export interface SummarisedSeries {
  view: SeriesView
  summary: SeriesSummary | null
}

const summaries = new WeakMap<object, { from: string; summary: SeriesSummary }>()

/** `summarise(points, from)`, remembered per points array (they keep identity between renders). */
export function cachedSummary(
  points: SeriesView['points'],
  from: string,
  summarise: (points: NonNullable<SeriesView['points']>, from: string) => SeriesSummary,
): SeriesSummary | null {
  if (!points) return null
  const hit = summaries.get(points)
  if (hit && hit.from === from) return hit.summary
  const summary = summarise(points, from)
  summaries.set(points, { from, summary })
  return summary
}

/** Why the latest value of a series is not meaningful, by metric and kind. */
function notMeaningfulReason(view: SeriesView, metric: ValuationMetric, t: Translate): string {
  const sector = view.series.kind === 'sector'
  if (metric === 'pe')
    return sector ? t('no constituent is profitable') : t('loss-making: PE below zero')
  if (metric === 'pb') return t('negative book value')
  return t('no positive TTM revenue')
}

/**
 * The generated sentence of one series: `valuationSentence` when today's value is meaningful (plus
 * the constituent counts for a sector series); otherwise it says the value is not meaningful,
 * gives the last meaningful value, and points a PE reader to PS-TTM.
 */
export function seriesSentence(
  { view, summary }: SummarisedSeries,
  metric: ValuationMetric,
  windowStart: string,
  t: Translate,
  language: DisplayLanguage,
): string | null {
  if (!summary) return null
  const { stats, latest, currentIsLatest } = summary
  const { label } = view
  if (!latest) return t('{label}: no observation since {since}.', { label, since: windowStart })
  const counts = view.sector?.at(-1)
  const countNote = counts ? ` ${countsText(counts, metric, t)} (${counts.date}).` : ''
  if (stats && currentIsLatest)
    return `${valuationSentence(label, stats, windowStart, t, language)}${countNote}`
  const reason = notMeaningfulReason(view, metric, t)
  const head = t('{label} is not meaningful on {date} ({reason})', {
    label,
    date: latest.date,
    reason,
  })
  const last = stats
    ? t('; its last meaningful value was {value} on {date}', {
        value: formatMultiple(stats.current.value),
        date: stats.current.date,
      })
    : t('; it has no meaningful value since {since}', { since: windowStart })
  const pointer =
    metric === 'pe' ? ` ${t('PS-TTM is the meaningful multiple for loss-makers.')}` : ''
  return `${head}${last}.${pointer}${countNote}`
}
