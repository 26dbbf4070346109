import { isTradingDay, nextTradingDay, previousTradingDay } from '@/domain/calendar'
import { subtractMonths } from '@/domain/ranges'
import type { IsoDate, Market } from '@/domain/types'

/**
 * The sessions of the movers table: its periods, the session each market is "as of" for a chosen
 * date, the date a period change compares with, and stepping from one session to the next.
 */

/** Periods of the movers table and heat map. */
export const moverPeriods = ['1D', '5D', '1M', '3M', 'YTD', '1Y'] as const
export type MoverPeriod = (typeof moverPeriods)[number]

export function isMoverPeriod(value: unknown): value is MoverPeriod {
  return typeof value === 'string' && (moverPeriods as readonly string[]).includes(value)
}

/**
 * The session a market's figures are "as of" for a chosen date: the date itself when the market
 * trades that day, else its last trading day before (so on an HKEX holiday the HK rows show the
 * last HK session). A date outside the calendar's coverage is taken as it is.
 */
export function anchorSession(market: Market, asOf: IsoDate): IsoDate {
  try {
    return isTradingDay(market, asOf) ? asOf : previousTradingDay(market, asOf)
  } catch {
    return asOf
  }
}

/** The market's trading day `n` sessions before `date`; null outside the calendar. */
function sessionsBefore(market: Market, date: IsoDate, n: number): IsoDate | null {
  try {
    let day = date
    for (let i = 0; i < n; i += 1) day = previousTradingDay(market, day)
    return day
  } catch {
    return null
  }
}

const periodMonths: Partial<Record<MoverPeriod, number>> = { '1M': 1, '3M': 3, '1Y': 12 }

/**
 * The date a period change compares with: the change is measured against the last close on or
 * before it.
 *
 * - `1D`: the market's previous trading day (so the base is the previous printed close);
 * - `5D`: the market's trading day 5 sessions earlier;
 * - `1M`, `3M`, `1Y`: the same calendar date that many months earlier, clamped to the end of a
 *   shorter month (2025-03-31 − 1M = 2025-02-28);
 * - `YTD`: 31 December of the previous year (the base is the last close of that year).
 *
 * Null for 1D and 5D when the calendar does not cover the dates (callers then count printed
 * sessions instead).
 */
export function periodBaseDate(
  period: MoverPeriod,
  market: Market,
  anchor: IsoDate,
): IsoDate | null {
  if (period === '1D') return sessionsBefore(market, anchor, 1)
  if (period === '5D') return sessionsBefore(market, anchor, 5)
  if (period === 'YTD') return `${String(Number(anchor.slice(0, 4)) - 1).padStart(4, '0')}-12-31`
  return subtractMonths(anchor, periodMonths[period] ?? 12)
}

/**
 * The nearest session of either market after (`step` 1) or before (`step` −1) `date`, which need
 * not be a trading day; null when neither calendar covers one.
 */
export function adjacentSession(date: IsoDate, step: 1 | -1): IsoDate | null {
  const found: IsoDate[] = []
  for (const market of ['HK', 'A'] as const) {
    try {
      found.push(step > 0 ? nextTradingDay(market, date) : previousTradingDay(market, date))
    } catch {
      // outside this market's calendar
    }
  }
  if (found.length === 0) return null
  return found.reduce((best, day) => ((step > 0 ? day < best : day > best) ? day : best))
}
