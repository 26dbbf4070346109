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
  type DisplayLanguage,
} from '@/format'
import type { Translate } from '@/i18n'

/**
 * The valuation sentence, e.g. "HK biomedical PE-TTM 24.1 is 31% below its average since
 * 2018-01-01 (35.0), at the 18th percentile; the peak of 96.3 on 2021-02-17 is 4.0× today's level."
 */
export function valuationSentence(
  label: string,
  stats: ValuationStats,
  since: string,
  t: Translate,
  language: DisplayLanguage = 'en',
): string {
  const { current, mean, currentVsMean, percentile, max, peakOverCurrent } = stats
  const values = {
    label,
    value: formatMultiple(current.value),
    since,
    mean: formatMultiple(mean),
    gap: formatPercent(Math.abs(currentVsMean ?? 0)),
    percentile: formatPercentile(percentile, language),
    peak: formatMultiple(max.value),
    peakDate: max.date,
    times: formatTimes(peakOverCurrent),
  }
  const level =
    currentVsMean === null || Math.abs(currentVsMean) < 0.005
      ? t(
          '{label} {value} is in line with its average since {since} ({mean}), at the {percentile} percentile',
          values,
        )
      : currentVsMean < 0
        ? t(
            '{label} {value} is {gap} below its average since {since} ({mean}), at the {percentile} percentile',
            values,
          )
        : t(
            '{label} {value} is {gap} above its average since {since} ({mean}), at the {percentile} percentile',
            values,
          )
  const peak =
    max.date === current.date
      ? t('today is the peak of the window', values)
      : t("the peak of {peak} on {peakDate} is {times} today's level", values)
  return `${level}; ${peak}.`
}

/** Text alternative for the moves chart: counts and extremes over the visible range. */
export function movesSentence(
  subject: string,
  range: DateRange,
  summary: MoveSummary,
  t: Translate,
  language: DisplayLanguage = 'en',
): string {
  const from = formatLongDate(range.from, language)
  const to = formatLongDate(range.to, language)
  if (summary.sessions === 0)
    return t('{subject}: no sessions with a move between {from} and {to}.', { subject, from, to })
  const parts = [
    t('{subject}, {from} to {to}: {sessions} sessions, {up} up, {down} down', {
      subject,
      from,
      to,
      sessions: summary.sessions,
      up: summary.up,
      down: summary.down,
    }),
    t('{change} compounded', { change: formatSignedPercent(summary.cumulative) }),
  ]
  if (summary.largestRise)
    parts.push(
      t('largest rise {change} on {date}', {
        change: formatSignedPercent(summary.largestRise.value),
        date: formatLongDate(summary.largestRise.date, language),
      }),
    )
  if (summary.largestFall)
    parts.push(
      t('largest fall {change} on {date}', {
        change: formatSignedPercent(summary.largestFall.value),
        date: formatLongDate(summary.largestFall.date, language),
      }),
    )
  return `${parts.join('; ')}.`
}
