import type { ReactNode } from 'react'
import type { ValuationStats } from '@/domain/stats'
import type { IsoDate } from '@/domain/types'
import { formatLongDate, formatPercentile, type DisplayLanguage } from '@/format'
import type { Translate } from '@/i18n'

/** One term of the strip, with its value and an optional explanation (its title). */
export interface StatItem {
  term: string
  value: ReactNode
  hint?: string
}

/**
 * A series' window statistics as a definition list under its chart: current value, mean, ±1σ band
 * and percentile, the highest and lowest values with their dates, then `extra` terms. `format`
 * writes a value (a multiple, a signed percentage).
 */
export function StatsStrip({
  label,
  stats,
  since,
  format,
  bandSeparator,
  extremeTerms,
  extra,
  t,
  language,
}: {
  label: string
  stats: ValuationStats
  since: IsoDate
  format: (value: number) => string
  /** Between the band's ends: `–` for multiples, ` … ` for signed percentages. */
  bandSeparator: string
  /** Terms of the highest and lowest values, e.g. Peak and Trough. */
  extremeTerms: readonly [high: string, low: string]
  extra: readonly StatItem[]
  t: Translate
  language: DisplayLanguage
}) {
  const dated = (value: number, date: IsoDate) => (
    <>
      {format(value)} <small>{formatLongDate(date, language)}</small>
    </>
  )
  const items: StatItem[] = [
    { term: t('Current'), value: dated(stats.current.value, stats.current.date) },
    { term: t('Mean since {since}', { since }), value: format(stats.mean) },
    {
      term: t('±1σ band'),
      value: `${format(stats.bands.minus1)}${bandSeparator}${format(stats.bands.plus1)}`,
    },
    {
      term: t('Percentile'),
      value: formatPercentile(stats.percentile, language),
      hint: t('Share of observations in the window at or below the current value'),
    },
    { term: extremeTerms[0], value: dated(stats.max.value, stats.max.date) },
    { term: extremeTerms[1], value: dated(stats.min.value, stats.min.date) },
    ...extra,
  ]
  return (
    <dl className="stat-strip" aria-label={label}>
      {items.map(({ term, value, hint }) => (
        <div key={term}>
          <dt title={hint}>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
