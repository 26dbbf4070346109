import type { PeMethod, SectorValuationPoint, ValuationMetric } from '@/domain/sector'
import { findReferenceIndex } from '@/domain/index-valuation'
import { marketOf } from '@/domain/tickers'
import type { Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'
import type { Translate } from '@/i18n'
import { basketLabels } from '@/components/labels'
import type { ParsedSeries } from '@/state/valuation-store'

/** How each metric is written in the UI (not translated: the abbreviations are used in Chinese too). */
export const metricLabels: Record<ValuationMetric, string> = {
  pe: 'PE-TTM',
  pb: 'PB',
  ps: 'PS-TTM',
}

/** Method names shown on the switch. */
export const methodLabels: Record<PeMethod, string> = {
  aggregate: 'Aggregate',
  median: 'Median',
  harmonic: 'Harmonic',
}

/** One line per method: how the constituents combine, for the chosen metric. */
export function methodExplanation(method: PeMethod, metric: ValuationMetric, t: Translate): string {
  const what = t(denominators[metric])
  if (method === 'aggregate')
    return t(
      'Σ market cap ÷ Σ {what}, both in CNY at the day’s rate: the sector as one company, big caps weigh more.',
      { what },
    )
  if (method === 'median')
    return t('The middle constituent’s multiple: one outlier cannot move it.')
  return t(
    'n ÷ Σ (1 ÷ multiple): the inverse of the average {what} yield, every company weighted equally.',
    { what },
  )
}

const denominators: Record<ValuationMetric, string> = {
  pe: 'TTM net profit',
  pb: 'book value',
  ps: 'TTM revenue',
}

/** Why a constituent is excluded under each metric. */
export function exclusionNote(metric: ValuationMetric, t: Translate): string {
  if (metric === 'pe') return t('Loss-makers (PE below zero) are excluded and counted.')
  if (metric === 'pb') return t('Companies with negative book value are excluded and counted.')
  return t('Companies without positive TTM revenue are excluded and counted.')
}

/** "9 of 11 used, 2 loss-makers excluded" (PE) or "… 2 not meaningful excluded" (PB, PS). */
export function countsText(
  point: Pick<SectorValuationPoint, 'constituents' | 'used' | 'lossMakers'>,
  metric: ValuationMetric,
  t: Translate,
): string {
  const values = { used: point.used, constituents: point.constituents, excluded: point.lossMakers }
  return metric === 'pe'
    ? t('{used} of {constituents} used, {excluded} loss-makers excluded', values)
    : t('{used} of {constituents} used, {excluded} not meaningful excluded', values)
}

/** The company's name and ticker: `Henlius 复宏汉霖 (02696.HK)`. */
export function listingName(ticker: Ticker): string {
  const listing = findListing(ticker)
  return listing ? `${listing.nameEn} ${listing.nameZh} (${ticker})` : ticker
}

/** The series' name as shown in the legend, the table and the sentences. */
export function seriesLabel(
  series: ParsedSeries,
  metric: ValuationMetric,
  t: Translate,
  importedName?: string,
): string {
  const m = metricLabels[metric]
  switch (series.kind) {
    case 'sector':
      return `${t(basketLabels[series.basket])} ${m}`
    case 'company':
      return `${listingName(series.ticker)} ${m}`
    case 'index': {
      const index = findReferenceIndex(series.code)
      return t('{name} ({code}) PE-TTM, published by CSI', {
        code: series.code,
        name: t(index?.nameEn ?? 'CSI index'),
      })
    }
    case 'imported':
      return importedName ?? t('Imported series {id}', { id: series.importId })
  }
}

/** Who computed the series, and how (one line). */
export function seriesMethod(
  series: ParsedSeries,
  metric: ValuationMetric,
  method: PeMethod,
  t: Translate,
): string {
  switch (series.kind) {
    case 'sector':
      return t('Biopulse, {method}', { method: t(methodLabels[method]).toLowerCase() })
    case 'company':
      return marketOf(series.ticker) === 'HK'
        ? metric === 'ps'
          ? t('Baidu market cap ÷ TTM revenue from Eastmoney HK results (computed)')
          : t('Baidu 股市通 (unverified in live mode)')
        : t('Eastmoney datacenter, as published')
    case 'index':
      return t('China Securities Index, its own constituents and method')
    case 'imported':
      return t('Imported file, not checked by Biopulse')
  }
}
