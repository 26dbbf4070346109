import type { DailyBar, DailyMove, DateRange } from '@/domain/types'

/**
 * Close-to-close moves of one listing on forward-adjusted closes, oldest first.
 *
 * - Bars may arrive in any order (vendors often send newest first); dates are compared as
 *   `YYYY-MM-DD` strings.
 * - A bar whose close is non-positive or non-finite is skipped before anything else, as if the
 *   session had not printed.
 * - Several bars on one date: the last one in input order (among those with a usable close) wins.
 * - A suspension has no bar, so the next traded session is compared with the last close that
 *   printed: one larger move, not a run of zeros. `previousClose` says which close that was.
 * - The first usable bar yields no move, so n usable bars give n − 1 moves.
 * - A move whose ratio overflows a double (closes many orders of magnitude apart, i.e. bad data)
 *   is left out; its close still serves as the previous close of the next move.
 *
 * `change` is a fraction: close / previousClose − 1 (0.0123 = +1.23%).
 */
export function computeDailyMoves(bars: readonly DailyBar[]): DailyMove[] {
  const closeByDate = new Map<string, number>()
  for (const { date, close } of bars) {
    if (Number.isFinite(close) && close > 0) closeByDate.set(date, close)
  }
  const dates = [...closeByDate.keys()].sort()
  const moves: DailyMove[] = []
  let previousClose: number | null = null
  for (const date of dates) {
    const close = closeByDate.get(date)
    if (close === undefined) continue
    if (previousClose !== null) {
      const change = close / previousClose - 1
      if (Number.isFinite(change)) moves.push({ date, close, previousClose, change })
    }
    previousClose = close
  }
  return moves
}

/**
 * The moves dated within `range`, both ends inclusive, in input order. The move dated `range.from`
 * keeps its comparison with the close before it (the close before the range), so the first
 * session of the range has a move. An inverted range (`from` after `to`) yields nothing.
 */
export function movesInRange(moves: readonly DailyMove[], range: DateRange): DailyMove[] {
  return moves.filter((move) => move.date >= range.from && move.date <= range.to)
}
