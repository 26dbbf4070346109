import {
  calendarCoverage,
  closureReason,
  nextTradingDay,
  type ClosureReason,
} from '@/domain/calendar'
import { isIsoDate, weekdayOf } from '@/domain/dates'
import type { IsoDate, IsoDateTime, Market } from '@/domain/types'

/**
 * Trading sessions of HKEX and SSE/SZSE on the exchange clock (UTC+8; both markets share it), and
 * the status of a market at an instant. Pure: the caller passes the instant.
 *
 * Schedules, half-open intervals `[from, to)` in exchange time:
 *
 * | market | pre-open | morning | lunch break | afternoon | after the bell |
 * | --- | --- | --- | --- | --- | --- |
 * | HK | 09:00–09:30 pre-opening session | 09:30–12:00 | 12:00–13:00 | 13:00–16:00 | 16:00–16:10 closing auction, then closed |
 * | HK half day | 09:00–09:30 | 09:30–12:00 | — | — | 12:00–12:10 closing auction, then closed |
 * | A | 09:15–09:30 (opening call 09:15–09:25, then the order-entry pause to 09:30) | 09:30–11:30 | 11:30–13:00 | 13:00–15:00 | closed |
 *
 * Decisions:
 * - HK's closing auction session (CAS, 16:00–16:10; 12:00–12:10 on a half day) is its own status,
 *   `closing-auction`: continuous trading has ended but the closing price is still being set, so
 *   neither "afternoon session" nor "closed" would be true. From 16:10 the market is `closed`.
 * - The A-share closing call (14:57–15:00) is part of the exchanges' own afternoon session hours,
 *   so it stays `afternoon`; at 15:00 the market is `closed`.
 * - The A-share 09:25–09:30 pause (orders accepted, nothing matched) counts as `pre-open`.
 * - Before the pre-open and after the close of a trading day the status is `closed`; a weekend is
 *   `closed` with reason `weekend`; a weekday holiday (or a whole day lost to severe weather, HK) is
 *   `holiday` with the calendar's reason.
 */

/** Where a market is in its trading day. */
export type MarketPhase =
  'pre-open' | 'morning' | 'lunch' | 'afternoon' | 'closing-auction' | 'closed' | 'holiday'

/** The status of one market at one instant. */
export interface MarketStatus {
  market: Market
  phase: MarketPhase
  /** Exchange date (UTC+8) of the instant. */
  date: IsoDate
  /** Exchange time of the instant, `HH:MM`. */
  time: string
  /** Why there is no session today (`weekend`, `holiday`, `weather`), null on a trading day. */
  reason: ClosureReason | null
  /** True on an HK half day (morning session only). */
  halfDay: boolean
  /**
   * When this phase ends: a time later today, or the start of the next trading day's pre-open
   * after the close, on weekends and holidays. null when the calendar cannot tell.
   */
  until: { date: IsoDate; time: string } | null
  /**
   * False when the date is outside the calendar's coverage: weekdays are then assumed to be
   * trading days (holidays unknown) and `until` after the close is null.
   */
  calendarKnown: boolean
}

/**
 * HKEX half days (morning session only, no afternoon session): Christmas Eve, New Year's Eve and
 * Lunar New Year's Eve when they fall on a weekday that is a trading day. `calendar.ts` counts
 * them as ordinary trading days; this list is what tells them apart. Hand-listed for 2018–2027
 * (HKEX trading calendars); tests/domain/market-hours.test.ts checks each is an HK trading day
 * and that no weekday Christmas Eve or New Year's Eve is missing.
 */
export const hkHalfDays: readonly IsoDate[] = [
  '2018-02-15', // Lunar New Year's Eve (Thursday)
  '2018-12-24',
  '2018-12-31',
  '2019-02-04', // Lunar New Year's Eve (Monday)
  '2019-12-24',
  '2019-12-31',
  '2020-01-24', // Lunar New Year's Eve (Friday)
  '2020-12-24',
  '2020-12-31',
  '2021-02-11', // Lunar New Year's Eve (Thursday)
  '2021-12-24',
  '2021-12-31',
  '2022-01-31', // Lunar New Year's Eve (Monday)
  // 2022-12-24 and 2022-12-31 are Saturdays; 2023's three eves all fall on weekends.
  '2024-02-09', // Lunar New Year's Eve (Friday)
  '2024-12-24',
  '2024-12-31',
  '2025-01-28', // Lunar New Year's Eve (Tuesday)
  '2025-12-24',
  '2025-12-31',
  '2026-02-16', // Lunar New Year's Eve (Monday)
  '2026-12-24',
  '2026-12-31',
  '2027-02-05', // Lunar New Year's Eve (Friday)
  '2027-12-24',
  '2027-12-31',
]

const halfDaySet: ReadonlySet<IsoDate> = new Set(hkHalfDays)

/** True when `market` trades only a morning session on `date` (HK half days; never A-shares). */
export function isHalfDay(market: Market, date: IsoDate): boolean {
  return market === 'HK' && halfDaySet.has(date)
}

interface Segment {
  from: string
  phase: MarketPhase
}

/** Each schedule starts at 00:00 and lists where the phase changes; the last runs to midnight. */
const schedules: Record<'HK' | 'HK-half' | 'A', readonly Segment[]> = {
  HK: [
    { from: '00:00', phase: 'closed' },
    { from: '09:00', phase: 'pre-open' },
    { from: '09:30', phase: 'morning' },
    { from: '12:00', phase: 'lunch' },
    { from: '13:00', phase: 'afternoon' },
    { from: '16:00', phase: 'closing-auction' },
    { from: '16:10', phase: 'closed' },
  ],
  'HK-half': [
    { from: '00:00', phase: 'closed' },
    { from: '09:00', phase: 'pre-open' },
    { from: '09:30', phase: 'morning' },
    { from: '12:00', phase: 'closing-auction' },
    { from: '12:10', phase: 'closed' },
  ],
  A: [
    { from: '00:00', phase: 'closed' },
    { from: '09:15', phase: 'pre-open' },
    { from: '09:30', phase: 'morning' },
    { from: '11:30', phase: 'lunch' },
    { from: '13:00', phase: 'afternoon' },
    { from: '15:00', phase: 'closed' },
  ],
}

/** Start of the trading day's first phase (the pre-open): 09:00 HK, 09:15 A. */
export function preOpenTime(market: Market): string {
  return market === 'HK' ? '09:00' : '09:15'
}

const offsetPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * The exchange date and time (UTC+8) of an instant: `2025-02-26T04:05:00Z` → 2025-02-26, `12:05`.
 * Throws RangeError unless the instant is `YYYY-MM-DDTHH:MM[:SS[.fff]]` with an explicit offset
 * (`Z` or `±HH:MM`) on a real calendar date: a time without an offset would depend on the viewer's
 * own zone.
 */
export function exchangeClock(instant: IsoDateTime): { date: IsoDate; time: string } {
  const valid = offsetPattern.test(instant) && isIsoDate(instant.slice(0, 10))
  const ms = valid ? Date.parse(instant) : Number.NaN
  if (Number.isNaN(ms)) {
    throw new RangeError(`"${instant}" is not an instant with an explicit UTC offset`)
  }
  const local = new Date(ms + 8 * 3_600_000).toISOString()
  return { date: local.slice(0, 10), time: local.slice(11, 16) }
}

function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date)
  return weekday === 0 || weekday === 6
}

function withinCoverage(market: Market, date: IsoDate): boolean {
  const { from, to } = calendarCoverage[market]
  return date >= from && date <= to
}

/** The next trading day's pre-open, or null when the calendar cannot tell. */
function nextOpening(market: Market, date: IsoDate): { date: IsoDate; time: string } | null {
  try {
    return { date: nextTradingDay(market, date), time: preOpenTime(market) }
  } catch {
    return null // beyond the calendar's coverage
  }
}

/**
 * The status of `market` at `instant`, from the exchange calendars (`calendar.ts`) and the
 * schedules above. Boundaries belong to the phase that starts there: HK 12:00 is the lunch break,
 * 13:00 the afternoon session, 16:00 the closing auction and 16:10 closed; A-share 11:30 is the
 * lunch break and 15:00 closed. On an HK half day 12:00 is the closing auction and from 12:10 the
 * market is closed. Throws RangeError for an instant without an explicit offset.
 */
export function marketStatus(market: Market, instant: IsoDateTime): MarketStatus {
  const { date, time } = exchangeClock(instant)
  const calendarKnown = withinCoverage(market, date)
  const reason = calendarKnown ? closureReason(market, date) : isWeekend(date) ? 'weekend' : null
  const base = { market, date, time, reason, calendarKnown }
  if (reason !== null) {
    return {
      ...base,
      phase: reason === 'weekend' ? 'closed' : 'holiday',
      halfDay: false,
      until: nextOpening(market, date),
    }
  }
  const halfDay = isHalfDay(market, date)
  const schedule = schedules[market === 'A' ? 'A' : halfDay ? 'HK-half' : 'HK']
  let index = 0
  schedule.forEach((segment, i) => {
    if (segment.from <= time) index = i
  })
  const phase = schedule[index]?.phase ?? 'closed'
  const next = schedule[index + 1]
  const until = next ? { date, time: next.from } : nextOpening(market, date)
  return { ...base, phase, halfDay, until }
}

/** True while orders can trade continuously (the morning and afternoon sessions). */
export function isContinuousTrading(phase: MarketPhase): boolean {
  return phase === 'morning' || phase === 'afternoon'
}
