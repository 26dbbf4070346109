import { cnyPerUnit } from '@/domain/fx'
import type { FxHistory, IsoDate, IsoDateTime, Ticker } from '@/domain/types'
import { universe, type Listing } from '@/domain/universe'

/**
 * The A/H premium of dual-listed issuers: how much more (or less) the A-share costs than the
 * H-share, both in CNY.
 *
 *   premium = A price ÷ (H price × CNY per HKD) − 1
 *
 * A fraction: 0.35 = the A-share trades 35% above the H-share; −0.10 = 10% below (a discount).
 * A-shares are quoted in CNY, H-shares in HKD; the HKD rate is the PBoC central parity
 * (`cnyPerUnit`), carried forward over mainland holidays for at most 10 days.
 */

/** One A+H issuer: its Hong Kong (H) and Shanghai/Shenzhen (A) listing. */
export interface AhPair {
  issuerId: string
  h: Ticker
  a: Ticker
}

/**
 * The A+H pairs of the universe, in universe order of their H listings: Junshi 01877/688180,
 * RemeGen 09995/688331, BeiGene 06160/688235, Hengrui 01276/600276, WuXi AppTec 02359/603259.
 */
export function ahPairsOf(listings: readonly Listing[] = universe): AhPair[] {
  return listings.flatMap((listing) =>
    listing.market === 'HK' && listing.pair !== null
      ? [{ issuerId: listing.issuerId, h: listing.ticker, a: listing.pair }]
      : [],
  )
}

export const ahPairs: readonly AhPair[] = ahPairsOf()

/** The pair a listing belongs to (either side), or null for a single listing. */
export function pairOf(ticker: Ticker): AhPair | null {
  return ahPairs.find((pair) => pair.h === ticker || pair.a === ticker) ?? null
}

/**
 * A ÷ (H × CNY per HKD) − 1 as a fraction. null unless every input is finite and positive (a
 * missing or placeholder price, no usable rate) or when the result overflows.
 */
export function ahPremium(aPriceCny: number, hPriceHkd: number, cnyPerHkd: number): number | null {
  const usable = (value: number) => Number.isFinite(value) && value > 0
  if (!usable(aPriceCny) || !usable(hPriceHkd) || !usable(cnyPerHkd)) return null
  const premium = aPriceCny / (hPriceHkd * cnyPerHkd) - 1
  return Number.isFinite(premium) ? premium : null
}

/** One day of the premium history. */
export interface PremiumPoint {
  date: IsoDate
  /** A-share close, CNY. */
  aClose: number
  /** H-share close, HKD. */
  hClose: number
  /** CNY per HKD used for the day (the day's central parity or the last one before it). */
  cnyPerHkd: number
  /** Fraction: aClose ÷ (hClose × cnyPerHkd) − 1. */
  premium: number
}

/**
 * The daily A/H premium on every date on which BOTH listings closed, oldest first.
 *
 * - Closes may arrive in any order; of several on one date the last in input order wins; a close
 *   that is not finite and positive counts as no close.
 * - A date on which only one side traded (a mainland holiday on which Hong Kong trades, an HK
 *   holiday, a suspension of either listing) has no premium: it is left out, not carried forward.
 * - The rate is `cnyPerUnit(fx, 'HKD', date)`: that day's central parity, else the last one within
 *   10 calendar days before it. A date with no usable rate is left out.
 * - Forward-adjusted closes give a premium that is only comparable across days when both sides
 *   adjust the same way; the sample and the Eastmoney `fqt=1` bars do.
 */
export function ahPremiumHistory(
  aCloses: readonly { date: IsoDate; close: number }[],
  hCloses: readonly { date: IsoDate; close: number }[],
  fx: FxHistory,
): PremiumPoint[] {
  const closesByDate = (closes: readonly { date: IsoDate; close: number }[]) => {
    const byDate = new Map<IsoDate, number>()
    for (const { date, close } of closes) {
      if (Number.isFinite(close) && close > 0) byDate.set(date, close)
      else byDate.delete(date)
    }
    return byDate
  }
  const a = closesByDate(aCloses)
  const h = closesByDate(hCloses)
  const points: PremiumPoint[] = []
  for (const date of [...a.keys()].sort()) {
    const aClose = a.get(date)
    const hClose = h.get(date)
    if (aClose === undefined || hClose === undefined) continue
    const rate = cnyPerUnit(fx, 'HKD', date)
    if (rate === null) continue
    const premium = ahPremium(aClose, hClose, rate)
    if (premium !== null) points.push({ date, aClose, hClose, cnyPerHkd: rate, premium })
  }
  return points
}

/** The premium from the latest quotes of both sides. */
export interface SpotPremium {
  premium: number
  /** CNY per HKD used. */
  cnyPerHkd: number
  /** The exchange date (UTC+8) whose rate was used: the later of the two quotes' dates. */
  rateDate: IsoDate
}

/** `2025-02-26T16:08:00+08:00` → `2025-02-26` in exchange time (UTC+8); null if unreadable. */
function exchangeDate(instant: IsoDateTime): IsoDate | null {
  const ms = Date.parse(instant)
  return Number.isNaN(ms) ? null : new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10)
}

/**
 * The current premium from each side's latest quote (last price and its instant) and the latest
 * rate: `cnyPerUnit(fx, 'HKD', d)` for d = the later of the two quotes' exchange dates, so a
 * mainland holiday uses the last central parity before it (≤ 10 days old). The two prices may be
 * from different sessions (one market on holiday); that is what a spot premium means. null when a
 * price or the rate is unusable.
 */
export function spotPremium(
  a: { last: number; asOf: IsoDateTime },
  h: { last: number; asOf: IsoDateTime },
  fx: FxHistory,
): SpotPremium | null {
  const aDate = exchangeDate(a.asOf)
  const hDate = exchangeDate(h.asOf)
  if (aDate === null || hDate === null) return null
  const rateDate = aDate > hDate ? aDate : hDate
  const rate = cnyPerUnit(fx, 'HKD', rateDate)
  if (rate === null) return null
  const premium = ahPremium(a.last, h.last, rate)
  return premium === null ? null : { premium, cnyPerHkd: rate, rateDate }
}
