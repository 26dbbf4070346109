import type { SeriesPoint } from '@/domain/stats'
import type { IsoDate } from '@/domain/types'

/**
 * Valuation against what came next: the point-in-time percentile of a sector multiple on each
 * session, paired with the sector basket's return over the following sessions.
 *
 * "Point-in-time" means no look-ahead: the percentile of day t is computed from the window's
 * observations up to and including t only, so a point shows what an investor could have known
 * that day. (A whole-window percentile would rank 2019 against the 2021 peak that had not yet
 * happened.)
 */

/** A session's multiple and its percentile within the window up to that session. */
export interface PercentilePoint {
  date: IsoDate
  /** The multiple that day. */
  value: number
  /** Share of the window's used observations up to this day that are ≤ `value`, in (0, 1]. */
  percentile: number
  /** Used observations from the window start up to and including this day. */
  count: number
}

/** Index of the first element of ascending `sorted` that is greater than `value`. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] ?? Number.POSITIVE_INFINITY) <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The expanding-window percentile of every used point dated `from` or later, oldest first.
 *
 * - Same rules as `valuationStats`: points may be unsorted; of several on one date the last in
 *   input order wins; used = finite and > 0 (a PE at or below zero, or null, is not meaningful).
 *   A day that is not used gets no point and does not enter the history.
 * - percentile(t) = #{used s in [from, t] : value_s ≤ value_t} ÷ #{used s in [from, t]}; ties
 *   count as ≤, so a day always counts itself. The last point's percentile equals
 *   `valuationStats(points, { from }).percentile`.
 * - `minCount` (default 1): days with fewer used observations so far are a warm-up: they enter
 *   the history but get no point (a percentile out of 3 observations says little).
 *
 * Cost: O(n log n) comparisons plus O(n²) element moves in the worst case (one array insert per
 * day); about 1 ms for 2,200 sessions.
 */
export function expandingPercentiles(
  points: readonly SeriesPoint[],
  from: IsoDate,
  { minCount = 1 }: { minCount?: number } = {},
): PercentilePoint[] {
  const byDate = new Map<IsoDate, number | null>()
  for (const point of points) if (point.date >= from) byDate.set(point.date, point.value)
  const dates = [...byDate.keys()].sort()
  const sorted: number[] = []
  const result: PercentilePoint[] = []
  for (const date of dates) {
    const value = byDate.get(date)
    if (value === null || value === undefined || !Number.isFinite(value) || value <= 0) continue
    const at = upperBound(sorted, value)
    sorted.splice(at, 0, value)
    // Everything before the insertion point is ≤ value, and so is the value itself.
    if (sorted.length >= minCount) {
      result.push({ date, value, percentile: (at + 1) / sorted.length, count: sorted.length })
    }
  }
  return result
}

/** A session and the basket's compounded return over the following sessions (null: not yet known). */
export interface ForwardReturn {
  date: IsoDate
  value: number | null
}

/**
 * The compounded return over the next `horizon` sessions after each session:
 * Π (1 + move_j) − 1 over the `horizon` moves dated after it, i.e. from that day's close to the
 * close `horizon` sessions later.
 *
 * - `moves` are daily moves (fractions) of one basket, any order; of several on one date the last
 *   in input order wins. Their dates are the sessions: the session after t is the next dated move.
 * - The last `horizon` sessions have `value: null` (the future is not known yet), as does a
 *   session whose window holds a non-finite move or whose product overflows.
 * - `horizon` must be a positive whole number (RangeError otherwise).
 */
export function forwardReturns(
  moves: readonly { date: IsoDate; value: number }[],
  horizon: number,
): ForwardReturn[] {
  if (!Number.isInteger(horizon) || horizon < 1) {
    throw new RangeError(`horizon must be a positive whole number of sessions, not ${horizon}`)
  }
  const byDate = new Map<IsoDate, number>()
  for (const move of moves) byDate.set(move.date, move.value)
  const dates = [...byDate.keys()].sort()
  const values = dates.map((date) => byDate.get(date) ?? Number.NaN)
  return dates.map((date, i) => {
    if (i + horizon >= dates.length) return { date, value: null }
    let growth = 1
    for (let j = i + 1; j <= i + horizon; j += 1) growth *= 1 + (values[j] ?? Number.NaN)
    const value = growth - 1
    return { date, value: Number.isFinite(value) ? value : null }
  })
}

/** One dot of the scatter: a session's point-in-time percentile and what followed. */
export interface ScatterPoint {
  date: IsoDate
  /** The multiple that day. */
  value: number
  /** Point-in-time percentile, see {@link expandingPercentiles}. */
  percentile: number
  /** Basket return over the next `horizon` sessions, a fraction. */
  forwardReturn: number
}

export interface ScatterSeries {
  points: ScatterPoint[]
  /** The latest session with a percentile: it has no forward return yet. null when none. */
  current: PercentilePoint | null
  /** Sessions with a percentile but no forward return (the last `horizon` sessions, or no move). */
  pending: number
}

/**
 * Joins a basket's point-in-time valuation percentile with its forward return, session by
 * session ({@link expandingPercentiles} from `from` with `minCount`, then {@link forwardReturns}
 * over `horizon` sessions). A day enters when it has both; days with a percentile and no forward
 * return are counted in `pending`. The last percentile day is `current`.
 */
export function scatterPoints(
  valuation: readonly SeriesPoint[],
  moves: readonly { date: IsoDate; value: number }[],
  options: { from: IsoDate; horizon: number; minCount?: number },
): ScatterSeries {
  const percentiles = expandingPercentiles(valuation, options.from, {
    minCount: options.minCount ?? 1,
  })
  const ahead = new Map<IsoDate, number | null>()
  for (const { date, value } of forwardReturns(moves, options.horizon)) ahead.set(date, value)
  const points: ScatterPoint[] = []
  let pending = 0
  for (const { date, value, percentile } of percentiles) {
    const forwardReturn = ahead.get(date)
    if (forwardReturn === null || forwardReturn === undefined) pending += 1
    else points.push({ date, value, percentile, forwardReturn })
  }
  return { points, current: percentiles.at(-1) ?? null, pending }
}

/** Forward returns of the days whose percentile fell in one bucket. */
export interface ReturnBucket {
  /** Percentile bounds: the bucket holds from < percentile ≤ to (the first bucket includes 0). */
  from: number
  to: number
  count: number
  /** Mean forward return, a fraction; null when the bucket is empty. */
  mean: number | null
  /** Median forward return; the mean of the two middle ones for an even count. */
  median: number | null
  /** Share of the bucket's days whose forward return was > 0. */
  shareUp: number | null
}

/**
 * Splits the points into `buckets` equal percentile ranges ((0, 1/b], (1/b, 2/b], …, up to 1)
 * and summarises each range's forward returns. A percentile on a boundary (0.2 with 5 buckets)
 * belongs to the lower bucket. The days overlap (a 20-session return starts every session), so
 * the counts are not independent observations.
 */
export function returnsByPercentile(
  points: readonly Pick<ScatterPoint, 'percentile' | 'forwardReturn'>[],
  buckets = 5,
): ReturnBucket[] {
  const groups: number[][] = Array.from({ length: buckets }, () => [])
  for (const { percentile, forwardReturn } of points) {
    if (!Number.isFinite(percentile) || !Number.isFinite(forwardReturn)) continue
    // The tolerance keeps 0.6 × 5 = 3.0000000000000004 in the third bucket, not the fourth.
    const index = Math.min(buckets - 1, Math.max(0, Math.ceil(percentile * buckets - 1e-9) - 1))
    groups[index]?.push(forwardReturn)
  }
  return groups.map((values, i) => {
    const sorted = [...values].sort((a, b) => a - b)
    const n = sorted.length
    const lower = sorted[(n - 1) >> 1]
    const upper = sorted[n >> 1]
    return {
      from: i / buckets,
      to: (i + 1) / buckets,
      count: n,
      mean: n > 0 ? sorted.reduce((sum, value) => sum + value, 0) / n : null,
      median: lower !== undefined && upper !== undefined ? lower / 2 + upper / 2 : null,
      shareUp: n > 0 ? sorted.filter((value) => value > 0).length / n : null,
    }
  })
}
