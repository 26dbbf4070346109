import type { MoversMarket } from '@/state/movers-store'
import type { ClosureReason } from '@/domain/calendar'
import type { SessionTiming } from '@/domain/news-sessions'
import type { Market } from '@/domain/types'
import type { Listing } from '@/domain/universe'
import type { Translate } from '@/i18n'
import type { Language } from '@/state/dashboard-store'

/** Which listings the movers view shows. */
export type MarketFilter = MoversMarket

export const marketFilterLabels: Record<MarketFilter, string> = {
  ALL: 'HK + A',
  HK: 'HK',
  A: 'A-shares',
}

/** Exchange names for closure messages. */
export const exchangeLabels: Record<Market, string> = { HK: 'HKEX', A: 'SSE/SZSE' }

export function closureText(reason: ClosureReason, t: Translate): string {
  if (reason === 'weekend') return t('weekend')
  if (reason === 'weather') return t('severe weather (typhoon signal No. 8 or black rainstorm)')
  return t('public holiday')
}

export function timingText(timing: SessionTiming, t: Translate): string {
  switch (timing) {
    case 'after-previous-close':
      return t('after the previous close')
    case 'pre-open':
      return t('before the open')
    case 'morning':
      return t('during the morning session')
    case 'lunch-break':
      return t('during the lunch break')
    case 'afternoon':
      return t('during the afternoon session')
  }
}

/** The listing's short name in the UI language. */
export function listingName(listing: Listing, language: Language): string {
  return language === 'zh' ? listing.nameZh : listing.nameEn
}

/** A contribution in percentage points: `+1.23 pp`. */
export function formatPoints(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return '—'
  const points = fraction * 100
  const text = Math.abs(points).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })
  if (text === '0.00') return '0.00 pp'
  return `${points > 0 ? '+' : '−'}${text} pp`
}

/** A weight with one decimal: `12.3%`. */
export function formatWeight(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return '—'
  return `${(fraction * 100).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`
}
