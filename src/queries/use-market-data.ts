import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import { computeDailyMoves } from '@/domain/moves'
import { datedAfter, latestExactAfter, type RecentHistory } from '@/domain/recent'
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
import type { DailyBar, DailyMove, FxHistory, IsoDate, NewsItem, Ticker } from '@/domain/types'
import type { Listing } from '@/domain/universe'
import { combineProvenance, type Provenance, type Sourced } from '@/providers/provenance'
import { useFirstPricesDrawn, useNewsReady } from '@/queries/load-order'
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
 * How a hook loads history: `whole` (the whole histories), or `recentFirst`: until the first
 * prices are drawn ({@link useFirstPricesDrawn}) from the recent windows (src/domain/recent.ts),
 * then from the whole histories, the recent figures standing in until those arrive.
 */
export type HistoryLoad = 'whole' | 'recentFirst'

/**
 * A combined result that may stand on recent windows. `exactAfter`: null when `data` comes from the
 * whole histories; otherwise `data` holds only the figures dated after that day (each one equal to
 * what the whole histories give) and the whole histories are still on their way, or failed
 * (`wholeError`).
 */
export interface Progressive<T> extends Combined<T> {
  exactAfter: IsoDate | null
  wholeError: Error | null
}

/** A sourced recent window's answer, unwrapped to the whole history's shape plus `exactAfter`. */
type RecentSourced<T> = Sourced<T> & { exactAfter: IsoDate | null }

function unwrapRecent<T>(result: Sourced<RecentHistory<T>>): RecentSourced<T> {
  return {
    data: result.data.history,
    provenance: result.provenance,
    exactAfter: result.data.exactAfter,
  }
}

/** {@link combineMany} with the latest `exactAfter` of the windows that answered. */
function combineRecent<T>(
  results: UseQueryResult<RecentSourced<T>>[],
): Many<T> & { exactAfter: IsoDate | null } {
  return {
    ...combineMany(results),
    exactAfter: latestExactAfter(results.map((result) => result.data?.exactAfter)),
  }
}

/**
 * Recent FX fixings (the last `recentSessions` of each currency) as a sourced history with their
 * `exactAfter`: for the recent phase of the sector hooks, and for the latest rates (a spot premium),
 * which the window has like the whole history, at a tenth of the download.
 */
export function useRecentFx(enabled = true): UseQueryResult<RecentSourced<FxHistory>> {
  return useQuery({ ...marketQueries.recentFx(), select: unwrapRecent, enabled })
}

/** Recent market cap and PE-TTM windows of listings, combined, with their latest `exactAfter`. */
function useRecentCapPe(listings: readonly Listing[], enabled: boolean) {
  return useQueries({
    queries: listings.map((listing) => ({
      ...marketQueries.recentCapPe(listing.ticker),
      select: unwrapRecent<readonly ConstituentPoint[]>,
      enabled,
    })),
    combine: combineRecent<readonly ConstituentPoint[]>,
  })
}

/**
 * Whether a `recentFirst` hook is in its recent phase: before the first prices are drawn. Hooks
 * loading `whole` never are.
 */
function useRecentPhase(load: HistoryLoad): boolean {
  const drawn = useFirstPricesDrawn()
  return load === 'recentFirst' && !drawn
}

/**
 * The result to show: the whole histories' once computed; before that, in the recent phase or
 * while the recent figures are all there is, the recent one, trimmed to the days after its
 * `exactAfter`.
 */
function pickProgressive<T extends { date: IsoDate }>(
  whole: Combined<T[]>,
  recent: Combined<T[]>,
  recentExactAfter: IsoDate | null,
  recentPhase: boolean,
): Progressive<T[]> {
  if (whole.data !== undefined || (!recentPhase && recent.data === undefined)) {
    return { ...whole, exactAfter: null, wholeError: null }
  }
  const wholeError = recentPhase ? null : whole.error
  return {
    ...recent,
    data: recent.data && datedAfter(recent.data, recentExactAfter),
    exactAfter: recentExactAfter,
    wholeError,
    isPending: recent.data === undefined && (recent.isPending || whole.isPending),
    refetch: recentPhase ? recent.refetch : whole.refetch,
    stamps: [...recent.stamps, ...(recentPhase ? [] : whole.stamps)],
  }
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
  load: HistoryLoad = 'whole',
): Progressive<SectorValuationPoint[]> {
  const listings = useMemo(() => basketListings(basket), [basket])
  // Recent windows carry market cap and PE only: PB and PS-TTM always load whole.
  const recentPhase = useRecentPhase(metric === 'pe' ? load : 'whole')
  const fx = useQuery({ ...marketQueries.fx(), enabled: !recentPhase })
  const valuations = useQueries({
    queries: listings.map((listing) => ({
      ...(metric === 'pe'
        ? marketQueries.capPe(listing.ticker)
        : marketQueries.valuation(listing.ticker)),
      enabled: !recentPhase,
    })),
    combine: combineMany<readonly ConstituentPoint[]>,
  })
  const recentFx = useRecentFx(recentPhase)
  const recentValuations = useRecentCapPe(listings, recentPhase)
  const whole = useSectorValuationOf(listings, fx, valuations, metric, method)
  const recent = useSectorValuationOf(listings, recentFx, recentValuations, metric, method)
  return pickProgressive(
    whole,
    recent,
    latestExactAfter([recentFx.data?.exactAfter, recentValuations.exactAfter]),
    recentPhase,
  )
}

/** The sector multiple from one set of inputs (whole histories or recent windows). */
function useSectorValuationOf(
  listings: readonly Listing[],
  fx: UseQueryResult<Sourced<FxHistory>>,
  valuations: Many<readonly ConstituentPoint[]>,
  metric: ValuationMetric,
  method: PeMethod,
): Combined<SectorValuationPoint[]> {
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
 * 'aggregate', load)`.
 */
export function useSectorPe(
  basket: Basket,
  load: HistoryLoad = 'whole',
): Progressive<SectorValuationPoint[]> {
  return useSectorValuation(basket, 'pe', 'aggregate', load)
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

/** Moves of a recent window of bars, with the window's provenance and `exactAfter`. */
function selectRecentMoves(result: Sourced<RecentHistory<DailyBar[]>>): RecentSourced<DailyMove[]> {
  return {
    data: computeDailyMoves(result.data.history),
    provenance: result.provenance,
    exactAfter: result.data.exactAfter,
  }
}

function selectSourcedMoves(result: Sourced<readonly DailyBar[]>): Sourced<DailyMove[]> {
  return { data: computeDailyMoves(result.data), provenance: result.provenance }
}

/**
 * Daily moves of one listing with where they came from, loading `load`: for the main chart, which
 * can draw a year from a recent window (src/domain/recent.ts) before the whole history is in.
 */
export function useListingMoves(
  ticker: Ticker,
  enabled = true,
  load: HistoryLoad = 'whole',
): Progressive<DailyMove[]> {
  const recentPhase = useRecentPhase(load)
  const whole = useQuery({
    ...marketQueries.dailyBars(ticker),
    select: selectSourcedMoves,
    enabled: enabled && !recentPhase,
  })
  const recent = useQuery({
    ...marketQueries.recentDailyBars(ticker),
    select: selectRecentMoves,
    enabled: enabled && recentPhase,
  })
  const single = (result: UseQueryResult<Sourced<DailyMove[]>>): Combined<DailyMove[]> => ({
    data: result.data?.data,
    provenance: result.data?.provenance ?? null,
    isPending: result.isPending,
    error: result.error,
    failures: [],
    refetch: () => void result.refetch(),
    stamps: [sourcedStamp(result)],
  })
  return pickProgressive(
    single(whole),
    single(recent),
    recent.data?.exactAfter ?? null,
    enabled && recentPhase,
  )
}

/**
 * Close and vendor PE-TTM of a published sector index (CSI code, e.g. `000991`), oldest first (the
 * data only; `marketQueries.indexValuation(code)` with `selectProvenance` gives its provenance).
 */
export function useIndexValuation(code: string, enabled = true) {
  return useQuery({ ...marketQueries.indexValuation(code), select: selectData, enabled })
}

/**
 * Cap-weighted and equal-weighted daily moves of a basket. Weights are each constituent's market
 * cap in CNY at its previous close (from the `capPe` history).
 */
export function useSectorMoves(
  basket: Basket,
  enabled = true,
  load: HistoryLoad = 'whole',
): Progressive<SectorMovePoint[]> {
  const listings = useMemo(() => basketListings(basket), [basket])
  const recentPhase = useRecentPhase(load) && enabled
  const fx = useQuery({ ...marketQueries.fx(), enabled: enabled && !recentPhase })
  const bars = useQueries({
    queries: listings.map((listing) => ({
      ...marketQueries.dailyBars(listing.ticker),
      enabled: enabled && !recentPhase,
    })),
    combine: combineMany<readonly DailyBar[]>,
  })
  const valuations = useQueries({
    queries: listings.map((listing) => ({
      ...marketQueries.capPe(listing.ticker),
      enabled: enabled && !recentPhase,
    })),
    combine: combineMany<readonly ConstituentPoint[]>,
  })
  const recentFx = useRecentFx(recentPhase)
  const recentBars = useQueries({
    queries: listings.map((listing) => ({
      ...marketQueries.recentDailyBars(listing.ticker),
      select: unwrapRecent<DailyBar[]>,
      enabled: recentPhase,
    })),
    combine: combineRecent<DailyBar[]>,
  })
  const recentValuations = useRecentCapPe(listings, recentPhase)
  const whole = useSectorMovesOf(listings, fx, bars, valuations, enabled)
  const recent = useSectorMovesOf(listings, recentFx, recentBars, recentValuations, enabled)
  return pickProgressive(
    whole,
    recent,
    latestExactAfter([
      recentFx.data?.exactAfter,
      recentBars.exactAfter,
      recentValuations.exactAfter,
    ]),
    recentPhase,
  )
}

/** Sector moves from one set of inputs (whole histories or recent windows). */
function useSectorMovesOf(
  listings: readonly Listing[],
  fx: UseQueryResult<Sourced<FxHistory>>,
  bars: Many<readonly DailyBar[]>,
  valuations: Many<readonly ConstituentPoint[]>,
  enabled: boolean,
): Combined<SectorMovePoint[]> {
  const data = useMemo(() => {
    // Once every constituent has answered or failed (see useSectorValuationOf).
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
