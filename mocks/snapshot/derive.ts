import type { Currency, IsoDate, Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'
import type { Snapshot, SnapshotIssuer, SnapshotListing, SnapshotRate } from '@mocks/snapshot/types'

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

/** Last value on or before `date` in a date-sorted list of [date, value] pairs, or null. */
function lastOnOrBefore<T>(rows: readonly (readonly [IsoDate, T])[], date: IsoDate): T | null {
  let lo = 0
  let hi = rows.length - 1
  let found: T | null = null
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const row = rows[mid]
    if (row === undefined) break
    if (row[0] <= date) {
      found = row[1]
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

function cnyPer(snapshot: Snapshot, currency: Currency, date: IsoDate): number | null {
  if (currency === 'CNY') return 1
  const rows: readonly SnapshotRate[] = snapshot.fx[currency]
  return lastOnOrBefore(rows, date)
}

function issuerFor(snapshot: Snapshot, listing: SnapshotListing, issuerId: string): SnapshotIssuer {
  const issuer = snapshot.issuers.find((candidate) => candidate.id === issuerId)
  if (!issuer) throw new Error(`snapshot has no issuer ${issuerId} for ${listing.ticker}`)
  return issuer
}

/** Derived valuations per finished snapshot and listing, for the handlers (see below). */
const derivedCache = new WeakMap<Snapshot, Map<Ticker, readonly DerivedValuation[]>>()

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
  let perListing = derivedCache.get(snapshot)
  if (!perListing) {
    perListing = new Map()
    derivedCache.set(snapshot, perListing)
  }
  let derived = perListing.get(ticker)
  if (!derived) {
    derived = deriveValuations(snapshot, ticker)
    perListing.set(ticker, derived)
  }
  return derived
}

/**
 * Daily valuation of a listing as vendors publish it. A report counts from the session after its
 * publication date (results come out after the close or before the open of the next day).
 */
export function deriveValuations(snapshot: Snapshot, ticker: Ticker): DerivedValuation[] {
  const listing = snapshot.listings.find((candidate) => candidate.ticker === ticker)
  const universeListing = findListing(ticker)
  if (!listing || !universeListing) return []
  const currency = universeListing.currency
  const issuer = issuerFor(snapshot, listing, universeListing.issuerId)
  const reports = [...issuer.reports].sort((a, b) => a.publishedOn.localeCompare(b.publishedOn))
  const out: DerivedValuation[] = []
  let previousClose: number | null = null
  let reportIndex = -1
  for (const [date, , close] of listing.bars) {
    while ((reports[reportIndex + 1]?.publishedOn ?? '9999') < date) reportIndex += 1
    const report = reports[reportIndex]
    const totalShares = lastOnOrBefore(issuer.shares, date) ?? issuer.shares[0]?.[1] ?? 0
    const marketCap = close * totalShares
    const listingRate = cnyPer(snapshot, currency, date)
    const reportingRate = cnyPer(snapshot, issuer.reportingCurrency, date)
    const capInReporting =
      listingRate !== null && reportingRate !== null
        ? (marketCap * listingRate) / reportingRate
        : null
    const ratio = (denominator: number | undefined, positiveOnly: boolean) =>
      capInReporting === null ||
      denominator === undefined ||
      denominator === 0 ||
      (positiveOnly && denominator < 0)
        ? null
        : capInReporting / denominator
    out.push({
      date,
      close,
      previousClose,
      totalShares,
      marketCap,
      peTtm: ratio(report?.ttmNetProfit, false),
      pb: ratio(report?.bookEquity, false),
      psTtm: ratio(report?.ttmRevenue, true),
    })
    previousClose = close
  }
  return out
}
