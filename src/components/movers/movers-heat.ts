import type { HeatGroup, HeatTile } from '@/charts/movers-heat-map'
import type { MoverPeriod, MoverRow } from '@/domain/movers'
import type { Market } from '@/domain/types'
import { formatCompact, formatSignedPercent } from '@/format'
import type { Translate } from '@/i18n'
import type { Language } from '@/state/dashboard-store'
import { listingName } from '@/components/movers/movers-labels'

const groupLabels: Record<Market, string> = { HK: 'Hong Kong', A: 'A-shares' }

/** "Henlius 02696.HK +19.84%", or the reason there is no change. */
function changeText(row: MoverRow, period: MoverPeriod, t: Translate): string {
  if (row.status === 'ok') return formatSignedPercent(row.change)
  if (row.status === 'suspended') return t('suspended')
  if (row.status === 'too-young') return t('listed within {period}', { period })
  return t('no data')
}

/** The heat map's tiles, grouped by market: area = market cap in CNY, colour = change. */
export function heatGroups(
  rows: readonly MoverRow[],
  period: MoverPeriod,
  t: Translate,
  language: Language,
): HeatGroup[] {
  return (['HK', 'A'] as const).map((market) => ({
    id: market,
    label: `${t(groupLabels[market])} · ${formatCompact(
      rows
        .filter((row) => row.listing.market === market)
        .reduce((sum, row) => sum + (row.marketCapCny ?? 0), 0),
      'CNY',
      language,
    )}`,
    tiles: rows.flatMap((row): HeatTile[] => {
      const { listing } = row
      if (listing.market !== market || row.marketCapCny === null || row.marketCapCny <= 0) return []
      const name = listingName(listing, language)
      const change = changeText(row, period, t)
      return [
        {
          ticker: listing.ticker,
          name,
          code: listing.ticker,
          size: row.marketCapCny,
          change: row.status === 'ok' ? row.change : null,
          label: `${name} ${listing.ticker} ${change}`,
          title: `${listing.nameEn} ${listing.nameZh} (${listing.ticker})\n${t('Chg {period}', { period })}: ${change}\n${t('Mkt cap')}: ${formatCompact(row.marketCapCny, 'CNY', language)}`,
        },
      ]
    }),
  }))
}

/** Text alternative of the heat map: the largest tiles and the largest movers. */
export function heatSummary(rows: readonly MoverRow[], t: Translate, language: Language): string {
  const named = (row: MoverRow) => listingName(row.listing, language)
  const bySize = rows
    .filter((row) => row.marketCapCny !== null)
    .sort((a, b) => (b.marketCapCny ?? 0) - (a.marketCapCny ?? 0))
    .slice(0, 3)
    .map((row) => `${named(row)} (${formatCompact(row.marketCapCny, 'CNY', language)})`)
  const moved = rows.filter((row) => row.status === 'ok' && row.change !== null)
  const rises = moved
    .filter((row) => (row.change ?? 0) > 0)
    .sort((a, b) => (b.change ?? 0) - (a.change ?? 0))
    .slice(0, 3)
  const falls = moved
    .filter((row) => (row.change ?? 0) < 0)
    .sort((a, b) => (a.change ?? 0) - (b.change ?? 0))
    .slice(0, 3)
  const list = (part: MoverRow[]) =>
    part.map((row) => `${named(row)} ${formatSignedPercent(row.change)}`).join(', ')
  const parts = [t('Largest tiles: {list}.', { list: bySize.join(', ') })]
  parts.push(rises.length ? t('Largest rises: {list}.', { list: list(rises) }) : t('No rises.'))
  parts.push(falls.length ? t('Largest falls: {list}.', { list: list(falls) }) : t('No falls.'))
  return parts.join(' ')
}
