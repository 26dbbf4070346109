import type { Basket } from '@/domain/sector'
import { marketOf } from '@/domain/tickers'
import { findListing } from '@/domain/universe'
import type { Translate } from '@/i18n'
import type { Selection, View } from '@/state/dashboard-store'

export const basketLabels: Record<Basket, string> = {
  HK: 'HK biomedical',
  A: 'A-share biomedical',
  ALL: 'HK + A biomedical',
}

/** The basket whose PE accompanies a selection: a listing's own market, or the chosen basket. */
export function valuationBasketOf(selection: Selection): Basket {
  return selection.kind === 'basket' ? selection.basket : marketOf(selection.ticker)
}

/** `Henlius 复宏汉霖 (02696.HK)` or `HK biomedical basket (cap-weighted)`. */
export function selectionLabel(selection: Selection, t: Translate): string {
  if (selection.kind === 'basket')
    return t('{basket} basket (cap-weighted)', { basket: t(basketLabels[selection.basket]) })
  const listing = findListing(selection.ticker)
  return listing ? `${listing.nameEn} ${listing.nameZh} (${listing.ticker})` : selection.ticker
}

/** DOM id of the main chart panel (news items scroll it into view when they mark a session). */
export const mainChartId = 'main-chart'

export const viewLabels: Record<View, string> = {
  dashboard: 'Dashboard',
  valuation: 'Valuation',
  movers: 'Movers',
  compare: 'Compare',
}
