/**
 * Downsampling for charts: at most about two points per horizontal pixel, without losing what a
 * user looks for. Both functions return INDICES into the input (ascending, unique), so callers keep
 * their own row objects and any extra fields.
 *
 * (The `downsample` npm package implements LTTB too, but it returns new points rather than indices
 * and cannot be told to keep particular points; the algorithm is short enough to own.)
 */

/** Indices that must survive downsampling (e.g. the selected day), in any order. */
export type KeepIndices = Iterable<number>

function withKept(chosen: number[], keep: KeepIndices, length: number): number[] {
  const set = new Set(chosen)
  for (const index of keep)
    if (Number.isInteger(index) && index >= 0 && index < length) set.add(index)
  return [...set].sort((a, b) => a - b)
}

/**
 * Largest-triangle-three-buckets (Steinarsson 2013) over a line. `values[i]` may be null (a gap):
 * null points are never chosen as representatives, but the first and last indices are always kept.
 * The global maximum and minimum of the finite values are always kept, and so is every index in
 * `keep`. Returns all indices when `threshold` ≥ length or < 3.
 *
 * Result length is at most `threshold + 2 + |keep|` (buckets + the two extremes + kept points).
 * x is the index (sessions are evenly spaced on a category axis).
 */
export function lttbIndices(
  values: readonly (number | null)[],
  threshold: number,
  keep: KeepIndices = [],
): number[] {
  const n = values.length
  if (threshold >= n || threshold < 3) return Array.from({ length: n }, (_, i) => i)
  const y = finiteOrNaN(values)

  const chosen: number[] = [0]
  const bucketSize = (n - 2) / (threshold - 2)
  let a = 0
  for (let bucket = 0; bucket < threshold - 2; bucket += 1) {
    const start = Math.floor(bucket * bucketSize) + 1
    const end = Math.min(Math.floor((bucket + 1) * bucketSize) + 1, n - 1)
    // Average of the next bucket (the last bucket looks at the final point).
    const nextStart = end
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, n)
    let avgX = 0
    let avgY = 0
    let count = 0
    for (let i = nextStart; i < nextEnd; i += 1) {
      const v = y[i] as number
      if (v !== v) continue // NaN: no value
      avgX += i
      avgY += v
      count += 1
    }
    const ay = y[a] as number
    let best = -1
    let bestArea = -1
    for (let i = start; i < end; i += 1) {
      const v = y[i] as number
      if (v !== v) continue
      // Without a finite anchor or next average, fall back to the point farthest from zero change.
      const area =
        ay !== ay || count === 0
          ? Math.abs(v)
          : Math.abs((a - avgX / count) * (v - ay) - (a - i) * (avgY / count - ay))
      if (area > bestArea) {
        bestArea = area
        best = i
      }
    }
    if (best >= 0) {
      chosen.push(best)
      a = best
    }
  }
  chosen.push(n - 1)
  return withKept(chosen, [...extremes(y), ...keep], n)
}

/**
 * The values as numbers, NaN where there is none (null, undefined, ±Infinity, NaN): one walk, after
 * which the loops over 20,000 sessions neither call a function nor test for null per point (they
 * often run once in a page, before V8 optimises them).
 */
function finiteOrNaN(values: readonly (number | null)[]): Float64Array {
  const out = new Float64Array(values.length)
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i]
    out[i] = v !== null && v !== undefined && Number.isFinite(v) ? v : Number.NaN
  }
  return out
}

/**
 * Min/max buckets for bars (daily moves): splits the series into `buckets` equal runs and keeps,
 * in each, the index of the largest and of the smallest value — so the biggest rise and the biggest
 * fall of every bucket stay visible — plus every index in `keep`. At most 2 × buckets + |keep|
 * indices. Returns all indices when 2 × buckets ≥ length.
 */
export function minMaxBucketIndices(
  values: readonly (number | null)[],
  buckets: number,
  keep: KeepIndices = [],
): number[] {
  const n = values.length
  if (buckets < 1 || 2 * buckets >= n) return Array.from({ length: n }, (_, i) => i)
  const size = n / buckets
  const chosen: number[] = []
  for (let bucket = 0; bucket < buckets; bucket += 1) {
    const start = Math.floor(bucket * size)
    const end = Math.min(Math.floor((bucket + 1) * size), n)
    let max = -1
    let min = -1
    for (let i = start; i < end; i += 1) {
      const v = values[i]
      if (v === null || v === undefined || !Number.isFinite(v)) continue
      if (max < 0 || v > (values[max] ?? 0)) max = i
      if (min < 0 || v < (values[min] ?? 0)) min = i
    }
    if (max >= 0) chosen.push(max)
    if (min >= 0 && min !== max) chosen.push(min)
  }
  return withKept(chosen, keep, n)
}

/** Indices of the first global maximum and minimum among the values (NaN: none). */
function extremes(y: Float64Array): number[] {
  let max = -1
  let min = -1
  for (let i = 0; i < y.length; i += 1) {
    const v = y[i] as number
    if (v !== v) continue
    if (max < 0 || v > (y[max] as number)) max = i
    if (min < 0 || v < (y[min] as number)) min = i
  }
  return [max, min].filter((i) => i >= 0)
}

/**
 * Rows for a chart of `plotWidth` pixels carrying a bar series and a line series: the union of
 * min/max buckets of the bars (0.75 bucket per pixel) and LTTB of the line (0.5 point per pixel),
 * so at most about 2 rows per pixel, plus `keep`. Returns the input unchanged when it already has
 * no more than 2 rows per pixel.
 */
export function downsampleRows<Row>(
  rows: readonly Row[],
  plotWidth: number,
  bar: (row: Row) => number | null,
  line: (row: Row) => number | null,
  keep: KeepIndices = [],
): Row[] {
  const pixels = Math.max(16, Math.floor(plotWidth))
  if (rows.length <= 2 * pixels) return [...rows]
  const keepList = [...keep]
  const bars = minMaxBucketIndices(rows.map(bar), Math.floor(pixels * 0.75), keepList)
  const lines = lttbIndices(rows.map(line), Math.floor(pixels / 2), keepList)
  const indices = [...new Set([...bars, ...lines])].sort((a, b) => a - b)
  return indices.flatMap((i) => {
    const row = rows[i]
    return row === undefined ? [] : [row]
  })
}
