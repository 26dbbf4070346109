import type { IsoDate } from '@/domain/types'

// Recent windows: the latest part of a history, loaded before the whole of it so that the first
// chart can draw sooner (see src/queries/market-queries.ts), and the rule that keeps every figure
// computed from them equal to the one the whole history gives.

/**
 * The latest part of a history, as vendors answer "the last N bars" or "the last three years": a
 * suffix of the whole series (every point of the history dated on or after the window's first
 * point is in the window), oldest first.
 *
 * `exactAfter`: every figure dated strictly after this day comes out of the window exactly as out
 * of the whole history, because the point before it (previous close, previous market cap, last FX
 * fixing) is in the window too. Null when the window is the whole history.
 */
export interface RecentHistory<T> {
  history: T
  exactAfter: IsoDate | null
}

/**
 * Sessions asked for in a recent window of daily bars or FX fixings: about 14 months (HKEX has about
 * 248 sessions a year, the mainland about 242), so that every range preset up to one year, and the
 * close before its first session, is inside.
 */
export const recentSessions = 300

/** Range presets that a recent window covers (see `recentSessions`). */
export const recentPresets: ReadonlySet<string> = new Set(['1M', '3M', '6M', 'YTD', '1Y'])

/**
 * `exactAfter` of one window from its dates, oldest first: null when it is the `whole` history
 * (e.g. the vendor sent fewer bars than asked), else its second date. The window's first point may
 * have had a neighbour before it that the window lacks (the close a move compares with, the market
 * cap that weights a sector move, the last fixing); from the second point on, each point's
 * predecessor is in the window, and so is that of the move before it (a sector move's weight looks
 * one session back). A window of one point or none: its only date, or null.
 */
export function windowExactAfter(dates: readonly IsoDate[], whole: boolean): IsoDate | null {
  if (whole) return null
  return dates[1] ?? dates[0] ?? null
}

/**
 * The `exactAfter` of figures computed from several windows together: the latest of theirs, since
 * each must hold. Null when every one is a whole history (or there are none).
 */
export function latestExactAfter(days: readonly (IsoDate | null | undefined)[]): IsoDate | null {
  let latest: IsoDate | null = null
  for (const day of days) if (day && (latest === null || day > latest)) latest = day
  return latest
}

/** The points dated strictly after `after` (every point when `after` is null), in input order. */
export function datedAfter<T extends { date: IsoDate }>(
  points: readonly T[],
  after: IsoDate | null,
): T[] {
  return after === null ? [...points] : points.filter((point) => point.date > after)
}

/**
 * Whether figures exact after `exactAfter` cover a range starting on `from`: every day of the
 * range is after it (always, for a whole history).
 */
export function coversRange(exactAfter: IsoDate | null, from: IsoDate): boolean {
  return exactAfter === null || from > exactAfter
}
