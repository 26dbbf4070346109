import { issue, type CsvIssue } from '@/domain/csv-issues'
import type { CsvPoint } from '@/domain/csv-series'
import type { IsoDate } from '@/domain/types'

/**
 * The final pass of a CSV interpretation: the data rows in date order, the points of each value
 * column, and the rows that repeat a date. Rows are given by index into per-row arrays (date keys,
 * lines); `runStarts[r]` … `runStarts[r + 1] − 1` are the positions in `order` of the rows sharing
 * `dates[r]`.
 */

// The final pass pauses after this many steps, so a caller can yield to the page in between.
export const stepsPerPause = 1 << 14

/** Row indices by date, file order within a date. */
export function rowOrder(
  keys: readonly number[],
  ascending: boolean,
  descending: boolean,
): number[] {
  const indices = keys.map((_, i) => i)
  if (ascending) return indices
  if (!descending) return indices.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b)
  indices.reverse()
  // Reversing put rows of one date in reverse file order; restore it within each date.
  for (let start = 0; start < indices.length;) {
    let end = start + 1
    while (end < indices.length && keys[indices[end] ?? 0] === keys[indices[start] ?? 0]) end++
    for (let i = start, j = end - 1; i < j; i++, j--) {
      ;[indices[i], indices[j]] = [indices[j] ?? 0, indices[i] ?? 0]
    }
    start = end
  }
  return indices
}

/** Of several rows with one date, the last in the file with a value for the column wins. */
export function* seriesPoints(
  column: readonly number[],
  order: readonly number[],
  runStarts: readonly number[],
  dates: readonly IsoDate[],
): Generator<void, CsvPoint[], void> {
  const points: CsvPoint[] = []
  for (let run = 0; run < dates.length; run++) {
    let value = Number.NaN
    for (let i = runStarts[run] ?? 0; i < (runStarts[run + 1] ?? 0); i++) {
      const candidate = column[order[i] ?? 0] ?? Number.NaN
      if (!Number.isNaN(candidate)) value = candidate
    }
    if (!Number.isNaN(value)) points.push({ date: dates[run] ?? '', value })
    if (run % stepsPerPause === stepsPerPause - 1) yield
  }
  return points
}

/** One issue per repeated row (the first `maxIssues` by line), pointing at the first one. */
export function duplicates(
  order: readonly number[],
  runStarts: readonly number[],
  dates: readonly IsoDate[],
  lines: readonly number[],
  maxIssues: number,
): { kept: CsvIssue[]; count: number } {
  if (runStarts.length - 1 === order.length) return { kept: [], count: 0 } // no date repeats
  const repeats: [line: number, first: number, run: number][] = []
  for (let run = 0; run < dates.length; run++) {
    const start = runStarts[run] ?? 0
    const first = lines[order[start] ?? 0] ?? 0
    for (let i = start + 1; i < (runStarts[run + 1] ?? 0); i++) {
      repeats.push([lines[order[i] ?? 0] ?? 0, first, run])
    }
  }
  repeats.sort((a, b) => a[0] - b[0])
  const kept = repeats
    .slice(0, maxIssues)
    .map(([line, first, run]) => issue(line, 'duplicate-date', { date: dates[run] ?? '', first }))
  return { kept, count: repeats.length }
}
