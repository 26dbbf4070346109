import { valuationStats, type SeriesPoint, type ValuationStats } from '@/domain/stats'
import type { IsoDate } from '@/domain/types'

/** Where one series stands over a window, and whether its latest observation is meaningful. */
export interface SeriesSummary {
  /** Statistics over the used (meaningful) points of the window; null when there are none. */
  stats: ValuationStats | null
  /**
   * The last observation in the window, meaningful or not: `value` null when it is not (a
   * loss-making company's PE, a sector with no profitable constituent). null for an empty window.
   */
  latest: { date: IsoDate; value: number | null } | null
  /**
   * True when the latest observation is the statistics' `current`. When false, the figures that
   * compare with "today" (percentile, peak ÷ current, current ÷ trough, current vs mean) describe
   * an older day and must not be shown as today's; mean, median, σ, bands, min and max still hold.
   */
  currentIsLatest: boolean
}

/**
 * {@link valuationStats} over `from` → latest, plus the latest observation itself. The latest is the
 * last dated point on or after `from` (of several on one date, the last in input order); it is
 * not meaningful when null, non-finite or ≤ 0 (the same rule as the statistics).
 */
export function summariseSeries(points: readonly SeriesPoint[], from: IsoDate): SeriesSummary {
  let latest: { date: IsoDate; value: number | null } | null = null
  for (const { date, value } of points) {
    if (date < from || (latest !== null && date < latest.date)) continue
    const usable = value !== null && Number.isFinite(value) && value > 0
    latest = { date, value: usable ? value : null }
  }
  const stats = valuationStats(points, { from })
  const currentIsLatest =
    stats !== null && latest !== null && latest.value !== null && stats.current.date === latest.date
  return { stats, latest, currentIsLatest }
}
