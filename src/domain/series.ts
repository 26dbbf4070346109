import { compareIsoDates } from '@/domain/dates'
import type { DateRange, IsoDate } from '@/domain/types'

/** A dated value; null = not meaningful that day. */
export interface Dated<T> {
  date: IsoDate
  value: T
}

/** One row of the main chart: the selection's move and the sector valuation on a session. */
export interface MoveValuationRow {
  date: IsoDate
  /** Fraction; null when the selection has no move that session (suspended, other market's day). */
  move: number | null
  /** Sector PE-TTM; null when not meaningful or missing that session. */
  pe: number | null
}

/**
 * Joins a selection's daily moves with the sector PE series over a range. Sessions are the union of
 * both series' dates inside the range, starting no earlier than the selection's first move (a
 * listing's chart starts when it starts trading). Sorted ascending.
 */
export function joinMovesWithValuation(
  moves: readonly Dated<number>[],
  valuation: readonly Dated<number | null>[],
  range: DateRange,
): MoveValuationRow[] {
  const firstMove = moves.reduce<IsoDate | null>(
    (first, { date }) => (first === null || date < first ? date : first),
    null,
  )
  if (firstMove === null) return []
  const from = firstMove > range.from ? firstMove : range.from
  const inRange = (date: IsoDate) => date >= from && date <= range.to
  const rows = new Map<IsoDate, MoveValuationRow>()
  for (const { date, value } of moves) {
    if (inRange(date) && Number.isFinite(value)) rows.set(date, { date, move: value, pe: null })
  }
  for (const { date, value } of valuation) {
    if (!inRange(date)) continue
    const pe = value !== null && Number.isFinite(value) ? value : null
    const row = rows.get(date)
    if (row) row.pe = pe
    else rows.set(date, { date, move: null, pe })
  }
  return [...rows.values()].sort((a, b) => compareIsoDates(a.date, b.date))
}

/** Counts and extremes of a run of moves, for the chart's text summary. */
export interface MoveSummary {
  sessions: number
  up: number
  down: number
  unchanged: number
  largestRise: Dated<number> | null
  largestFall: Dated<number> | null
  /** Compounded change over the sessions: Π(1 + move) − 1. */
  cumulative: number
}

/** Summarises the finite moves among the rows (rows without a move are ignored). */
export function summariseMoves(
  rows: readonly { date: IsoDate; move: number | null }[],
): MoveSummary {
  const summary: MoveSummary = {
    sessions: 0,
    up: 0,
    down: 0,
    unchanged: 0,
    largestRise: null,
    largestFall: null,
    cumulative: 0,
  }
  let growth = 1
  for (const { date, move } of rows) {
    if (move === null || !Number.isFinite(move)) continue
    summary.sessions += 1
    if (move > 0) summary.up += 1
    else if (move < 0) summary.down += 1
    else summary.unchanged += 1
    if (move > 0 && (summary.largestRise === null || move > summary.largestRise.value))
      summary.largestRise = { date, value: move }
    if (move < 0 && (summary.largestFall === null || move < summary.largestFall.value))
      summary.largestFall = { date, value: move }
    growth *= 1 + move
  }
  summary.cumulative = Number.isFinite(growth) ? growth - 1 : 0
  return summary
}
