import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import { computeDailyMoves } from '@/domain/moves'
import {
  basketListings,
  computeSectorValuation,
  type Basket,
  type ConstituentPoint,
  type PeMethod,
  type SectorValuationPoint,
  type ValuationMetric,
} from '@/domain/sector'
import { computeSectorMoves, type SectorMovePoint } from '@/domain/sector-moves'
import type { DailyBar, NewsItem, Ticker } from '@/domain/types'
import type { Listing } from '@/domain/universe'
import { combineProvenance, type Provenance, type Sourced } from '@/providers/provenance'
import { useNewsReady } from '@/queries/load-order'
import { marketQueries } from '@/queries/market-queries'
import { stampOf, type QueryStamp } from '@/queries/refresh-state'

/** A constituent whose data could not be loaded, and why. */
export interface ConstituentFailure {
  ticker: Ticker
  message: string
}

/** Result shape of the combined hooks: data-first, with partial failures listed. */
export interface Combined<T> {
  data: T | undefined
  isPending: boolean
  /** Set when nothing usable could be computed. */
  error: Error | null
  failures: ConstituentFailure[]
  refetch: () => void
  /** Where the loaded parts came from, combined (null while nothing has loaded). */
  provenance?: Provenance | null
  /** Every query behind the data, for telling a failed refresh (see refresh-state.ts). */
  stamps: QueryStamp[]
}

export interface Many<T> {
  data: (T | undefined)[]
  errors: (Error | null)[]
  pending: boolean
  refetchFailed: () => void
  /** Each query's provenance, in the same order as `data`. */
  provenance: (Provenance | undefined)[]
  /** Each query's stamp, for telling a failed refresh (see refresh-state.ts). */
  stamps: QueryStamp[]
}

/**
 * Module-level (stable) combine: React Query re-runs it only when a result changes. The queries
 * return `{ data, provenance }`; the hooks hand out the data and the provenance side by side.
 */
function combineMany<T>(results: UseQueryResult<Sourced<T>>[]): Many<T> {
  return {
    data: results.map((result) => result.data?.data),
    provenance: results.map((result) => result.data?.provenance),
    errors: results.map((result) => result.error),
    pending: results.some((result) => result.isPending),
    refetchFailed: () => {
      for (const result of results) if (result.isError) void result.refetch()
    },
    stamps: results.map((result) => sourcedStamp(result)),
  }
}

/** The stamp of a sourced query: its data's as-of is its provenance's. */
export function sourcedStamp(result: UseQueryResult<Sourced<unknown>>): QueryStamp {
  return stampOf(result, result.data?.provenance.asOf ?? null)
}

const messageOf = (error: Error) => error.message

/**
 * Constituents left out: a query failed with no data to use. One whose refresh failed keeps its
 * data and is not left out (its stamp reports the failed refresh).
 */
function failuresOf(
  listings: readonly Listing[],
  ...groups: Many<unknown>[]
): ConstituentFailure[] {
  return listings.flatMap((listing, i) => {
    const error = groups
      .filter((group) => group.data[i] === undefined)
      .map((group) => group.errors[i])
      .find((candidate) => candidate)
    return error ? [{ ticker: listing.ticker, message: messageOf(error) }] : []
  })
}

/**
 * A sector multiple for a basket: PE-TTM, PB or PS-TTM (`metric`), combined by `method`
 * (aggregate Σ cap ÷ Σ earnings with loss-makers excluded, median, or harmonic mean), from each
 * constituent's valuation history and the day's FX rates (see `computeSectorValuation`).
 * Constituents that fail to load are left out and listed in `failures`; an HK constituent whose
 * results could not be loaded has no PS-TTM (its points count as unusable for `ps`). PE-TTM needs
 * market cap and PE only, so it loads the `capPe` queries (for HK two requests per listing instead
 * of four); PB and PS-TTM load the full valuation histories.
 */
export function useSectorValuation(
  basket: Basket,
  metric: ValuationMetric,
  method: PeMethod,
): Combined<SectorValuationPoint[]> {
  const listings = useMemo(() => basketListings(basket), [basket])
  const fx = useQuery(marketQueries.fx())
  const valuations = useQueries({
    queries: listings.map((listing) =>
      metric === 'pe'
        ? marketQueries.capPe(listing.ticker)
        : marketQueries.valuation(listing.ticker),
    ),
    combine: combineMany<readonly ConstituentPoint[]>,
  })
  const data = useMemo(() => {
    // Computed once every constituent has answered or failed: a partial basket while the others
    // load would be a different (wrong) sector figure, and recomputing it per answer costs time.
    if (!fx.data || valuations.pending) return undefined
    const constituents = listings.flatMap((listing, i) => {
      const points = valuations.data[i]
      return points ? [{ ticker: listing.ticker, currency: listing.currency, points }] : []
    })
    if (constituents.length === 0) return undefined
    return computeSectorValuation({ constituents, fx: fx.data.data, metric, method })
  }, [fx.data, listings, valuations.data, valuations.pending, metric, method])
  const failures = failuresOf(listings, valuations)
  const provenance = useMemo(
    () => combineProvenance([...valuations.provenance, fx.data?.provenance]),
    [valuations.provenance, fx.data],
  )
  return {
    data,
    provenance,
    isPending: data === undefined && (fx.isPending || valuations.pending),
    error:
      fx.error ??
      (failures.length === listings.length && failures[0] ? new Error(failures[0].message) : null),
    failures,
    refetch: () => {
      if (fx.isError) void fx.refetch()
      valuations.refetchFailed()
    },
    stamps: [...valuations.stamps, sourcedStamp(fx)],
  }
}

/**
 * Sector PE-TTM (aggregate, loss-makers excluded) for a basket: `useSectorValuation(basket, 'pe',
 * 'aggregate')`.
 */
export function useSectorPe(basket: Basket): Combined<SectorValuationPoint[]> {
  return useSectorValuation(basket, 'pe', 'aggregate')
}

/**
 * One listing's daily valuation history (market cap, PE-TTM, PB, PS-TTM; oldest first), as the
 * valuation query loads it. For HK listings `psTtm` is null when the issuer's results could not be
 * loaded.
 */
export function useCompanyValuation(ticker: Ticker, enabled = true) {
  return useQuery({ ...marketQueries.valuation(ticker), select: selectData, enabled })
}

/** `select` for a sourced query whose callers want the data only. */
export function selectData<T>(result: Sourced<T>): T {
  return result.data
}

/** `select` for the provenance of a sourced query. */
export function selectProvenance<T>(result: Sourced<T>): Provenance {
  return result.provenance
}

function selectMoves(result: Sourced<readonly DailyBar[]>) {
  return computeDailyMoves(result.data)
}

/**
 * Close and vendor PE-TTM of a published sector index (CSI code, e.g. `000991`), oldest first (the
 * data only; `marketQueries.indexValuation(code)` with `selectProvenance` gives its provenance).
 */
export function useIndexValuation(code: string, enabled = true) {
  return useQuery({ ...marketQueries.indexValuation(code), select: selectData, enabled })
}

/** Daily moves of one listing (full history; callers cut the range). */
export function useTickerMoves(ticker: Ticker, enabled = true) {
  return useQuery({ ...marketQueries.dailyBars(ticker), select: selectMoves, enabled })
}

/** Where a listing's daily bars came from (shares the bars query and its cache). */
export function useDailyBarsProvenance(ticker: Ticker, enabled = true) {
  return useQuery({ ...marketQueries.dailyBars(ticker), select: selectProvenance, enabled }).data
}

/**
 * Cap-weighted and equal-weighted daily moves of a basket. Weights are each constituent's market
 * cap in CNY at its previous close (from the `capPe` history).
 */
export function useSectorMoves(basket: Basket, enabled = true): Combined<SectorMovePoint[]> {
  const listings = useMemo(() => basketListings(basket), [basket])
  const fx = useQuery({ ...marketQueries.fx(), enabled })
  const bars = useQueries({
    queries: listings.map((listing) => ({ ...marketQueries.dailyBars(listing.ticker), enabled })),
    combine: combineMany,
  })
  const valuations = useQueries({
    queries: listings.map((listing) => ({ ...marketQueries.capPe(listing.ticker), enabled })),
    combine: combineMany,
  })
  const data = useMemo(() => {
    // Once every constituent has answered or failed (see useSectorValuation).
    if (!fx.data || bars.pending || valuations.pending) return undefined
    const constituents = listings.flatMap((listing, i) => {
      const listingBars = bars.data[i]
      const points = valuations.data[i]
      if (!listingBars || !points) return []
      const caps = points.map(({ date, marketCap }) => ({ date, marketCap }))
      return [
        {
          ticker: listing.ticker,
          currency: listing.currency,
          moves: computeDailyMoves(listingBars),
          caps,
        },
      ]
    })
    if (constituents.length === 0) return undefined
    return computeSectorMoves({ constituents, fx: fx.data.data })
  }, [fx.data, listings, bars.data, bars.pending, valuations.data, valuations.pending])
  const failures = failuresOf(listings, bars, valuations)
  const provenance = useMemo(
    () => combineProvenance([...bars.provenance, ...valuations.provenance, fx.data?.provenance]),
    [bars.provenance, valuations.provenance, fx.data],
  )
  return {
    data,
    provenance,
    isPending: data === undefined && (fx.isPending || bars.pending || valuations.pending),
    error:
      fx.error ??
      (failures.length === listings.length && failures[0] ? new Error(failures[0].message) : null),
    failures,
    refetch: () => {
      if (fx.isError) void fx.refetch()
      bars.refetchFailed()
      valuations.refetchFailed()
    },
    stamps: enabled ? [...bars.stamps, ...valuations.stamps, sourcedStamp(fx)] : [],
  }
}

/**
 * News lists for several listings (one search per listing's issuer), loaded in parallel once the
 * view's prices have their first answers (see `useNewsReady`).
 */
export function useNews(tickers: readonly Ticker[]): Many<NewsItem[]> {
  const enabled = useNewsReady()
  return useQueries({
    queries: tickers.map((ticker) => ({ ...marketQueries.news(ticker), enabled })),
    combine: combineMany,
  })
}
