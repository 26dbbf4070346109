import { byDateAscending, forEachDate } from '@/domain/dated-lists'
import { calendarDay, cnyPerUnit } from '@/domain/fx'
import type { Currency, DailyMove, FxHistory, IsoDate, Ticker } from '@/domain/types'

// Sector moves: cap-weighted and equal-weighted daily moves of a basket, and each constituent's
// contribution.

/** Maximum age, in calendar days, of a market cap carried forward to weight a move. */
export const maxCapCarryDays = 10

/** One constituent's moves and the market caps that weight them. */
export interface SectorMoveConstituent {
  ticker: Ticker
  /** Trading currency of the listing, in which `marketCap` is quoted. */
  currency: Currency
  /** Close-to-close moves, e.g. from `computeDailyMoves`; any order. */
  moves: readonly DailyMove[]
  /** Market cap of the whole issuer at this listing's close, trading currency; any order. */
  caps: readonly { date: IsoDate; marketCap: number }[]
}

export interface SectorMovesInput {
  constituents: readonly SectorMoveConstituent[]
  fx: FxHistory
}

/** The sector's move on one session. */
export interface SectorMovePoint {
  date: IsoDate
  /** Fraction: Σ w_i × move_i / Σ w_i, w_i = cap in CNY at the constituent's previous close. */
  capWeighted: number
  /** Fraction: plain mean of the same constituents' moves. */
  equalWeighted: number
  /** Constituents in both averages that day. */
  constituents: number
}

/** One constituent's part in a cap-weighted sector move. */
export interface MoveContribution {
  ticker: Ticker
  /** The constituent's own move, a fraction. */
  move: number
  /** Its share of Σ w (w = CNY cap at the previous close), a fraction; shares sum to 1. */
  weight: number
  /** weight × move, a fraction: the contributions of a date sum to its `capWeighted`. */
  contribution: number
}

interface WeightedMove {
  date: IsoDate
  ticker: Ticker
  move: number
  /** CNY cap at the previous close. */
  weight: number
}

/**
 * One constituent's usable moves with their weights, oldest first (rules in
 * {@link computeSectorMoves}). Moves and caps are walked together in date order.
 */
function weightedMoves(constituent: SectorMoveConstituent, fx: FxHistory): WeightedMove[] {
  const moves = byDateAscending(constituent.moves).filter((move) => calendarDay(move.date) !== null)
  const caps = byDateAscending(
    constituent.caps.filter(({ marketCap }) => Number.isFinite(marketCap) && marketCap > 0),
  ).filter((cap) => calendarDay(cap.date) !== null)
  const result: WeightedMove[] = []
  let after = 0 // index of the first cap dated on or after the current move
  moves.forEach(({ date, change }, i) => {
    while (after < caps.length && (caps[after]?.date ?? '') < date) after += 1
    const cap = caps[after - 1] // the latest cap strictly before the move
    if (!Number.isFinite(change) || cap === undefined) return
    const previousSession = moves[i - 1]?.date ?? date
    // A cap dated at or after the previous session is fresh; an older one is aged in days.
    if (cap.date < previousSession) {
      const age =
        (calendarDay(previousSession) ?? Number.NaN) - (calendarDay(cap.date) ?? Number.NaN)
      if (!(age <= maxCapCarryDays)) return
    }
    const rate = cnyPerUnit(fx, constituent.currency, cap.date)
    const weight = rate === null ? Number.NaN : cap.marketCap * rate
    if (Number.isFinite(weight) && weight > 0) {
      result.push({ date, ticker: constituent.ticker, move: change, weight })
    }
  })
  return result
}

/** Weight shares of one date's moves, computed relative to the largest so Σ w cannot overflow. */
function contributionsOf(entries: readonly WeightedMove[]): MoveContribution[] {
  let largest = 0
  for (const entry of entries) largest = Math.max(largest, entry.weight)
  let total = 0
  for (const entry of entries) total += entry.weight / largest
  return entries.map((entry) => {
    const weight = entry.weight / largest / total
    return { ticker: entry.ticker, move: entry.move, weight, contribution: weight * entry.move }
  })
}

/**
 * The sector's cap- and equal-weighted move on every session on which at least one constituent has
 * a usable move, oldest first. Each point averages the same set of constituents:
 *
 * - A constituent enters on a date when it has a finite move dated that day and a usable weight:
 *   w_i = its market cap in CNY at its PREVIOUS close. That is the latest cap dated strictly before
 *   the move's date, carried forward at most {@link maxCapCarryDays} calendar days past the
 *   constituent's previous session (the date of its preceding move in `moves`; for its first move,
 *   the move's own date). So the first session after a suspension is weighted by the cap at the
 *   last close before it. The cap converts at {@link cnyPerUnit} for the cap's date.
 * - Without a usable weight the constituent is left out of both averages and not counted, so the
 *   two figures always describe the same stocks.
 * - A session on which only Hong Kong trades (a mainland holiday) has only HK constituents.
 *   Dates with no constituent are absent (not zero).
 * - capWeighted = Σ w_i × move_i / Σ w_i; equalWeighted = Σ move_i / n. Both are fractions.
 * - A date whose average overflows a double (absurd input) is left out.
 */
export function computeSectorMoves(input: SectorMovesInput): SectorMovePoint[] {
  const result: SectorMovePoint[] = []
  const entries: WeightedMove[] = []
  forEachDate(
    input.constituents.map((constituent) => weightedMoves(constituent, input.fx)),
    (date, moves) => {
      entries.length = 0
      for (const move of moves) if (move !== undefined) entries.push(move)
      // Same arithmetic as contributionsOf, without allocating the parts.
      let largest = 0
      for (const entry of entries) largest = Math.max(largest, entry.weight)
      let total = 0
      for (const entry of entries) total += entry.weight / largest
      let capWeighted = 0
      let equalWeighted = 0
      for (const entry of entries) {
        capWeighted += (entry.weight / largest / total) * entry.move
        equalWeighted += entry.move / entries.length
      }
      if (!Number.isFinite(capWeighted) || !Number.isFinite(equalWeighted)) return
      result.push({ date, capWeighted, equalWeighted, constituents: entries.length })
    },
  )
  return result
}

/**
 * Why the sector moved on `date`: each constituent that entered that day's cap-weighted move (same
 * rules as {@link computeSectorMoves}) with its move, its weight (share of Σ w, so the weights sum
 * to 1) and its contribution = weight × move. The contributions sum to that day's `capWeighted`
 * (up to float rounding). Sorted by |contribution|, largest first; ties keep constituent order.
 * Empty when `computeSectorMoves` has no point on `date`.
 */
export function contributions(input: SectorMovesInput, date: IsoDate): MoveContribution[] {
  const entries = input.constituents.flatMap((constituent) =>
    weightedMoves(constituent, input.fx).filter((move) => move.date === date),
  )
  if (entries.length === 0) return []
  const parts = contributionsOf(entries)
  if (!Number.isFinite(parts.reduce((sum, part) => sum + part.contribution, 0))) return []
  return parts.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
}
