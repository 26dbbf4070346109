import { isBasket, type CompareSeriesId } from '@/domain/compare'
import type { AhPair } from '@/domain/premium'
import { tickerCode } from '@/domain/tickers'
import { findListing } from '@/domain/universe'
import type { DisplayLanguage } from '@/format'
import type { Translate } from '@/i18n'
import { basketLabels } from '@/components/labels'

/**
 * How a compared series is named. `label` is the short name in the UI language, used in the chart,
 * its summary and messages (`BeiGene 688235.SH`, `百济神州 688235.SH`, `HK biomedical`); the legend
 * shows both names (`nameZh` and `detail`, e.g. `BeiGene 688235.SH`), as the watchlist does.
 */
export function seriesNames(
  id: CompareSeriesId,
  t: Translate,
  language: DisplayLanguage,
): { label: string; nameZh: string | null; detail: string } {
  if (isBasket(id)) {
    const label = t(basketLabels[id])
    return { label, nameZh: null, detail: label }
  }
  const listing = findListing(id)
  const name = (language === 'zh' ? listing?.nameZh : listing?.nameEn) ?? id
  return {
    label: `${name} ${id}`,
    nameZh: listing?.nameZh ?? null,
    detail: `${listing?.nameEn ?? id} ${id}`,
  }
}

/** The issuer's name in the UI language: `BeiGene`, `百济神州`. */
export function issuerName(pair: AhPair, language: DisplayLanguage): string {
  const listing = findListing(pair.h)
  return (language === 'zh' ? listing?.nameZh : listing?.nameEn) ?? pair.issuerId
}

/** `BeiGene 06160 / 688235` (`百济神州 06160 / 688235`). */
export function pairLabel(pair: AhPair, language: DisplayLanguage): string {
  return `${issuerName(pair, language)} ${tickerCode(pair.h)} / ${tickerCode(pair.a)}`
}
