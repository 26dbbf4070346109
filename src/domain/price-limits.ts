import type { Board, IsoDate } from '@/domain/types'

/**
 * A-share daily price limits (涨跌幅限制) as dated data.
 *
 * The limit that applies on a session is the rule of the listing's board in force on that date;
 * whether a new listing is exempt in its first sessions is decided by the rule in force on its
 * listing date (a stock keeps the IPO regime it listed under). Hong Kong has no daily limit (a
 * volatility control mechanism instead), so HK Main has no rule.
 *
 * Not modelled: ST / *ST stocks (±5% on the main boards; no ST flag exists in the universe) and the
 * Beijing Stock Exchange (±30%; no listing there).
 */
export interface PriceLimitRule {
  board: Board
  /** First session on which the rule applies. */
  from: IsoDate
  /** Limit in basis points of the previous close (1000 = ±10%): integers keep the arithmetic exact. */
  limitBp: number
  /**
   * Sessions at the start of a listing without a ±limit, for listings made under this rule. Before
   * the registration reforms the first day was capped at +44% / −36% of the issue price, which is
   * not a limit on the previous close: it is counted here as a session without one.
   */
  freeSessions: number
}

/**
 * The rules, oldest first per board. Sources: SSE/SZSE trading rules (±10% since 1996-12-16);
 * STAR Market from its first session 2019-07-22 (±20%, first 5 sessions free); ChiNext
 * registration reform effective 2020-08-24 (±20% for every ChiNext stock from that day, first 5
 * sessions free for new listings; ±10% before); main-board registration reform, first listings on
 * 2023-04-10 (first 5 sessions free).
 */
export const priceLimitRules: readonly PriceLimitRule[] = [
  { board: 'SSE Main', from: '1996-12-16', limitBp: 1000, freeSessions: 1 },
  { board: 'SSE Main', from: '2023-04-10', limitBp: 1000, freeSessions: 5 },
  { board: 'SZSE Main', from: '1996-12-16', limitBp: 1000, freeSessions: 1 },
  { board: 'SZSE Main', from: '2023-04-10', limitBp: 1000, freeSessions: 5 },
  { board: 'ChiNext', from: '2009-10-30', limitBp: 1000, freeSessions: 1 },
  { board: 'ChiNext', from: '2020-08-24', limitBp: 2000, freeSessions: 5 },
  { board: 'STAR', from: '2019-07-22', limitBp: 2000, freeSessions: 5 },
]

function ruleOn(board: Board, date: IsoDate): PriceLimitRule | undefined {
  let found: PriceLimitRule | undefined
  for (const rule of priceLimitRules) {
    if (rule.board === board && rule.from <= date && (!found || rule.from >= found.from))
      found = rule
  }
  return found
}

/**
 * The daily limit of a listing on a session, in basis points of the previous close (1000 = ±10%),
 * or null when no limit applies: Hong Kong, a date before any rule of the board, or one of the
 * listing's first sessions exempt under the rule in force on its listing date.
 *
 * `session` is the 1-based number of the session since listing (1 = listing day). Examples:
 * ChiNext on 2020-08-21 → 1000, on 2020-08-24 → 2000; STAR session 5 → null, session 6 → 2000;
 * a main-board listing of 2018 on its second session → 1000 (old regime: only the first day is
 * free), one of 2023-04-10 on its fifth session → null.
 */
export function priceLimitBp(
  board: Board,
  listingDate: IsoDate,
  date: IsoDate,
  session: number,
): number | null {
  const rule = ruleOn(board, date)
  if (!rule) return null
  const freeSessions = ruleOn(board, listingDate)?.freeSessions ?? rule.freeSessions
  return session <= freeSessions ? null : rule.limitBp
}

/** A price in whole micro-units (10⁻⁶), exact for any price quoted to at most 6 decimals. */
function toMicros(price: number): number {
  return Math.round(price * 1_000_000)
}

/**
 * Limit-up and limit-down prices for a previous close: previous × (1 ± limit), rounded half up to
 * the 0.01 tick, computed in integers so that binary floating point cannot move a result across
 * the half-cent (12.34 at ±10% → 13.57 / 11.11; 9.99 at ±20% → 11.99 / 7.99; 4.35 at −10% is
 * 3.915 → 3.92, where 4.35 × 0.9 in floats is 3.91499…; 9.125 at +10% is 10.0375 → 10.04).
 *
 * Returns prices in yuan and in cents; null for a previous close that is not a finite positive
 * number or is too large for exact integer arithmetic (above about 450,000 yuan, far beyond any
 * A-share price), or a limit that is not a whole number of basis points in 0–10,000.
 */
export function limitPrices(
  previousClose: number,
  limitBp: number,
): { up: number; down: number; upCents: number; downCents: number } | null {
  if (!Number.isFinite(previousClose) || previousClose <= 0) return null
  if (!Number.isInteger(limitBp) || limitBp < 0 || limitBp > 10_000) return null
  const micros = toMicros(previousClose)
  // Past 2^53 the products below are no longer exact integers (and past ~1e304 they overflow).
  if (!(micros * 20_000 <= Number.MAX_SAFE_INTEGER)) return null
  // micros × (10⁴ ± bp) is the limit in 10⁻¹⁰ yuan; cents = that ÷ 10⁸, rounded half up.
  const halfUpCents = (factor: number) => Math.floor((micros * factor + 50_000_000) / 100_000_000)
  const upCents = halfUpCents(10_000 + limitBp)
  const downCents = halfUpCents(10_000 - limitBp)
  return { up: upCents / 100, down: downCents / 100, upCents, downCents }
}

/** Whether a close sits at a limit price. */
export type LimitHit = 'up' | 'down'

/**
 * `'up'` when the close equals the limit-up price of the previous close (to the cent), `'down'`
 * for the limit-down price, otherwise null (also when no limit applies: `limitBp` null).
 * A close beyond the limit (bad data, or adjusted prices that no longer sit on the tick) is not
 * a limit close.
 */
export function limitHit(
  close: number,
  previousClose: number,
  limitBp: number | null,
): LimitHit | null {
  if (limitBp === null || !Number.isFinite(close)) return null
  const prices = limitPrices(previousClose, limitBp)
  if (!prices) return null
  const closeCents = Math.round(toMicros(close) / 10_000)
  if (closeCents === prices.upCents) return 'up'
  if (closeCents === prices.downCents) return 'down'
  return null
}
