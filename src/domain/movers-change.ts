import { periodBaseDate, type MoverPeriod } from '@/domain/movers-sessions'
import { limitHit, priceLimitBp, type LimitHit } from '@/domain/price-limits'
import type { DailyBar, IsoDate, Market } from '@/domain/types'
import type { Listing } from '@/domain/universe'

/**
 * A listing's closes as a series, its change over a mover period, and whether it closed at its
 * daily limit on a session.
 */

// ---------------------------------------------------------------------------------------------
// Close series

/** A listing's usable forward-adjusted closes, ascending by date, one per date. */
export interface CloseSeries {
  dates: readonly IsoDate[]
  closes: readonly number[]
  /** Turnover of each session in the trading currency; null when the source gave none. */
  amounts: readonly (number | null)[]
}

/**
 * The closes of a list of bars in any order, cleaned as {@link computeDailyMoves} does: a bar
 * whose close is not a finite positive number is skipped, and of several bars on one date the last
 * in input order wins. A suspended session has no bar, so it has no entry either.
 */
export function closeSeries(bars: readonly DailyBar[]): CloseSeries {
  const byDate = new Map<IsoDate, DailyBar>()
  for (const bar of bars) {
    if (Number.isFinite(bar.close) && bar.close > 0) byDate.set(bar.date, bar)
  }
  const dates = [...byDate.keys()].sort()
  const sorted = dates.map((date) => byDate.get(date) as DailyBar)
  return {
    dates,
    closes: sorted.map((bar) => bar.close),
    amounts: sorted.map((bar) =>
      bar.amount !== null && Number.isFinite(bar.amount) && bar.amount >= 0 ? bar.amount : null,
    ),
  }
}

/** Index of the last date on or before `date` in an ascending list, −1 when there is none. */
export function lastIndexOnOrBefore(dates: readonly IsoDate[], date: IsoDate): number {
  let low = 0
  let high = dates.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((dates[middle] ?? '') <= date) low = middle + 1
    else high = middle
  }
  return low - 1
}

// ---------------------------------------------------------------------------------------------
// Period change

/**
 * - `ok`: a close in the period and a base close before it;
 * - `suspended`: no close printed after the base close up to the anchor (suspended through the
 *   period): the change is 0 but nothing traded;
 * - `too-young`: the listing's first close is after the base date (listed within the period);
 * - `no-data`: no close on or before the anchor (not listed yet, or no data).
 */
export type PeriodStatus = 'ok' | 'suspended' | 'too-young' | 'no-data'

export interface PeriodChange {
  status: PeriodStatus
  /** Date of the listing's last close on or before the anchor session. */
  session: IsoDate | null
  close: number | null
  /** Date and value of the close compared with. */
  baseSession: IsoDate | null
  baseClose: number | null
  /** Fraction: close / baseClose − 1; 0 when suspended; null when there is no base. */
  change: number | null
}

/**
 * A listing's change over `period` up to `anchor` (a session of its market, see
 * {@link anchorSession}), on forward-adjusted closes: the last close on or before the anchor
 * against the last close on or before {@link periodBaseDate}. Outside the calendar's coverage 1D
 * and 5D compare with the close 1 or 5 printed sessions earlier.
 */
export function periodChange(
  series: CloseSeries,
  period: MoverPeriod,
  market: Market,
  anchor: IsoDate,
): PeriodChange {
  const i = lastIndexOnOrBefore(series.dates, anchor)
  const session = series.dates[i]
  const close = series.closes[i]
  if (session === undefined || close === undefined) {
    return {
      status: 'no-data',
      session: null,
      close: null,
      baseSession: null,
      baseClose: null,
      change: null,
    }
  }
  const baseDate = periodBaseDate(period, market, anchor)
  const b =
    baseDate === null ? i - (period === '5D' ? 5 : 1) : lastIndexOnOrBefore(series.dates, baseDate)
  const baseSession = series.dates[b]
  const baseClose = series.closes[b]
  if (b < 0 || baseSession === undefined || baseClose === undefined) {
    return { status: 'too-young', session, close, baseSession: null, baseClose: null, change: null }
  }
  if (b >= i) return { status: 'suspended', session, close, baseSession, baseClose, change: 0 }
  const change = close / baseClose - 1
  return {
    status: Number.isFinite(change) ? 'ok' : 'no-data',
    session,
    close,
    baseSession,
    baseClose,
    change: Number.isFinite(change) ? change : null,
  }
}

// ---------------------------------------------------------------------------------------------
// Limit closes

/**
 * Whether the listing closed at its daily limit on `date` (A-shares; see price-limits.ts). Null
 * when it has no close that day, no previous close, or no limit applies (Hong Kong, the first
 * sessions of a new listing). The session number since listing counts the listing's closes when
 * the series starts on its listing date; a series that starts later is taken as long listed.
 *
 * Forward-adjusted history is rescaled at every later ex-date, so for sessions before an ex-date
 * the adjusted close may miss the limit price by a cent; the latest sessions are exact.
 */
export function limitOnSession(
  listing: Pick<Listing, 'board' | 'listingDate' | 'market'>,
  series: CloseSeries,
  date: IsoDate,
): LimitHit | null {
  if (listing.market !== 'A') return null
  const i = lastIndexOnOrBefore(series.dates, date)
  const close = series.closes[i]
  const previous = series.closes[i - 1]
  if (series.dates[i] !== date || close === undefined || previous === undefined) return null
  const session = series.dates[0] === listing.listingDate ? i + 1 : Number.POSITIVE_INFINITY
  return limitHit(close, previous, priceLimitBp(listing.board, listing.listingDate, date, session))
}
