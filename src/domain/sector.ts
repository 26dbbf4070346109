import { calendarDay, cnyPerUnit } from '@/domain/fx'
import type {
  Currency,
  DailyMove,
  FxHistory,
  IsoDate,
  Ticker,
  ValuationPoint,
} from '@/domain/types'
import { universe, type Listing } from '@/domain/universe'

// ---------------------------------------------------------------------------------------------
// Baskets

/** Which listings make up "the sector": Hong Kong, A-shares, or every issuer once. */
export type Basket = 'HK' | 'A' | 'ALL'

/**
 * The listings of a basket, in the order of `listings` (default: the whole universe).
 *
 * - `HK`: every Hong Kong listing; `A`: every Shanghai/Shenzhen listing. An A+H issuer appears in
 *   both baskets, once in each.
 * - `ALL`: each issuer exactly once, represented by its FIRST-LISTED listing (earliest
 *   `listingDate`; on equal dates, the one that comes first in `listings`). Hengrui → 600276.SH
 *   (2000, H-share 2025), BeiGene → 06160.HK (2018, STAR 2021), WuXi AppTec → 603259.SH (May
 *   2018, H-share December 2018). A fixed representative means the sector series does not jump
 *   when an issuer adds a second listing, and an A+H issuer is never counted twice.
 */
export function basketListings(basket: Basket, listings: readonly Listing[] = universe): Listing[] {
  if (basket !== 'ALL') return listings.filter((listing) => listing.market === basket)
  const firstListed = new Map<string, Listing>()
  for (const listing of listings) {
    const chosen = firstListed.get(listing.issuerId)
    if (chosen === undefined || listing.listingDate < chosen.listingDate) {
      firstListed.set(listing.issuerId, listing)
    }
  }
  const representatives = new Set(firstListed.values())
  return listings.filter((listing) => representatives.has(listing))
}

// ---------------------------------------------------------------------------------------------
// Date-ordered lists (shared). Strings are compared as `YYYY-MM-DD`; Maps keyed by fresh date
// strings cost more than these walks at 18 × 2,200 entries.

/** The items sorted by date, oldest first, one per date: the last in input order wins. */
function byDateAscending<T extends { date: IsoDate }>(items: readonly T[]): readonly T[] {
  let ascending = true
  for (let i = 1; i < items.length && ascending; i += 1) {
    ascending = (items[i - 1]?.date ?? '') < (items[i]?.date ?? '')
  }
  if (ascending) return items
  // Array.prototype.sort is stable, so equal dates keep input order and the last of a run wins.
  const sorted = [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return sorted.filter((item, i) => sorted[i + 1]?.date !== item.date)
}

/**
 * Walks date-ascending, date-unique lists together: calls `visit(date, items)` once for every
 * date found in any list, oldest first, where `items[k]` is list k's item of that date or
 * undefined. `items` is reused between calls.
 */
function forEachDate<T extends { date: IsoDate }>(
  lists: readonly (readonly T[])[],
  visit: (date: IsoDate, items: readonly (T | undefined)[]) => void,
): void {
  const next = lists.map(() => 0)
  const items: (T | undefined)[] = lists.map(() => undefined)
  for (;;) {
    let date: IsoDate | undefined
    lists.forEach((list, k) => {
      const head = list[next[k] ?? 0]
      if (head !== undefined && (date === undefined || head.date < date)) date = head.date
    })
    if (date === undefined) return
    lists.forEach((list, k) => {
      const head = list[next[k] ?? 0]
      items[k] = head?.date === date ? head : undefined
      if (items[k] !== undefined) next[k] = (next[k] ?? 0) + 1
    })
    visit(date, items)
  }
}

// ---------------------------------------------------------------------------------------------
// Sector valuation

/** How constituent multiples combine into one sector multiple (see {@link computeSectorValuation}). */
export type PeMethod = 'aggregate' | 'median' | 'harmonic'

/** Which multiple: price / TTM earnings, price / book, price / TTM revenue. */
export type ValuationMetric = 'pe' | 'pb' | 'ps'

/** One constituent's published valuations. */
export interface ConstituentValuation {
  ticker: Ticker
  /** Trading currency of the listing, in which `marketCap` is quoted. */
  currency: Currency
  points: readonly ValuationPoint[]
}

/** The sector's multiple on one date. */
export interface SectorValuationPoint {
  date: IsoDate
  /**
   * The sector multiple (e.g. PE-TTM 23.4). null = not meaningful: no constituent with a positive
   * multiple that day, or (aggregate with loss-makers included) Σ earnings ≤ 0.
   */
  value: number | null
  /** Constituents with a usable point that day (see {@link computeSectorValuation}). */
  constituents: number
  /** Constituents that entered `value`. */
  used: number
  /**
   * Constituents excluded as not meaningful: a negative multiple (TTM losses for PE, negative book
   * for PB, negative revenue for PS). Always `constituents − used`.
   */
  lossMakers: number
  /** Σ market cap in CNY of the `used` constituents. */
  marketCapCny: number
}

export interface SectorValuationInput {
  constituents: readonly ConstituentValuation[]
  fx: FxHistory
  metric: ValuationMetric
  method: PeMethod
  /** Aggregate method only: whether negative multiples enter Σ earnings (default `exclude`). */
  lossMakers?: 'exclude' | 'include'
}

function multipleOf(point: ValuationPoint, metric: ValuationMetric): number | null {
  if (metric === 'pe') return point.peTtm
  return metric === 'pb' ? point.pb : point.psTtm
}

function median(values: number[]): number | null {
  const sorted = values.sort((a, b) => a - b)
  const lower = sorted[(sorted.length - 1) >> 1]
  const upper = sorted[sorted.length >> 1]
  if (lower === undefined || upper === undefined) return null
  return lower / 2 + upper / 2
}

function positiveOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) && value > 0 ? value : null
}

/**
 * The sector's PE-TTM (or PB, or PS-TTM) on every date on which any constituent has a point,
 * oldest first; a date on which no point is usable has `constituents: 0` and `value: null`.
 *
 * Usable point: a constituent counts on a date only if it has a point dated exactly that date
 * (valuations are not carried forward: prices move daily); of several points on one date the last
 * in input order wins. The point also needs a multiple that is finite and non-zero (0 is a vendor
 * placeholder), a finite positive market cap, and a CNY rate for the listing's currency on that
 * date ({@link cnyPerUnit}: last rate within 10 days). Anything else and the constituent is
 * skipped that day, not counted in `constituents`.
 *
 * Each usable constituent i has cap_i in CNY (cap × rate, the same day's rate for cap and
 * earnings, so currency cancels out of its own multiple) and implied earnings_i = cap_i / PE_i
 * (book or revenue for PB / PS). Methods:
 * - `aggregate`: Σ cap_i / Σ earnings_i, the sector as one company; big caps weigh more.
 *   With `lossMakers: 'exclude'` (default) constituents with a negative multiple are left out of
 *   both sums and counted in `lossMakers`. With `'include'` their negative earnings (and their cap)
 *   enter the sums, they count in `used`, and the value is null when Σ earnings ≤ 0.
 * - `median`: median of the positive multiples (mean of the two middle ones for an even count).
 * - `harmonic`: n / Σ (1 / PE_i) over the positive multiples: the inverse of the mean earnings
 *   yield, every constituent weighted equally. Negative multiples are always excluded for
 *   `median` and `harmonic` (`lossMakers` applies to `aggregate` only).
 *
 * `value` is null rather than 0, NaN or Infinity whenever it is not a finite positive number. A
 * multiple so close to zero that earnings overflow counts like 0 (not usable). A date whose Σ cap
 * overflows a double (bad data) is left out.
 *
 * Cost: each constituent's points are sorted once (skipped when already ascending), then walked
 * together: O(constituents × dates), a few ms for 18 × 2,200.
 */
export function computeSectorValuation(input: SectorValuationInput): SectorValuationPoint[] {
  const { constituents: members, fx, metric, method } = input
  const includeLosses = method === 'aggregate' && input.lossMakers === 'include'
  const result: SectorValuationPoint[] = []
  const positives: number[] = []
  forEachDate(
    members.map((member) => byDateAscending(member.points)),
    (date, points) => {
      // At most one rate lookup per currency and date.
      const rates: Record<Currency, number | null | undefined> = {
        CNY: 1,
        HKD: undefined,
        USD: undefined,
      }
      let constituents = 0
      let lossMakers = 0
      let capSum = 0
      let earningsSum = 0
      let inverseSum = 0
      positives.length = 0
      points.forEach((point, k) => {
        const currency = members[k]?.currency
        if (point === undefined || currency === undefined) return
        const multiple = multipleOf(point, metric)
        if (multiple === null || !Number.isFinite(multiple) || multiple === 0) return
        const rate =
          rates[currency] === undefined ? cnyPerUnit(fx, currency, date) : rates[currency]
        rates[currency] = rate
        if (rate === null) return
        const cap = point.marketCap * rate
        const earnings = cap / multiple
        if (!(cap > 0) || !Number.isFinite(cap)) return
        if (!Number.isFinite(earnings) || earnings === 0 || !Number.isFinite(1 / multiple)) return
        constituents += 1
        if (multiple < 0 && !includeLosses) {
          lossMakers += 1
          return
        }
        capSum += cap
        earningsSum += earnings
        if (multiple > 0) {
          inverseSum += 1 / multiple
          positives.push(multiple)
        }
      })
      if (!Number.isFinite(capSum)) return
      let value: number | null = null
      if (method === 'aggregate') value = earningsSum > 0 ? capSum / earningsSum : null
      else if (method === 'median') value = median(positives)
      else if (positives.length > 0) value = positives.length / inverseSum
      result.push({
        date,
        value: positiveOrNull(value),
        constituents,
        used: constituents - lossMakers,
        lossMakers,
        marketCapCny: capSum,
      })
    },
  )
  return result
}

// ---------------------------------------------------------------------------------------------
// Sector moves

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
