import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import { indexFromMoves, isBasket, type CompareSeriesId, type Level } from '@/domain/compare'
import { ahPremiumHistory, type AhPair, type PremiumPoint } from '@/domain/premium'
import type { Basket } from '@/domain/sector'
import type { SectorMovePoint } from '@/domain/sector-moves'
import type { DailyBar, Ticker } from '@/domain/types'
import { marketQueries } from '@/queries/market-queries'
import { failedRefresh, stampOf, type QueryStamp } from '@/queries/refresh-state'
import { sourcedStamp, useSectorMoves } from '@/queries/use-market-data'
import { combineProvenance, type Provenance, type Sourced } from '@/providers/provenance'

/** One compared series' levels: forward-adjusted closes, or a basket index compounded from moves. */
export interface CompareLevels {
  id: CompareSeriesId
  /** Oldest first; undefined while loading or after a failure. */
  levels: Level[] | undefined
  error: Error | null
  isPending: boolean
}

interface SourcedLevels {
  levels: Level[]
  provenance: Provenance
}

function closesOf({ data: bars, provenance }: Sourced<DailyBar[]>): SourcedLevels {
  return { levels: bars.map((bar) => ({ date: bar.date, value: bar.close })), provenance }
}

interface TickerLevels {
  data: (Level[] | undefined)[]
  errors: (Error | null)[]
  pending: boolean[]
  refetchFailed: () => void
  provenance: (Provenance | undefined)[]
  stamps: QueryStamp[]
}

function combineTickers(results: UseQueryResult<SourcedLevels>[]): TickerLevels {
  return {
    data: results.map((result) => result.data?.levels),
    errors: results.map((result) => result.error),
    pending: results.map((result) => result.isPending),
    refetchFailed: () => {
      for (const result of results) if (result.isError) void result.refetch()
    },
    provenance: results.map((result) => result.data?.provenance),
    stamps: results.map((result) => stampOf(result, result.data?.provenance.asOf ?? null)),
  }
}

/** The cap-weighted move of each session compounded into an index (100 before the first move). */
function basketIndex(points: readonly SectorMovePoint[] | undefined): Level[] | undefined {
  return points && indexFromMoves(points.map((p) => ({ date: p.date, change: p.capWeighted })))
}

/**
 * Levels of every compared series, in the order given. Listings use their forward-adjusted
 * closes; baskets (`HK`, `A`, `ALL`) the cap-weighted index compounded from `useSectorMoves`.
 * Only the baskets that are picked load their constituents.
 */
export function useCompareLevels(ids: readonly CompareSeriesId[]): {
  series: CompareLevels[]
  refetch: () => void
  /** Where the loaded series came from, combined (null while none has loaded). */
  provenance: Provenance | null
  /** Every query behind the series, for telling a failed refresh. */
  stamps: QueryStamp[]
} {
  const tickers = useMemo(() => ids.filter((id): id is Ticker => !isBasket(id)), [ids])
  const closes = useQueries({
    queries: tickers.map((ticker) => ({ ...marketQueries.dailyBars(ticker), select: closesOf })),
    combine: combineTickers,
  })
  const hk = useSectorMoves('HK', ids.includes('HK'))
  const a = useSectorMoves('A', ids.includes('A'))
  const all = useSectorMoves('ALL', ids.includes('ALL'))
  const hkIndex = useMemo(() => basketIndex(hk.data), [hk.data])
  const aIndex = useMemo(() => basketIndex(a.data), [a.data])
  const allIndex = useMemo(() => basketIndex(all.data), [all.data])

  const [hkError, hkPending] = [hk.error, hk.isPending]
  const [aError, aPending] = [a.error, a.isPending]
  const [allError, allPending] = [all.error, all.isPending]
  const series = useMemo(() => {
    const baskets: Record<Basket, Omit<CompareLevels, 'id'>> = {
      HK: { levels: hkIndex, error: hkIndex ? null : hkError, isPending: hkPending },
      A: { levels: aIndex, error: aIndex ? null : aError, isPending: aPending },
      ALL: { levels: allIndex, error: allIndex ? null : allError, isPending: allPending },
    }
    return ids.map((id): CompareLevels => {
      if (isBasket(id)) return { id, ...baskets[id] }
      const i = tickers.indexOf(id)
      return {
        id,
        levels: closes.data[i],
        error: closes.errors[i] ?? null,
        isPending: closes.pending[i] ?? true,
      }
    })
  }, [
    ids,
    tickers,
    closes,
    hkIndex,
    hkError,
    hkPending,
    aIndex,
    aError,
    aPending,
    allIndex,
    allError,
    allPending,
  ])

  const provenance = useMemo(
    () =>
      combineProvenance([
        ...closes.provenance,
        hk.provenance ?? undefined,
        a.provenance ?? undefined,
        all.provenance ?? undefined,
      ]),
    [closes.provenance, hk.provenance, a.provenance, all.provenance],
  )

  return {
    series,
    provenance,
    stamps: [...closes.stamps, ...hk.stamps, ...a.stamps, ...all.stamps],
    refetch: () => {
      closes.refetchFailed()
      // A basket whose refresh failed keeps its data and has no `error` of its own.
      for (const basket of [hk, a, all])
        if (basket.error || failedRefresh(basket.stamps)) basket.refetch()
    },
  }
}

/**
 * The daily A/H premium of a pair (dates both listings closed, FX-adjusted at the central parity
 * carried forward over mainland holidays), from both listings' daily bars and the FX history.
 */
export function useAhPremium(pair: AhPair): {
  data: PremiumPoint[] | undefined
  error: Error | null
  isPending: boolean
  refetch: () => void
  /** Where both listings' bars and the rates came from (null while none has loaded). */
  provenance: Provenance | null
  stamps: QueryStamp[]
} {
  const aBars = useQuery(marketQueries.dailyBars(pair.a))
  const hBars = useQuery(marketQueries.dailyBars(pair.h))
  const fx = useQuery(marketQueries.fx())
  const data = useMemo(
    () =>
      aBars.data && hBars.data && fx.data
        ? ahPremiumHistory(aBars.data.data, hBars.data.data, fx.data.data)
        : undefined,
    [aBars.data, hBars.data, fx.data],
  )
  const provenance = useMemo(
    () => combineProvenance([aBars.data?.provenance, hBars.data?.provenance, fx.data?.provenance]),
    [aBars.data, hBars.data, fx.data],
  )
  return {
    data,
    provenance,
    stamps: [sourcedStamp(aBars), sourcedStamp(hBars), sourcedStamp(fx)],
    error: data ? null : (aBars.error ?? hBars.error ?? fx.error),
    isPending: data === undefined && (aBars.isPending || hBars.isPending || fx.isPending),
    refetch: () => {
      for (const query of [aBars, hBars, fx]) if (query.isError) void query.refetch()
    },
  }
}
