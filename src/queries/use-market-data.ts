import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import { computeDailyMoves } from '@/domain/moves'
import {
  basketListings,
  computeSectorMoves,
  computeSectorValuation,
  type Basket,
  type SectorMovePoint,
  type SectorValuationPoint,
} from '@/domain/sector'
import type { NewsItem, Ticker } from '@/domain/types'
import type { Listing } from '@/domain/universe'
import { marketQueries } from '@/queries/market-queries'

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
}

export interface Many<T> {
  data: (T | undefined)[]
  errors: (Error | null)[]
  pending: boolean
  refetchFailed: () => void
}

/** Module-level (stable) combine: React Query re-runs it only when a result changes. */
function combineMany<T>(results: UseQueryResult<T>[]): Many<T> {
  return {
    data: results.map((result) => result.data),
    errors: results.map((result) => result.error),
    pending: results.some((result) => result.isPending),
    refetchFailed: () => {
      for (const result of results) if (result.isError) void result.refetch()
    },
  }
}

const messageOf = (error: Error) => error.message

function failuresOf(
  listings: readonly Listing[],
  ...groups: Many<unknown>[]
): ConstituentFailure[] {
  return listings.flatMap((listing, i) => {
    const error = groups.map((group) => group.errors[i]).find((candidate) => candidate)
    return error ? [{ ticker: listing.ticker, message: messageOf(error) }] : []
  })
}

/**
 * Sector PE-TTM (aggregate, loss-makers excluded) for a basket, from each constituent's valuation
 * history and the day's FX rates. Constituents that fail to load are left out and listed.
 */
export function useSectorPe(basket: Basket): Combined<SectorValuationPoint[]> {
  const listings = useMemo(() => basketListings(basket), [basket])
  const fx = useQuery(marketQueries.fx())
  const valuations = useQueries({
    queries: listings.map((listing) => marketQueries.valuation(listing.ticker)),
    combine: combineMany,
  })
  const data = useMemo(() => {
    if (!fx.data) return undefined
    const constituents = listings.flatMap((listing, i) => {
      const points = valuations.data[i]
      return points ? [{ ticker: listing.ticker, currency: listing.currency, points }] : []
    })
    if (constituents.length === 0) return undefined
    return computeSectorValuation({ constituents, fx: fx.data, metric: 'pe', method: 'aggregate' })
  }, [fx.data, listings, valuations.data])
  const failures = failuresOf(listings, valuations)
  return {
    data,
    isPending: data === undefined && (fx.isPending || valuations.pending),
    error:
      fx.error ??
      (failures.length === listings.length && failures[0] ? new Error(failures[0].message) : null),
    failures,
    refetch: () => {
      if (fx.isError) void fx.refetch()
      valuations.refetchFailed()
    },
  }
}

/** Daily moves of one listing (full history; callers cut the range). */
export function useTickerMoves(ticker: Ticker, enabled = true) {
  return useQuery({ ...marketQueries.dailyBars(ticker), select: computeDailyMoves, enabled })
}

/**
 * Cap-weighted and equal-weighted daily moves of a basket. Weights are each constituent's market
 * cap in CNY at its previous close (from the valuation history).
 */
export function useSectorMoves(basket: Basket, enabled = true): Combined<SectorMovePoint[]> {
  const listings = useMemo(() => basketListings(basket), [basket])
  const fx = useQuery({ ...marketQueries.fx(), enabled })
  const bars = useQueries({
    queries: listings.map((listing) => ({ ...marketQueries.dailyBars(listing.ticker), enabled })),
    combine: combineMany,
  })
  const valuations = useQueries({
    queries: listings.map((listing) => ({ ...marketQueries.valuation(listing.ticker), enabled })),
    combine: combineMany,
  })
  const data = useMemo(() => {
    if (!fx.data) return undefined
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
    return computeSectorMoves({ constituents, fx: fx.data })
  }, [fx.data, listings, bars.data, valuations.data])
  const failures = failuresOf(listings, bars, valuations)
  return {
    data,
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
  }
}

/** News lists for several listings (one search per listing's issuer), loaded in parallel. */
export function useNews(tickers: readonly Ticker[]): Many<NewsItem[]> {
  return useQueries({
    queries: tickers.map((ticker) => marketQueries.news(ticker)),
    combine: combineMany,
  })
}
