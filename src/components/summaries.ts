import type { MoveSummary } from '@/domain/series'
import type { ValuationStats } from '@/domain/stats'
import type { DateRange } from '@/domain/types'
import {
  formatLongDate,
  formatMultiple,
  formatPercent,
  formatPercentile,
  formatSignedPercent,
  formatTimes,
} from '@/format'

/**
 * The valuation sentence, e.g. "HK biomedical PE-TTM 24.1 is 31% below its average since
 * 2018-01-01 (35.0), at the 18th percentile; the peak of 96.3 on 2021-02-17 is 4.0× today's level."
 */
export function valuationSentence(label: string, stats: ValuationStats, since: string): string {
  const { current, mean, currentVsMean, percentile, max, peakOverCurrent } = stats
  const relation =
    currentVsMean === null || Math.abs(currentVsMean) < 0.005
      ? `is in line with its average since ${since} (${formatMultiple(mean)})`
      : `is ${formatPercent(Math.abs(currentVsMean))} ${currentVsMean < 0 ? 'below' : 'above'} its average since ${since} (${formatMultiple(mean)})`
  const peak =
    max.date === current.date
      ? 'today is the peak of the window'
      : `the peak of ${formatMultiple(max.value)} on ${max.date} is ${formatTimes(peakOverCurrent)} today's level`
  return `${label} ${formatMultiple(current.value)} ${relation}, at the ${formatPercentile(percentile)} percentile; ${peak}.`
}

/** Text alternative for the moves chart: counts and extremes over the visible range. */
export function movesSentence(subject: string, range: DateRange, summary: MoveSummary): string {
  if (summary.sessions === 0)
    return `${subject}: no sessions with a move between ${range.from} and ${range.to}.`
  const parts = [
    `${subject}, ${formatLongDate(range.from)} to ${formatLongDate(range.to)}: ${summary.sessions} sessions, ${summary.up} up, ${summary.down} down`,
    `${formatSignedPercent(summary.cumulative)} compounded`,
  ]
  if (summary.largestRise)
    parts.push(
      `largest rise ${formatSignedPercent(summary.largestRise.value)} on ${formatLongDate(summary.largestRise.date)}`,
    )
  if (summary.largestFall)
    parts.push(
      `largest fall ${formatSignedPercent(summary.largestFall.value)} on ${formatLongDate(summary.largestFall.date)}`,
    )
  return `${parts.join('; ')}.`
}
