import { isTradingDay, nextTradingDay, previousTradingDay } from '@/domain/calendar'
import { calendarDay, cnyPerUnit } from '@/domain/fx'
import { limitHit, priceLimitBp, type LimitHit } from '@/domain/price-limits'
import { subtractMonths } from '@/domain/ranges'
import { maxCapCarryDays } from '@/domain/sector'
import type { DailyBar, FxHistory, IsoDate, Market } from '@/domain/types'
import type { Listing } from '@/domain/universe'

/**
 * Sector movers: each listing's change over a period ending on an "as of" session, the breadth of
 * the basket (advancers, decliners, limit closes) and the ordering of the movers table.
 */

/** Periods of the movers table and heat map. */
export const moverPeriods = ['1D', '5D', '1M', '3M', 'YTD', '1Y'] as const
export type MoverPeriod = (typeof moverPeriods)[number]

export function isMoverPeriod(value: unknown): value is MoverPeriod {
  return typeof value === 'string' && (moverPeriods as readonly string[]).includes(value)
}

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
// Sessions

/**
 * The session a market's figures are "as of" for a chosen date: the date itself when the market
 * trades that day, else its last trading day before (so on an HKEX holiday the HK rows show the
 * last HK session). A date outside the calendar's coverage is taken as it is.
 */
export function anchorSession(market: Market, asOf: IsoDate): IsoDate {
  try {
    return isTradingDay(market, asOf) ? asOf : previousTradingDay(market, asOf)
  } catch {
    return asOf
  }
}

/** The market's trading day `n` sessions before `date`; null outside the calendar. */
function sessionsBefore(market: Market, date: IsoDate, n: number): IsoDate | null {
  try {
    let day = date
    for (let i = 0; i < n; i += 1) day = previousTradingDay(market, day)
    return day
  } catch {
    return null
  }
}

const periodMonths: Partial<Record<MoverPeriod, number>> = { '1M': 1, '3M': 3, '1Y': 12 }

/**
 * The date a period change compares with: the change is measured against the last close on or
 * before it.
 *
 * - `1D`: the market's previous trading day (so the base is the previous printed close);
 * - `5D`: the market's trading day 5 sessions earlier;
 * - `1M`, `3M`, `1Y`: the same calendar date that many months earlier, clamped to the end of a
 *   shorter month (2025-03-31 − 1M = 2025-02-28);
 * - `YTD`: 31 December of the previous year (the base is the last close of that year).
 *
 * Null for 1D and 5D when the calendar does not cover the dates (callers then count printed
 * sessions instead).
 */
export function periodBaseDate(
  period: MoverPeriod,
  market: Market,
  anchor: IsoDate,
): IsoDate | null {
  if (period === '1D') return sessionsBefore(market, anchor, 1)
  if (period === '5D') return sessionsBefore(market, anchor, 5)
  if (period === 'YTD') return `${String(Number(anchor.slice(0, 4)) - 1).padStart(4, '0')}-12-31`
  return subtractMonths(anchor, periodMonths[period] ?? 12)
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

// ---------------------------------------------------------------------------------------------
// Movers rows

/** One listing's inputs: its listing, closes and market caps (trading currency, any order). */
export interface MoverInput {
  listing: Listing
  series: CloseSeries
  caps: readonly { date: IsoDate; marketCap: number }[]
}

export interface MoverRow extends PeriodChange {
  listing: Listing
  /** The session of the listing's market the row is as of ({@link anchorSession}). */
  anchor: IsoDate
  /** Market cap at the row's last close, trading currency; null when none is within 10 days. */
  marketCap: number | null
  /** The same in CNY at the cap's date. */
  marketCapCny: number | null
  /** Turnover on the anchor session, trading currency; null when it did not trade that day. */
  turnover: number | null
  /** Limit close on the anchor session (A-shares), whatever the period. */
  limit: LimitHit | null
}

function capAt(
  caps: MoverInput['caps'],
  session: IsoDate,
): { date: IsoDate; marketCap: number } | null {
  let best: { date: IsoDate; marketCap: number } | null = null
  for (const cap of caps) {
    if (!(Number.isFinite(cap.marketCap) && cap.marketCap > 0) || cap.date > session) continue
    if (best === null || cap.date >= best.date) best = cap
  }
  if (best === null) return null
  const age = (calendarDay(session) ?? Number.NaN) - (calendarDay(best.date) ?? Number.NaN)
  return age <= maxCapCarryDays ? best : null
}

/**
 * The movers table: one row per input, as of `asOf` (each market anchored at its last session on or
 * before it), with the period change, the market cap at the row's last close (carried at most
 * {@link maxCapCarryDays} calendar days, converted to CNY at the cap's date), the anchor session's
 * turnover and the anchor session's limit close. Rows keep input order.
 */
export function moverRows(
  inputs: readonly MoverInput[],
  period: MoverPeriod,
  asOf: IsoDate,
  fx: FxHistory,
): MoverRow[] {
  const anchors: Record<Market, IsoDate> = {
    HK: anchorSession('HK', asOf),
    A: anchorSession('A', asOf),
  }
  return inputs.map(({ listing, series, caps }) => {
    const anchor = anchors[listing.market]
    const change = periodChange(series, period, listing.market, anchor)
    const cap = change.session === null ? null : capAt(caps, change.session)
    const rate = cap === null ? null : cnyPerUnit(fx, listing.currency, cap.date)
    // A cap near the largest double times a rate above 1 overflows, a tiny one underflows to 0:
    // no CNY figure then.
    const capCny = cap !== null && rate !== null ? cap.marketCap * rate : null
    const i = lastIndexOnOrBefore(series.dates, anchor)
    return {
      ...change,
      listing,
      anchor,
      marketCap: cap?.marketCap ?? null,
      marketCapCny: capCny !== null && Number.isFinite(capCny) && capCny > 0 ? capCny : null,
      turnover: series.dates[i] === anchor ? (series.amounts[i] ?? null) : null,
      limit: limitOnSession(listing, series, anchor),
    }
  })
}

// ---------------------------------------------------------------------------------------------
// Breadth

export interface Breadth {
  /** Rows with a change (status `ok`) above, below and at zero. */
  advancers: number
  decliners: number
  unchanged: number
  /** Rows suspended through the period (not counted above). */
  suspended: number
  /** Rows without a change: listed within the period, or no data. */
  unavailable: number
  /** A-share rows that closed at the limit on their anchor session. */
  limitUp: number
  limitDown: number
}

/** Advancers, decliners and unchanged over the period; limit-up and limit-down closes. */
export function breadth(rows: readonly Pick<MoverRow, 'status' | 'change' | 'limit'>[]): Breadth {
  const result: Breadth = {
    advancers: 0,
    decliners: 0,
    unchanged: 0,
    suspended: 0,
    unavailable: 0,
    limitUp: 0,
    limitDown: 0,
  }
  for (const row of rows) {
    if (row.status === 'ok' && row.change !== null) {
      if (row.change > 0) result.advancers += 1
      else if (row.change < 0) result.decliners += 1
      else result.unchanged += 1
    } else if (row.status === 'suspended') result.suspended += 1
    else result.unavailable += 1
    if (row.limit === 'up') result.limitUp += 1
    if (row.limit === 'down') result.limitDown += 1
  }
  return result
}

/** The shown listings' change over the period as one basket. */
export interface BasketChange {
  /**
   * Σ cap now ÷ Σ cap at the base − 1, the base cap being cap ÷ (1 + change): a buy-and-hold basket
   * weighted by CNY market cap at the start of the period (constant share counts assumed).
   */
  capWeighted: number
  /** Plain mean of the changes. */
  equalWeighted: number
  /** Listings in both figures: status `ok` with a CNY market cap. */
  constituents: number
}

/**
 * The basket change of the rows with a change and a CNY market cap; null when there are none.
 * Over 1D it is the cap-weighted move with weights at the previous close, as in `sector.ts`.
 */
export function basketChange(
  rows: readonly Pick<MoverRow, 'status' | 'change' | 'marketCapCny'>[],
): BasketChange | null {
  let now = 0
  let base = 0
  let sum = 0
  let n = 0
  for (const row of rows) {
    if (row.status !== 'ok' || row.change === null || row.marketCapCny === null) continue
    if (!(row.marketCapCny > 0) || !(row.change > -1)) continue
    now += row.marketCapCny
    base += row.marketCapCny / (1 + row.change)
    sum += row.change
    n += 1
  }
  if (n === 0 || !Number.isFinite(now / base) || !Number.isFinite(sum / n)) return null
  return { capWeighted: now / base - 1, equalWeighted: sum / n, constituents: n }
}

// ---------------------------------------------------------------------------------------------
// Ordering

export type MoverSortKey = 'name' | 'code' | 'last' | 'change' | 'marketCap' | 'turnover'
export type SortDirection = 'ascending' | 'descending'

function sortValue(row: MoverRow, key: MoverSortKey): number | string | null {
  switch (key) {
    case 'name':
      return row.listing.nameEn
    case 'code':
      return row.listing.ticker
    case 'last':
      return row.close
    case 'change':
      return row.status === 'ok' ? row.change : null
    case 'marketCap':
      return row.marketCapCny
    case 'turnover':
      return row.turnover
  }
}

/**
 * The rows ordered by a column. Market cap sorts by its CNY value (comparable across markets);
 * turnover in the trading currency. Rows without a value (a change that is not `ok`, a missing
 * cap) go last in both directions; ties keep input order.
 */
export function sortMovers(
  rows: readonly MoverRow[],
  key: MoverSortKey,
  direction: SortDirection,
): MoverRow[] {
  const sign = direction === 'ascending' ? 1 : -1
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index
        return a.value === null ? 1 : -1
      }
      const order =
        typeof a.value === 'string' || typeof b.value === 'string'
          ? String(a.value).localeCompare(String(b.value))
          : a.value - b.value
      return order !== 0 ? sign * order : a.index - b.index
    })
    .map(({ row }) => row)
}

/**
 * The nearest session of either market after (`step` 1) or before (`step` −1) `date`, which need
 * not be a trading day; null when neither calendar covers one.
 */
export function adjacentSession(date: IsoDate, step: 1 | -1): IsoDate | null {
  const found: IsoDate[] = []
  for (const market of ['HK', 'A'] as const) {
    try {
      found.push(step > 0 ? nextTradingDay(market, date) : previousTradingDay(market, date))
    } catch {
      // outside this market's calendar
    }
  }
  if (found.length === 0) return null
  return found.reduce((best, day) => ((step > 0 ? day < best : day > best) ? day : best))
}
