import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import { indexFromMoves, isBasket, type CompareSeriesId, type Level } from '@/domain/compare'
import { ahPremiumHistory, type AhPair, type PremiumPoint } from '@/domain/premium'
import type { Basket, SectorMovePoint } from '@/domain/sector'
import type { DailyBar, Ticker } from '@/domain/types'
import { marketQueries } from '@/queries/market-queries'
import { useSectorMoves } from '@/queries/use-market-data'
import type { Sourced } from '@/providers/provenance'

/** One compared series' levels: forward-adjusted closes, or a basket index compounded from moves. */
export interface CompareLevels {
  id: CompareSeriesId
  /** Oldest first; undefined while loading or after a failure. */
  levels: Level[] | undefined
  error: Error | null
  isPending: boolean
}

function closesOf({ data: bars }: Sourced<DailyBar[]>): Level[] {
  return bars.map((bar) => ({ date: bar.date, value: bar.close }))
}

interface TickerLevels {
  data: (Level[] | undefined)[]
  errors: (Error | null)[]
  pending: boolean[]
  refetchFailed: () => void
}

function combineTickers(results: UseQueryResult<Level[]>[]): TickerLevels {
  return {
    data: results.map((result) => result.data),
    errors: results.map((result) => result.error),
    pending: results.map((result) => result.isPending),
    refetchFailed: () => {
      for (const result of results) if (result.isError) void result.refetch()
    },
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

  return {
    series,
    refetch: () => {
      closes.refetchFailed()
      for (const basket of [hk, a, all]) if (basket.error) basket.refetch()
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
  return {
    data,
    error: data ? null : (aBars.error ?? hBars.error ?? fx.error),
    isPending: data === undefined && (aBars.isPending || hBars.isPending || fx.isPending),
    refetch: () => {
      for (const query of [aBars, hBars, fx]) if (query.isError) void query.refetch()
    },
  }
}
