import type { DateRange, IsoDate } from '@/domain/types'

/** One observation of a daily series; `value` null = not meaningful (a loss-making period etc.). */
export interface SeriesPoint {
  date: IsoDate
  value: number | null
}

/** A dated value: where a statistic was observed. */
export interface DatedValue {
  date: IsoDate
  value: number
}

/**
 * Where a valuation series sits against its own history over a window. Every figure is in the
 * series' unit (a PE multiple, a premium fraction, …) except the shares and ratios, which are
 * plain fractions.
 */
export interface ValuationStats {
  /** `from` = the requested start; `to` = the date of the last point in the window (used or not). */
  window: DateRange
  /** Points used: finite values, and > 0 unless `allowNonPositive`. */
  count: number
  /** Points in the window not used (null, non-finite, or ≤ 0 unless `allowNonPositive`). */
  excluded: number
  /** The last used point in the window. */
  current: DatedValue
  /** Arithmetic mean of the used values. */
  mean: number
  /** Middle used value; the mean of the two middle ones for an even count. */
  median: number
  /** Population standard deviation (divides by n, not n − 1); 0 for a single point. */
  stdDev: number
  /** mean − 2σ, mean − σ, mean + σ, mean + 2σ. */
  bands: { minus2: number; minus1: number; plus1: number; plus2: number }
  /**
   * Share of used observations ≤ current, in (0, 1]; ties count as ≤, so the current point always
   * counts itself and the highest value in the window has percentile 1.
   */
  percentile: number
  /** Lowest used value; the earliest date on ties. */
  min: DatedValue
  /** Highest used value; the earliest date on ties. */
  max: DatedValue
  /** max / current: how far the series would have to rise to regain its peak. null if current ≤ 0. */
  peakOverCurrent: number | null
  /** current / min: how far it sits above its trough. null if min ≤ 0. */
  currentOverTrough: number | null
  /** current / mean − 1, a fraction (0.25 = 25% above the mean). null if mean ≤ 0. */
  currentVsMean: number | null
}

// Below this magnitude sums and squares of a few thousand values cannot overflow; above it the
// values are rescaled by an exact power of two.
const rescaleAbove = 1e150

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? finiteOrNull(numerator / denominator) : null
}

/**
 * Statistics of `points` over a window: mean, median, population σ with ±1σ/±2σ bands, the
 * current value's percentile, the trough and peak, and ratios of current to them.
 *
 * - Window: points dated from `window.from` to `window.to` (inclusive; no upper limit when `to` is
 *   omitted). Points may be unsorted; they are sorted by date, and of several points on one date
 *   the last in input order wins.
 * - Used points: finite values that are > 0. A PE series is not meaningful at or below zero (a
 *   loss-making sector), so those points count as `excluded`. With `allowNonPositive` (e.g. an
 *   A/H premium, which can be negative) every finite value is used, and a ratio whose denominator
 *   is ≤ 0 is null instead.
 * - Returns null when the window holds no used point, or when the values are so extreme (beyond
 *   about 1e307) that mean, σ or the bands overflow a double. A ratio that overflows is null.
 */
export function valuationStats(
  points: readonly SeriesPoint[],
  window: { from: IsoDate; to?: IsoDate },
  options: { allowNonPositive?: boolean } = {},
): ValuationStats | null {
  const { from, to } = window
  const byDate = new Map<IsoDate, number | null>()
  for (const point of points) {
    if (point.date >= from && (to === undefined || point.date <= to)) {
      byDate.set(point.date, point.value)
    }
  }
  const dates = [...byDate.keys()].sort()
  const used: DatedValue[] = []
  for (const date of dates) {
    const value = byDate.get(date)
    if (value === null || value === undefined || !Number.isFinite(value)) continue
    if (value > 0 || options.allowNonPositive === true) used.push({ date, value })
  }
  const current = used[used.length - 1]
  const lastDate = dates[dates.length - 1]
  if (current === undefined || lastDate === undefined) return null

  const n = used.length
  let min = current
  let max = current
  let maxAbs = 0
  for (const point of used) {
    // Dates ascend, so strict comparisons keep the earliest date on ties.
    if (point.value < min.value) min = point
    if (point.value > max.value) max = point
    maxAbs = Math.max(maxAbs, Math.abs(point.value))
  }
  const scale = maxAbs > rescaleAbove ? 2 ** Math.floor(Math.log2(maxAbs)) : 1
  let sum = 0
  for (const point of used) sum += point.value / scale
  const scaledMean = sum / n
  let squares = 0
  for (const point of used) squares += (point.value / scale - scaledMean) ** 2
  const mean = scaledMean * scale
  const stdDev = Math.sqrt(squares / n) * scale
  const bands = {
    minus2: mean - 2 * stdDev,
    minus1: mean - stdDev,
    plus1: mean + stdDev,
    plus2: mean + 2 * stdDev,
  }
  if (![mean, stdDev, ...Object.values(bands)].every(Number.isFinite)) return null

  const sorted = used.map((point) => point.value).sort((a, b) => a - b)
  const lower = sorted[(n - 1) >> 1] ?? current.value
  const upper = sorted[n >> 1] ?? current.value
  const median = lower / 2 + upper / 2 // halves first: the sum of two large values could overflow
  const atOrBelow = sorted.filter((value) => value <= current.value).length

  return {
    window: { from, to: lastDate },
    count: n,
    excluded: dates.length - n,
    current,
    mean,
    median,
    stdDev,
    bands,
    percentile: atOrBelow / n,
    min,
    max,
    peakOverCurrent: ratio(max.value, current.value),
    currentOverTrough: ratio(current.value, min.value),
    currentVsMean: mean > 0 ? finiteOrNull(current.value / mean - 1) : null,
  }
}

/**
 * Standard score of `value` against the window: (value − mean) / σ, in σ units (2 = two standard
 * deviations above the mean). null when σ is 0 (a flat or single-point window), when `value` is
 * not finite, or when the result overflows.
 */
export function zScore(
  value: number,
  stats: Pick<ValuationStats, 'mean' | 'stdDev'>,
): number | null {
  if (!(stats.stdDev > 0) || !Number.isFinite(value)) return null
  return finiteOrNull((value - stats.mean) / stats.stdDev)
}
