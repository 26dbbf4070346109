import { closureReason, nextTradingDay, type ClosureReason } from '@/domain/calendar'
import { basketListings, type Basket } from '@/domain/sector'
import {
  contributions,
  type MoveContribution,
  type SectorMoveConstituent,
} from '@/domain/sector-moves'
import type { DailyMove, FxHistory, IsoDate, Market, Ticker } from '@/domain/types'
import type { Listing } from '@/domain/universe'

/**
 * "Why did it move?": every listing's close-to-close move on one session, its contribution to its
 * market's cap-weighted sector move, and the sector move per basket that day.
 */

/** One listing's inputs: moves from `computeDailyMoves`, caps in the trading currency. */
export interface DayInput {
  listing: Listing
  moves: readonly DailyMove[]
  caps: readonly { date: IsoDate; marketCap: number }[]
}

/**
 * - `moved`: a close-to-close move that day;
 * - `market-closed`: the listing's market did not trade that day;
 * - `listing-day`: its first session (no previous close);
 * - `not-listed`: before its first session;
 * - `no-data`: after its last data;
 * - `suspended`: its market traded, it did not.
 */
export type DayRowStatus =
  'moved' | 'market-closed' | 'listing-day' | 'not-listed' | 'no-data' | 'suspended'

export interface DayRow {
  listing: Listing
  status: DayRowStatus
  /** The move that day (fraction), with the closes it compares. */
  move: DailyMove | null
  /**
   * Share of its market basket's Σ weights (HK or A; weight = market cap in CNY at the previous
   * close), and weight × move: the contributions of a basket sum to its cap-weighted move. Null
   * when the listing did not enter the basket that day (no move, or no usable cap).
   */
  weight: number | null
  contribution: number | null
}

/** A basket's move on the day. */
export interface BasketDay {
  basket: Basket
  /** Σ weight × move (fraction). */
  capWeighted: number
  /** Plain mean of the same constituents' moves (fraction). */
  equalWeighted: number
  constituents: number
  advancers: number
  decliners: number
  unchanged: number
  /** The constituents' contributions, largest |contribution| first. */
  parts: MoveContribution[]
}

/** Whether a market traded on the day; when closed, why and when it trades next. */
export type MarketDay =
  | { market: Market; open: true }
  | { market: Market; open: false; reason: ClosureReason; nextSession: IsoDate | null }
  /** Outside the calendar's coverage: unknown. */
  | { market: Market; open: null }

export interface DayDetail {
  date: IsoDate
  /** Listings that moved, by move (largest rise first), then the others in input order. */
  rows: DayRow[]
  baskets: Record<Basket, BasketDay | null>
  markets: Record<Market, MarketDay>
}

/** Whether `market` traded on `date`, from the exchange calendar. */
export function marketDay(market: Market, date: IsoDate): MarketDay {
  let reason: ClosureReason | null
  try {
    reason = closureReason(market, date)
  } catch {
    return { market, open: null }
  }
  if (reason === null) return { market, open: true }
  let nextSession: IsoDate | null
  try {
    nextSession = nextTradingDay(market, date)
  } catch {
    nextSession = null
  }
  return { market, open: false, reason, nextSession }
}

function moveOn(moves: readonly DailyMove[], date: IsoDate): DailyMove | null {
  // Moves are usually ascending (computeDailyMoves); a scan keeps any order correct.
  for (let i = moves.length - 1; i >= 0; i -= 1)
    if (moves[i]?.date === date) return moves[i] ?? null
  return null
}

function statusWithoutMove(input: DayInput, date: IsoDate, market: MarketDay): DayRowStatus {
  if (date < input.listing.listingDate) return 'not-listed'
  if (market.open === false) return 'market-closed'
  if (date === input.listing.listingDate) return 'listing-day'
  const last = input.moves.reduce<IsoDate>((max, move) => (move.date > max ? move.date : max), '')
  if (date > last) return 'no-data'
  return 'suspended'
}

function basketDay(basket: Basket, inputs: readonly DayInput[], fx: FxHistory, date: IsoDate) {
  const listings = basketListings(
    basket,
    inputs.map((input) => input.listing),
  )
  const members = new Set(listings)
  const constituents: SectorMoveConstituent[] = inputs
    .filter((input) => members.has(input.listing))
    .map((input) => ({
      ticker: input.listing.ticker,
      currency: input.listing.currency,
      moves: input.moves,
      caps: input.caps,
    }))
  const parts = contributions({ constituents, fx }, date)
  if (parts.length === 0) return null
  let capWeighted = 0
  let total = 0
  const day: BasketDay = {
    basket,
    capWeighted: 0,
    equalWeighted: 0,
    constituents: parts.length,
    advancers: 0,
    decliners: 0,
    unchanged: 0,
    parts,
  }
  for (const part of parts) {
    capWeighted += part.contribution
    total += part.move
    if (part.move > 0) day.advancers += 1
    else if (part.move < 0) day.decliners += 1
    else day.unchanged += 1
  }
  day.capWeighted = capWeighted
  day.equalWeighted = total / parts.length
  return day
}

/**
 * The day's detail. Weights and contributions follow {@link contributions} (weights = market cap
 * in CNY at the previous close, caps carried at most 10 days): per market basket (`HK`, `A`) for
 * the rows, and for the three baskets in `baskets` (`ALL` counts each issuer once, through its
 * first-listed listing). A basket with no constituent moving that day is null.
 */
export function dayDetail(inputs: readonly DayInput[], fx: FxHistory, date: IsoDate): DayDetail {
  const markets: Record<Market, MarketDay> = { HK: marketDay('HK', date), A: marketDay('A', date) }
  const baskets: Record<Basket, BasketDay | null> = {
    HK: basketDay('HK', inputs, fx, date),
    A: basketDay('A', inputs, fx, date),
    ALL: basketDay('ALL', inputs, fx, date),
  }
  const partOf = new Map<Ticker, MoveContribution>()
  for (const market of ['HK', 'A'] as const) {
    for (const part of baskets[market]?.parts ?? []) partOf.set(part.ticker, part)
  }
  const rows = inputs.map((input): DayRow => {
    const move = moveOn(input.moves, date)
    const part = partOf.get(input.listing.ticker)
    if (move === null) {
      return {
        listing: input.listing,
        status: statusWithoutMove(input, date, markets[input.listing.market]),
        move: null,
        weight: null,
        contribution: null,
      }
    }
    return {
      listing: input.listing,
      status: 'moved',
      move,
      weight: part?.weight ?? null,
      contribution: part?.contribution ?? null,
    }
  })
  const moved = rows
    .filter((row) => row.move !== null)
    .sort((a, b) => (b.move?.change ?? 0) - (a.move?.change ?? 0))
  return { date, rows: [...moved, ...rows.filter((row) => row.move === null)], baskets, markets }
}
