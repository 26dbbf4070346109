import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import { computeDailyMoves } from '@/domain/moves'
import { closeSeries, type CloseSeries } from '@/domain/movers'
import { mergeNews } from '@/domain/news'
import type { DailyMove, FxHistory, IsoDate, NewsItem, Ticker } from '@/domain/types'
import { issuers, universe, type Listing } from '@/domain/universe'
import { combineProvenance, type Provenance, type Sourced } from '@/providers/provenance'
import { useNewsReady } from '@/queries/load-order'
import { marketQueries } from '@/queries/market-queries'
import type { QueryStamp } from '@/queries/refresh-state'
import { sourcedStamp, type Combined, type ConstituentFailure } from '@/queries/use-market-data'

/** One listing's history, prepared once for the movers table, heat map and day detail. */
export interface ListingHistory {
  listing: Listing
  series: CloseSeries
  moves: DailyMove[]
  /** Market cap per session, trading currency. */
  caps: { date: IsoDate; marketCap: number }[]
}

export interface UniverseHistory {
  histories: ListingHistory[]
  fx: FxHistory
  /** Latest session with a close in any listing. */
  latest: IsoDate
  /** Earliest close of any listing. */
  earliest: IsoDate
}

interface Settled<T> {
  data: (Sourced<T> | undefined)[]
  errors: (Error | null)[]
  pending: boolean
  refetchFailed: () => void
  /** The loaded results' provenance, combined (null while nothing has loaded). */
  provenance: Provenance | null
  stamps: QueryStamp[]
}

function combineSettled<T>(results: UseQueryResult<Sourced<T>>[]): Settled<T> {
  return {
    data: results.map((result) => result.data),
    errors: results.map((result) => result.error),
    pending: results.some((result) => result.isPending),
    refetchFailed: () => {
      for (const result of results) if (result.isError) void result.refetch()
    },
    provenance: combineProvenance(results.map((result) => result.data?.provenance)),
    stamps: results.map(sourcedStamp),
  }
}

/**
 * Daily bars and market caps of every universe listing, with FX, prepared for the movers views.
 * The data appears once every request has settled (so the ranking does not reshuffle while rows
 * arrive); listings that failed are left out and listed in `failures`.
 */
export function useUniverseHistory(enabled = true): Combined<UniverseHistory> {
  const fx = useQuery({ ...marketQueries.fx(), enabled })
  const bars = useQueries({
    queries: universe.map((listing) => ({ ...marketQueries.dailyBars(listing.ticker), enabled })),
    combine: combineSettled,
  })
  const valuations = useQueries({
    // Caps only: the two-request market cap and PE history, not the full valuation.
    queries: universe.map((listing) => ({ ...marketQueries.capPe(listing.ticker), enabled })),
    combine: combineSettled,
  })
  const settled = !bars.pending && !valuations.pending
  const data = useMemo(() => {
    if (!fx.data || !settled) return undefined
    const histories = universe.flatMap((listing, i): ListingHistory[] => {
      const listingBars = bars.data[i]?.data
      const points = valuations.data[i]?.data
      if (!listingBars || !points) return []
      return [
        {
          listing,
          series: closeSeries(listingBars),
          moves: computeDailyMoves(listingBars),
          caps: points.map(({ date, marketCap }) => ({ date, marketCap })),
        },
      ]
    })
    if (histories.length === 0) return undefined
    let latest = ''
    let earliest = '9999-12-31'
    for (const { series } of histories) {
      const first = series.dates[0]
      const last = series.dates.at(-1)
      if (last !== undefined && last > latest) latest = last
      if (first !== undefined && first < earliest) earliest = first
    }
    return { histories, fx: fx.data.data, latest, earliest }
  }, [fx.data, settled, bars.data, valuations.data])

  // Left out: a query failed with no data to use (a failed refresh keeps its data, see `stamps`).
  const failures: ConstituentFailure[] = universe.flatMap((listing, i) => {
    const error =
      (bars.data[i] === undefined ? bars.errors[i] : null) ??
      (valuations.data[i] === undefined ? valuations.errors[i] : null)
    return error ? [{ ticker: listing.ticker, message: error.message }] : []
  })
  const provenance = useMemo(
    () =>
      combineProvenance([
        bars.provenance ?? undefined,
        valuations.provenance ?? undefined,
        fx.data?.provenance,
      ]),
    [bars.provenance, valuations.provenance, fx.data],
  )
  return {
    data,
    provenance,
    stamps: enabled ? [...bars.stamps, ...valuations.stamps, sourcedStamp(fx)] : [],
    isPending: data === undefined && (fx.isPending || !settled),
    error:
      fx.error ??
      (failures.length === universe.length && failures[0] ? new Error(failures[0].message) : null),
    failures,
    refetch: () => {
      if (fx.isError) void fx.refetch()
      bars.refetchFailed()
      valuations.refetchFailed()
    },
  }
}

/** One ticker per issuer: news search is by issuer name, so an A+H pair needs one search. */
export const newsSearchTickers = issuers.flatMap((issuer) => {
  const first = universe.find((listing) => listing.issuerId === issuer.id)
  return first ? [first.ticker] : []
})

/** Merged news of several searches. */
export interface NewsLists {
  /** Items concerning a relevant listing, each once, newest first ({@link mergeNews}). */
  items: NewsItem[]
  pending: boolean
  /** Searches that failed with nothing to show, with the ticker searched. */
  failures: ConstituentFailure[]
  /** Where the loaded lists came from, combined (null while none has loaded). */
  provenance: Provenance | null
  stamps: QueryStamp[]
  /** Asks the failed searches again. */
  refetchFailed: () => void
}

/**
 * News searches for `tickers` (one per issuer name), merged: the items that concern `relevant`
 * listings, deduplicated, newest first. They start once the view's prices have their first
 * answers (see `useNewsReady`).
 */
export function useMergedNews(
  tickers: readonly Ticker[],
  relevant: ReadonlySet<Ticker>,
): NewsLists {
  const enabled = useNewsReady()
  const news = useQueries({
    queries: tickers.map((ticker) => ({ ...marketQueries.news(ticker), enabled })),
    combine: combineSettled,
  })
  const items = useMemo(
    () =>
      mergeNews(
        news.data.map((result) => result?.data),
        relevant,
      ),
    [news.data, relevant],
  )
  // A search that failed to refresh keeps its items: it is stale (see `stamps`), not failed.
  const failures = tickers.flatMap((ticker, i) => {
    const error = news.errors[i]
    return error && news.data[i] === undefined ? [{ ticker, message: error.message }] : []
  })
  return {
    items,
    pending: news.pending,
    failures,
    provenance: news.provenance,
    stamps: news.stamps,
    refetchFailed: news.refetchFailed,
  }
}
