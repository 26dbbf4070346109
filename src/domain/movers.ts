import { calendarDay, cnyPerUnit } from '@/domain/fx'
import {
  lastIndexOnOrBefore,
  limitOnSession,
  periodChange,
  type CloseSeries,
  type PeriodChange,
} from '@/domain/movers-change'
import { anchorSession, type MoverPeriod } from '@/domain/movers-sessions'
import type { LimitHit } from '@/domain/price-limits'
import { maxCapCarryDays } from '@/domain/sector-moves'
import type { FxHistory, IsoDate, Market } from '@/domain/types'
import type { Listing } from '@/domain/universe'

export {
  closeSeries,
  lastIndexOnOrBefore,
  limitOnSession,
  periodChange,
  type CloseSeries,
  type PeriodChange,
  type PeriodStatus,
} from '@/domain/movers-change'
export {
  adjacentSession,
  anchorSession,
  isMoverPeriod,
  moverPeriods,
  periodBaseDate,
  type MoverPeriod,
} from '@/domain/movers-sessions'

/**
 * Sector movers: each listing's change over a period ending on an "as of" session, the breadth of
 * the basket (advancers, decliners, limit closes) and the ordering of the movers table.
 */

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
 * Over 1D it is the cap-weighted move with weights at the previous close, as in `sector-moves.ts`.
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
