import type { Basket } from '@/domain/sector'
import { isTicker } from '@/domain/tickers'
import type { DateRange, IsoDate, Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'

/**
 * Comparing listings and sector baskets over a range: each series as a level (a forward-adjusted
 * close, or a basket index compounded from daily moves), aligned on the union of the markets'
 * sessions, then rebased to 100 at the first visible session.
 */

/** A compared series: a listing, or a sector basket (`HK`, `A`, `ALL` = HK + A, each issuer once). */
export type CompareSeriesId = Ticker | Basket

/** At most this many series in one comparison (more lines than a reader can tell apart). */
export const maxCompareSeries = 8

const baskets: readonly string[] = ['HK', 'A', 'ALL']

export function isBasket(value: unknown): value is Basket {
  return typeof value === 'string' && baskets.includes(value)
}

/** True for a basket id or a canonical ticker of the universe. */
export function isCompareSeriesId(value: unknown): value is CompareSeriesId {
  return isBasket(value) || (typeof value === 'string' && isTicker(value) && !!findListing(value))
}

/** A dated level (a close, an index value). */
export interface Level {
  date: IsoDate
  value: number
}

/**
 * An index compounded from daily moves: level_k = base × Π_{i ≤ k} (1 + change_i), one level per
 * move date, oldest first. The level on the first move's date already includes that move (the
 * session before it, which would be `base`, is not in the input).
 *
 * - Moves may be unsorted; of several on one date the last in input order wins.
 * - A move that is not finite or is ≤ −100% (the level would reach zero, bad data) is skipped:
 *   that date gets no level and the index carries on from the previous one.
 * - A level that overflows stops the index there (later dates are left out).
 */
export function indexFromMoves(
  moves: readonly { date: IsoDate; change: number }[],
  base = 100,
): Level[] {
  const byDate = new Map<IsoDate, number>()
  for (const { date, change } of moves) byDate.set(date, change)
  const levels: Level[] = []
  let level = base
  for (const date of [...byDate.keys()].sort()) {
    const change = byDate.get(date) ?? Number.NaN
    if (!Number.isFinite(change) || change <= -1) continue
    level *= 1 + change
    if (!Number.isFinite(level) || level <= 0) break
    levels.push({ date, value: level })
  }
  return levels
}

/** One date of several aligned series: `values[k]` is series k's value, null = no session. */
export interface AlignedRow {
  date: IsoDate
  values: (number | null)[]
}

/**
 * Aligns series with different calendars on the UNION of their dates, oldest first. A series with
 * no point on a date (its market closed, a suspension, not yet listed) gets an explicit null there:
 * nothing is carried forward or interpolated. A value that is not finite becomes null; of several
 * points on one date the last in input order wins. Dates where every series is null still appear
 * when some series lists them (e.g. a non-finite value).
 */
export function alignOnUnion(series: readonly (readonly Level[])[]): AlignedRow[] {
  const maps = series.map((points) => {
    const byDate = new Map<IsoDate, number | null>()
    for (const { date, value } of points) byDate.set(date, Number.isFinite(value) ? value : null)
    return byDate
  })
  const dates = new Set<IsoDate>()
  for (const map of maps) for (const date of map.keys()) dates.add(date)
  return [...dates].sort().map((date) => ({
    date,
    values: maps.map((map) => map.get(date) ?? null),
  }))
}

/**
 * The rows inside `range` (inclusive), each series rebased to `base` at its FIRST VISIBLE session:
 * value ÷ (its first value in the range) × base. So every series starts at 100 on the first date
 * of the range on which it has a value; a listing that starts trading inside the range starts at
 * 100 on its first session; a series with no value in the range is null throughout. Changing the
 * range changes the base. Non-positive values are not rebased (null). Rows are sorted by date.
 */
export function rebaseFromFirstVisible(
  rows: readonly AlignedRow[],
  range: DateRange,
  base = 100,
): AlignedRow[] {
  const visible = rows
    .filter((row) => row.date >= range.from && row.date <= range.to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const columns = visible.reduce((max, row) => Math.max(max, row.values.length), 0)
  const bases: (number | null)[] = Array.from({ length: columns }, (_, k) => {
    const first = visible.find((row) => {
      const value = row.values[k]
      return value !== null && value !== undefined && value > 0
    })
    return first?.values[k] ?? null
  })
  return visible.map((row) => ({
    date: row.date,
    values: bases.map((first, k) => {
      const value = row.values[k]
      if (first === null || value === null || value === undefined || !(value > 0)) return null
      const rebased = (value / first) * base
      return Number.isFinite(rebased) ? rebased : null
    }),
  }))
}

/** A rebased series over the visible range: where it starts and ends, and its change. */
export interface RebasedSummary {
  /** The series' first visible session (its base date). */
  from: IsoDate
  /** Its value there: `base`. */
  first: number
  /** Its last visible session. */
  to: IsoDate
  last: number
  /** Fraction: last ÷ first − 1. */
  change: number
}

/** The first and last value of column `k` of rebased rows, or null when it has none. */
export function rebasedSummary(
  rows: readonly { date: IsoDate; values: readonly (number | null)[] }[],
  k: number,
): RebasedSummary | null {
  let start: { date: IsoDate; value: number } | null = null
  let end: { date: IsoDate; value: number } | null = null
  for (const row of rows) {
    const value = row.values[k]
    if (value === null || value === undefined || !Number.isFinite(value)) continue
    start ??= { date: row.date, value }
    end = { date: row.date, value }
  }
  if (start === null || end === null || !(start.value > 0)) return null
  return {
    from: start.date,
    first: start.value,
    to: end.date,
    last: end.value,
    change: end.value / start.value - 1,
  }
}

/** Earliest and latest date of the rows, or null when there are none. */
export function dateExtent(rows: readonly { date: IsoDate }[]): DateRange | null {
  let from: IsoDate | null = null
  let to: IsoDate | null = null
  for (const { date } of rows) {
    if (from === null || date < from) from = date
    if (to === null || date > to) to = date
  }
  return from === null || to === null ? null : { from, to }
}
