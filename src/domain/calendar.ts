import {
  aCoverage,
  aExchangeClosures,
  aHolidayClosures,
  hkCoverage,
  hkHolidayClosures,
  hkWeatherClosures,
} from '@/domain/calendar-data'
import { addDays, isIsoDate, weekdayOf } from '@/domain/dates'
import type { DateRange, IsoDate, Market } from '@/domain/types'

/**
 * Exchange trading calendars: HKEX (`'HK'`), and SSE/SZSE (`'A'`), which share one calendar.
 *
 * A trading day is a day with a regular session. Half-day sessions (HK Christmas Eve, New Year's
 * Eve and Lunar New Year's Eve) count as trading days, as do days on which severe weather cancelled
 * only the morning session. Both markets are closed on every Saturday and Sunday, including the
 * mainland's make-up working weekends (调休).
 *
 * The data comes from `calendar-data.ts`, generated from date-holidays (HK general holidays) and
 * chinese-days (mainland statutory holidays) plus the curated closures listed there. HK holidays
 * after the last gazetted year are computed by rule, so an unusual government decision would be
 * missed until the data is regenerated.
 */

/** Why a market has no session on a day: weekend first, then holiday, then weather. */
export type ClosureReason = 'weekend' | 'holiday' | 'weather'

interface MarketCalendar {
  coverage: DateRange
  holidays: ReadonlySet<IsoDate>
  weather: ReadonlySet<IsoDate>
}

/**
 * Every trading day within a calendar's coverage, ascending (for `tradingDays`): about 3,650 days
 * walked once per market, on the first call.
 */
function listTradingDays(calendar: MarketCalendar): IsoDate[] {
  const { from, to } = calendar.coverage
  const days: IsoDate[] = []
  for (let date = from; date <= to; date = addDays(date, 1))
    if (reasonIn(calendar, date) === null) days.push(date)
  return days
}

/**
 * The first trading day walking from `start` (itself included) a day at a time in `step`'s
 * direction, or null when the walk leaves the calendar's coverage first (or starts outside it).
 */
function firstTradingDayFrom(
  calendar: MarketCalendar,
  start: IsoDate,
  step: 1 | -1,
): IsoDate | null {
  const { from, to } = calendar.coverage
  for (let day = start; day >= from && day <= to; day = addDays(day, step))
    if (reasonIn(calendar, day) === null) return day
  return null
}

function reasonIn(
  { holidays, weather }: Pick<MarketCalendar, 'holidays' | 'weather'>,
  date: IsoDate,
): ClosureReason | null {
  const weekday = weekdayOf(date)
  if (weekday === 0 || weekday === 6) return 'weekend'
  if (holidays.has(date)) return 'holiday'
  if (weather.has(date)) return 'weather'
  return null
}

/**
 * Each market's calendar: its closures as sets, made on first use (the first view may need one
 * market only). Single days are answered from the sets (`closureReason`, `isTradingDay`, and the
 * short walks of `nextTradingDay`/`previousTradingDay`); the list of every trading day is made only
 * for `tradingDays`, which the first view does not call.
 */
const built: Partial<Record<Market, MarketCalendar>> = {}
const calendars: Readonly<Record<Market, MarketCalendar>> = {
  get HK() {
    built.HK ??= {
      coverage: hkCoverage,
      holidays: new Set(hkHolidayClosures),
      weather: new Set(hkWeatherClosures),
    }
    return built.HK
  },
  get A() {
    built.A ??= {
      coverage: aCoverage,
      holidays: new Set([...aHolidayClosures, ...aExchangeClosures]),
      weather: new Set(),
    }
    return built.A
  },
}
const tradingDayLists: Partial<Record<Market, readonly IsoDate[]>> = {}

/**
 * Date ranges (inclusive) the calendars cover: HK 2018-01-01..2027-12-31; A from 2018-01-01 to the
 * end of the last year chinese-days publishes (2026-12-31 with chinese-days 1.5.7).
 */
export const calendarCoverage: Record<Market, DateRange> = Object.freeze({
  HK: Object.freeze({ ...hkCoverage }),
  A: Object.freeze({ ...aCoverage }),
})

function assertDate(date: IsoDate): void {
  if (!isIsoDate(date)) throw new RangeError(`"${date}" is not a calendar date in YYYY-MM-DD form`)
}

function rangeText({ from, to }: DateRange): string {
  return `${from}..${to}`
}

function coveredCalendar(market: Market, date: IsoDate): MarketCalendar {
  assertDate(date)
  const calendar = calendars[market]
  const { from, to } = calendar.coverage
  if (date < from || date > to) {
    throw new RangeError(
      `${date} is outside the ${market} calendar (${rangeText(calendar.coverage)})`,
    )
  }
  return calendar
}

/** Index of the first element of `days` not before `date` (`days.length` if none). */
function firstIndexFrom(days: readonly IsoDate[], date: IsoDate): number {
  let low = 0
  let high = days.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((days[middle] ?? '') < date) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * True when the market holds a regular session on that date (half days included).
 * Throws RangeError for an invalid date or one outside `calendarCoverage[market]`.
 */
export function isTradingDay(market: Market, date: IsoDate): boolean {
  return reasonIn(coveredCalendar(market, date), date) === null
}

/**
 * Why the market is closed on `date`, or null on a trading day. A holiday on a weekend is
 * `'weekend'`; `'weather'` (HK only, 2018–2024) is a whole day lost to a typhoon signal No. 8 or
 * black rainstorm; `'holiday'` includes exchange-only closures such as 2024-02-09 on the mainland.
 * Throws RangeError for an invalid date or one outside coverage.
 */
export function closureReason(market: Market, date: IsoDate): ClosureReason | null {
  return reasonIn(coveredCalendar(market, date), date)
}

/**
 * Trading days in the inclusive range, ascending; empty when `from` is after `to`. A fresh array,
 * found by binary search in the list of every trading day (made on the first call), so years of
 * days cost microseconds.
 * Throws RangeError if either end is invalid or outside coverage.
 */
export function tradingDays(market: Market, range: DateRange): IsoDate[] {
  const calendar = coveredCalendar(market, range.from)
  coveredCalendar(market, range.to)
  if (range.from > range.to) return []
  const days = (tradingDayLists[market] ??= listTradingDays(calendar))
  return days.slice(firstIndexFrom(days, range.from), firstIndexFrom(days, addDays(range.to, 1)))
}

/**
 * First trading day strictly after `date`, which need not be a trading day itself; the day before
 * coverage starts is allowed. Throws RangeError for an invalid date, or when the answer is not
 * within coverage (e.g. after the last trading day covered). Walks day by day: a market is never
 * closed for more than a fortnight.
 */
export function nextTradingDay(market: Market, date: IsoDate): IsoDate {
  assertDate(date)
  const calendar = calendars[market]
  const next = firstTradingDayFrom(calendar, addDays(date, 1), 1)
  if (next !== null) return next
  throw new RangeError(
    `no ${market} trading day after ${date} within ${rangeText(calendar.coverage)}`,
  )
}

/**
 * Last trading day strictly before `date`, which need not be a trading day itself; the day after
 * coverage ends is allowed. Throws RangeError for an invalid date, or when the answer is not
 * within coverage (e.g. before the first trading day covered). Walks day by day, as above.
 */
export function previousTradingDay(market: Market, date: IsoDate): IsoDate {
  assertDate(date)
  const calendar = calendars[market]
  const previous = firstTradingDayFrom(calendar, addDays(date, -1), -1)
  if (previous !== null) return previous
  throw new RangeError(
    `no ${market} trading day before ${date} within ${rangeText(calendar.coverage)}`,
  )
}
