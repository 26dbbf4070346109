import { useMemo } from 'react'
import type { Level } from '@/domain/compare'
import type { SectorValuationPoint } from '@/domain/sector'
import { valuationStats } from '@/domain/stats'
import type { IsoDate } from '@/domain/types'

/**
 * The sector PE pane's series, shared by the Compare and premium charts: the PE sessions that have
 * a value (as levels to align with the upper pane), its statistics since `since`, and the mean ± 1σ
 * band drawn behind it. Each part is memoised, so the memoised charts see stable props.
 */
export function useSectorPeBand(data: readonly SectorValuationPoint[] | undefined, since: IsoDate) {
  const levels = useMemo<Level[]>(
    () =>
      data?.flatMap((point) =>
        point.value === null ? [] : [{ date: point.date, value: point.value }],
      ) ?? [],
    [data],
  )
  const stats = useMemo(
    () =>
      data
        ? valuationStats(
            data.map((point) => ({ date: point.date, value: point.value })),
            { from: since },
          )
        : null,
    [data, since],
  )
  const band = useMemo(() => (stats ? { mean: stats.mean, stdDev: stats.stdDev } : null), [stats])
  return { levels, stats, band }
}
