import type { Currency, IsoDate, Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'
import type {
  Snapshot,
  SnapshotBar,
  SnapshotIssuer,
  SnapshotListing,
  SnapshotRate,
} from '@mocks/snapshot/types'

/**
 * What a vendor would publish for one listing on one session, derived from the snapshot's bars,
 * share counts, reports and rates. Mock handlers format these into each vendor's wire format.
 */
export interface DerivedValuation {
  date: IsoDate
  close: number
  /** Previous printed close (null on the first bar). */
  previousClose: number | null
  /** Issuer total shares on that day (adjusted units). */
  totalShares: number
  /** close × total shares, trading currency. */
  marketCap: number
  /** Market cap in the reporting currency ÷ TTM net profit; null if no report yet or profit is 0. */
  peTtm: number | null
  /** Market cap ÷ book equity; null if no report yet or equity is 0. */
  pb: number | null
  /** Market cap ÷ TTM revenue; null if no report yet or revenue ≤ 0. */
  psTtm: number | null
}

/**
 * Reads a date-sorted list of [date, value] pairs at ascending dates: each call returns the last
 * value on or before its date (null before the first row), walking on from where the previous call
 * stopped, so a whole history costs one pass over the list.
 */
function walker<T>(rows: readonly (readonly [IsoDate, T])[]): (date: IsoDate) => T | null {
  let next = 0
  let value: T | null = null
  return (date) => {
    for (let row = rows[next]; row !== undefined && row[0] <= date; row = rows[++next]) {
      value = row[1]
    }
    return value
  }
}

/** CNY per unit of `currency` at ascending dates (1 for CNY; null before the first rate). */
function cnyPerWalker(snapshot: Snapshot, currency: Currency): (date: IsoDate) => number | null {
  if (currency === 'CNY') return () => 1
  const rows: readonly SnapshotRate[] = snapshot.fx[currency]
  return walker(rows)
}

/** Market cap ÷ denominator; null without a cap or a denominator, for 0, or below 0 if positiveOnly. */
function ratio(cap: number | null, denominator: number | undefined, positiveOnly: boolean) {
  return cap === null ||
    denominator === undefined ||
    denominator === 0 ||
    (positiveOnly && denominator < 0)
    ? null
    : cap / denominator
}

function issuerFor(snapshot: Snapshot, listing: SnapshotListing, issuerId: string): SnapshotIssuer {
  const issuer = snapshot.issuers.find((candidate) => candidate.id === issuerId)
  if (!issuer) throw new Error(`snapshot has no issuer ${issuerId} for ${listing.ticker}`)
  return issuer
}

/** Derived valuations per finished snapshot, by listing and first bar (see below). */
const derivedCache = new WeakMap<Snapshot, Map<string, readonly DerivedValuation[]>>()

/** `derive` once per finished snapshot and key. */
function cached(
  snapshot: Snapshot,
  key: string,
  derive: () => readonly DerivedValuation[],
): readonly DerivedValuation[] {
  let perKey = derivedCache.get(snapshot)
  if (!perKey) {
    perKey = new Map()
    derivedCache.set(snapshot, perKey)
  }
  let derived = perKey.get(key)
  if (!derived) {
    derived = derive()
    perKey.set(key, derived)
  }
  return derived
}

/**
 * {@link deriveValuations}, computed once per snapshot and listing: the handlers of one snapshot
 * (quote lines, Baidu series, the datacenter's valuation rows) share it instead of each walking a
 * listing's history again. For a finished snapshot only: a model still being built changes under
 * the cache (the generator calls deriveValuations itself).
 */
export function derivedValuationsOf(
  snapshot: Snapshot,
  ticker: Ticker,
): readonly DerivedValuation[] {
  return cached(snapshot, ticker, () => deriveValuations(snapshot, ticker))
}

/**
 * The valuations of a listing's sessions after `after` (all of them for `''`), as
 * {@link derivedValuationsOf} has them, but without deriving the sessions before: a cold load asks
 * Baidu for three years of each basket listing before the chart can draw, and the whole histories
 * only after. Cached per listing and first session, for a finished snapshot only.
 */
export function derivedValuationsAfter(
  snapshot: Snapshot,
  ticker: Ticker,
  after: IsoDate,
): readonly DerivedValuation[] {
  return derivedFrom(snapshot, ticker, (bars) => firstBarAfter(bars, after))
}

/**
 * A listing's valuation on its last session (undefined without bars), as
 * {@link derivedValuationsOf} ends, but derived for that session alone unless the whole history is
 * already known: the quote batch needs only the last session of every listing in the watchlist.
 */
export function latestValuationOf(
  snapshot: Snapshot,
  ticker: Ticker,
): DerivedValuation | undefined {
  return derivedFrom(snapshot, ticker, (bars) => Math.max(0, bars.length - 1)).at(-1)
}

/**
 * The valuations from the listing's bar at index `firstOf(bars)` on: a slice of the whole history
 * when that is known, else derived from that bar and cached per listing and first bar.
 */
function derivedFrom(
  snapshot: Snapshot,
  ticker: Ticker,
  firstOf: (bars: readonly SnapshotBar[]) => number,
): readonly DerivedValuation[] {
  const bars = snapshot.listings.find((candidate) => candidate.ticker === ticker)?.bars ?? []
  const first = firstOf(bars)
  const whole = derivedCache.get(snapshot)?.get(ticker)
  if (whole) return first === 0 ? whole : whole.slice(first)
  if (first === 0) return derivedValuationsOf(snapshot, ticker)
  return cached(snapshot, `${ticker} ${first}`, () => deriveValuations(snapshot, ticker, first))
}

/** Index of the first bar dated after `after` (bars ascend by date; `length` if none is). */
function firstBarAfter(bars: readonly SnapshotBar[], after: IsoDate): number {
  let low = 0
  let high = bars.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((bars[middle]?.[0] ?? '') > after) high = middle
    else low = middle + 1
  }
  return low
}

/**
 * Daily valuation of a listing as vendors publish it, from its bar at index `first` (default: the
 * first) to its last; the result for `first` = k equals the whole history's `.slice(k)`. A report
 * counts from the session after its publication date (results come out after the close or before
 * the open of the next day).
 */
export function deriveValuations(
  snapshot: Snapshot,
  ticker: Ticker,
  first = 0,
): DerivedValuation[] {
  const listing = snapshot.listings.find((candidate) => candidate.ticker === ticker)
  const universeListing = findListing(ticker)
  if (!listing || !universeListing) return []
  const currency = universeListing.currency
  const issuer = issuerFor(snapshot, listing, universeListing.issuerId)
  const reports = [...issuer.reports].sort((a, b) => a.publishedOn.localeCompare(b.publishedOn))
  const out: DerivedValuation[] = []
  const sharesOn = walker(issuer.shares)
  const firstShares = issuer.shares[0]?.[1] ?? 0
  const listingRateOn = cnyPerWalker(snapshot, currency)
  const reportingRateOn = cnyPerWalker(snapshot, issuer.reportingCurrency)
  let previousClose: number | null = listing.bars[first - 1]?.[2] ?? null
  let reportIndex = -1
  for (let index = Math.max(0, first); index < listing.bars.length; index += 1) {
    const bar = listing.bars[index]
    if (!bar) break
    const [date, , close] = bar
    while ((reports[reportIndex + 1]?.publishedOn ?? '9999') < date) reportIndex += 1
    const report = reports[reportIndex]
    const totalShares = sharesOn(date) ?? firstShares
    const marketCap = close * totalShares
    const listingRate = listingRateOn(date)
    const reportingRate = reportingRateOn(date)
    const capInReporting =
      listingRate !== null && reportingRate !== null
        ? (marketCap * listingRate) / reportingRate
        : null
    out.push({
      date,
      close,
      previousClose,
      totalShares,
      marketCap,
      peTtm: ratio(capInReporting, report?.ttmNetProfit, false),
      pb: ratio(capInReporting, report?.bookEquity, false),
      psTtm: ratio(capInReporting, report?.ttmRevenue, true),
    })
    previousClose = close
  }
  return out
}
