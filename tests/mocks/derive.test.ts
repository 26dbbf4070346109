import { describe, expect, it } from 'vitest'
import type { Currency, IsoDate, Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'
import { snapshot } from '@mocks/handlers'
import {
  deriveValuations,
  derivedValuationsAfter,
  derivedValuationsOf,
  latestValuationOf,
  type DerivedValuation,
} from '@mocks/snapshot/derive'
import type { Snapshot } from '@mocks/snapshot/types'

/**
 * The straightforward form of deriveValuations (a binary search per bar for the share count and
 * each rate), kept as the oracle for the one-pass form in mocks/snapshot/derive.ts.
 */
function lastOnOrBefore<T>(rows: readonly (readonly [IsoDate, T])[], date: IsoDate): T | null {
  let found: T | null = null
  for (const [from, value] of rows) if (from <= date) found = value
  return found
}

function reference(data: Snapshot, ticker: Ticker): DerivedValuation[] {
  const listing = data.listings.find((candidate) => candidate.ticker === ticker)
  const universeListing = findListing(ticker)
  if (!listing || !universeListing) return []
  const issuer = data.issuers.find((candidate) => candidate.id === universeListing.issuerId)
  if (!issuer) throw new Error(`no issuer for ${ticker}`)
  const cnyPer = (currency: Currency, date: IsoDate) =>
    currency === 'CNY' ? 1 : lastOnOrBefore(data.fx[currency], date)
  const reports = [...issuer.reports].sort((a, b) => a.publishedOn.localeCompare(b.publishedOn))
  let previousClose: number | null = null
  return listing.bars.map(([date, , close]) => {
    const report = reports.filter((candidate) => candidate.publishedOn < date).at(-1)
    const totalShares = lastOnOrBefore(issuer.shares, date) ?? issuer.shares[0]?.[1] ?? 0
    const marketCap = close * totalShares
    const listingRate = cnyPer(universeListing.currency, date)
    const reportingRate = cnyPer(issuer.reportingCurrency, date)
    const cap =
      listingRate !== null && reportingRate !== null
        ? (marketCap * listingRate) / reportingRate
        : null
    const ratio = (denominator: number | undefined, positiveOnly: boolean) =>
      cap === null ||
      denominator === undefined ||
      denominator === 0 ||
      (positiveOnly && denominator < 0)
        ? null
        : cap / denominator
    const point = {
      date,
      close,
      previousClose,
      totalShares,
      marketCap,
      peTtm: ratio(report?.ttmNetProfit, false),
      pb: ratio(report?.bookEquity, false),
      psTtm: ratio(report?.ttmRevenue, true),
    }
    previousClose = close
    return point
  })
}

describe('deriveValuations', () => {
  it.each(snapshot.listings.map((listing) => listing.ticker))(
    '%s: every session equals the straightforward derivation',
    (ticker) => {
      const derived = deriveValuations(snapshot, ticker)
      expect(derived.length).toBeGreaterThan(100)
      expect(derived).toEqual(reference(snapshot, ticker))
    },
  )

  it('an unknown listing has no valuations', () => {
    expect(deriveValuations(snapshot, '09999.HK')).toEqual([])
  })

  it.each(snapshot.listings.map((listing) => listing.ticker))(
    '%s: from a later first bar, the whole history from that bar on',
    (ticker) => {
      const whole = deriveValuations(snapshot, ticker)
      for (const first of [1, 2, Math.floor(whole.length / 2), whole.length - 1]) {
        expect(deriveValuations(snapshot, ticker, first)).toEqual(whole.slice(first))
      }
      expect(deriveValuations(snapshot, ticker, whole.length)).toEqual([])
      expect(deriveValuations(snapshot, ticker, 0)).toEqual(whole)
    },
  )
})

/** A copy of the shared snapshot: the caches below are per snapshot object, so each test starts cold. */
const freshSnapshot = (): Snapshot => structuredClone(snapshot)

describe('latestValuationOf and derivedValuationsAfter (shortcuts for the first view)', () => {
  const tickers = snapshot.listings.map((listing) => listing.ticker)

  it('the latest valuation is the last session of the whole derivation, before and after it is cached', () => {
    const data = freshSnapshot()
    for (const ticker of tickers) {
      const whole = deriveValuations(data, ticker)
      expect(latestValuationOf(data, ticker)).toEqual(whole.at(-1))
      expect(latestValuationOf(data, ticker)?.previousClose).toBe(whole.at(-2)?.close)
      derivedValuationsOf(data, ticker)
      expect(latestValuationOf(data, ticker)).toEqual(whole.at(-1))
    }
    expect(latestValuationOf(data, '09999.HK')).toBeUndefined()
  })

  it.each([
    ['', 'the whole history'],
    ['2023-11-20', 'a three-year window'],
    ['2026-11-19', 'the last session only'],
    ['2026-11-20', 'nothing after the last session'],
    ['2000-01-01', 'a date before the first session'],
  ])('after %j (%s): the sessions of the whole derivation dated later', (after) => {
    const data = freshSnapshot()
    for (const ticker of tickers) {
      const expected = deriveValuations(data, ticker).filter((point) => point.date > after)
      // Cold (derived from the first session after), then from the cache, then from the whole history.
      expect(derivedValuationsAfter(data, ticker, after)).toEqual(expected)
      expect(derivedValuationsAfter(data, ticker, after)).toEqual(expected)
      derivedValuationsOf(data, ticker)
      expect(derivedValuationsAfter(data, ticker, after)).toEqual(expected)
    }
  })
})
