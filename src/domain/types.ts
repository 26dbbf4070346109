/**
 * Domain types shared by every layer. Pure data: no I/O, no Date objects.
 *
 * Conventions
 * - Dates are `IsoDate` strings (`YYYY-MM-DD`) in exchange time (UTC+8 for every market here).
 * - Instants are `IsoDateTime` strings with an explicit offset (`2025-02-26T09:01:00+08:00`).
 * - Changes and shares are fractions (`0.0123` = +1.23%), never percents.
 * - Money carries its currency next to it; nothing is converted silently.
 */

/** Calendar date `YYYY-MM-DD` in exchange time. */
export type IsoDate = string

/** Instant with an explicit UTC offset, e.g. `2025-02-26T09:01:00+08:00`. */
export type IsoDateTime = string

/** Canonical listing id: 5-digit HK code + `.HK`, or 6-digit A-share code + `.SH` / `.SZ`. */
export type Ticker = `${string}.${'HK' | 'SH' | 'SZ'}`

/** Two trading calendars: HKEX, and the mainland exchanges (SSE and SZSE share one). */
export type Market = 'HK' | 'A'

export type Exchange = 'HKEX' | 'SSE' | 'SZSE'

export type Board = 'HK Main' | 'SSE Main' | 'STAR' | 'SZSE Main' | 'ChiNext'

export type Currency = 'HKD' | 'CNY' | 'USD'

/** Inclusive date range. */
export interface DateRange {
  from: IsoDate
  to: IsoDate
}

/**
 * One forward-adjusted (前复权) daily bar. Prices in the listing's trading currency.
 * A suspended session has no bar at all.
 */
export interface DailyBar {
  date: IsoDate
  open: number
  close: number
  high: number
  low: number
  /** Shares traded (A-share lots already converted to shares). */
  volume: number
  /** Turnover in the trading currency, when the source gives it. */
  amount: number | null
}

/** Close-to-close move of one listing on one session. */
export interface DailyMove {
  date: IsoDate
  close: number
  /** Close of the last session that printed before `date`. */
  previousClose: number
  /** Fraction: close / previousClose − 1. */
  change: number
}

/** Latest quote of one listing (real-time, delayed or end of day, see `asOf`). */
export interface Quote {
  ticker: Ticker
  name: string
  /** Last price (the close once the session is over), trading currency. */
  last: number
  previousClose: number
  /** Fraction: last / previousClose − 1. */
  change: number
  /** Instant of the last trade or the close. */
  asOf: IsoDateTime
  /** Shares traded today. */
  volume: number | null
  /** Turnover today, trading currency. */
  amount: number | null
  /** Total market value, trading currency (not 100 m units). */
  marketCap: number | null
  /** Price / TTM earnings as the vendor computes it; negative for loss-makers. */
  peTtm: number | null
  currency: Currency
}

/** One exchange rate observation: how many CNY one unit of the currency buys. */
export interface FxObservation {
  date: IsoDate
  /** CNY per 1 unit. */
  cnyPerUnit: number
}

/** Daily series of CNY per HKD and CNY per USD (central parity; not published on mainland holidays). */
export interface FxHistory {
  HKD: readonly FxObservation[]
  USD: readonly FxObservation[]
}

/**
 * Valuation of one listing on one session as a vendor publishes it.
 * `marketCap` prices the whole issuer at this listing's price, in the trading currency.
 */
export interface ValuationPoint {
  date: IsoDate
  marketCap: number
  /** Price / TTM net profit attributable; negative for a loss-maker; null if not published. */
  peTtm: number | null
  /** Price / book; null if not published. */
  pb: number | null
  /** Price / TTM revenue; null if not published. */
  psTtm: number | null
}

/**
 * The part of a valuation history the dashboard needs: market cap (sector weights, aggregate PE)
 * and PE-TTM. HK listings load it with two requests instead of the four of a full
 * {@link ValuationPoint} history (no PB, no issuer results for PS-TTM).
 */
export type CapPePoint = Pick<ValuationPoint, 'date' | 'marketCap' | 'peTtm'>

export interface NewsItem {
  /** Stable id (source + vendor id). */
  id: string
  publishedAt: IsoDateTime
  /** Publisher as shown to the user, e.g. 财联社, HKEXnews. */
  source: string
  /** Plain text (any markup from the vendor already stripped). */
  title: string
  /** http(s) URL of the item, or null when the vendor gave none that is safe to open. */
  url: string | null
  /** Listings the item concerns. */
  tickers: readonly Ticker[]
  kind: 'news' | 'announcement'
}
