import { getHolidaysInRange, isHoliday } from 'chinese-days'
import chineseDaysPackage from 'chinese-days/package.json' with { type: 'json' }
import Holidays from 'date-holidays'
import dateHolidaysPackage from 'date-holidays/package.json' with { type: 'json' }
import { addDays, weekdayOf } from '@/domain/dates'
import type { DateRange, IsoDate } from '@/domain/types'

/**
 * Generator of `src/domain/calendar-data.ts`. The holiday libraries stay out of the browser bundle
 * (date-holidays alone is 12 MB): `tests/domain/calendar-data.test.ts` runs this and compares the
 * result with the committed file; `npx vitest run tests/domain/calendar-data.test.ts -u`
 * rewrites it.
 */

/** A closure no library knows about, with the reason it happened. */
export interface CuratedClosure {
  date: IsoDate
  reason: string
}

/** Everything `src/domain/calendar-data.ts` holds. */
export interface CalendarData {
  sources: { dateHolidays: string; chineseDays: string }
  hkCoverage: DateRange
  aCoverage: DateRange
  hkHolidayClosures: IsoDate[]
  hkWeatherClosures: readonly CuratedClosure[]
  aHolidayClosures: IsoDate[]
  aExchangeClosures: readonly CuratedClosure[]
}

/** date-holidays computes HK holidays by rule for any year; 2027 is not yet gazetted. */
const hkCoverage: DateRange = { from: '2018-01-01', to: '2027-12-31' }
const aFirstYear = 2018

/**
 * Whole days on which HKEX cancelled all trading because Typhoon Signal No. 8 or above, or the
 * Black Rainstorm Warning, was still in force at noon. Each is missing from every HK price file in
 * the research data (four yfinance series, and the BeiGene and HSI series where they reach) and
 * was reported at the time.
 *
 * Checked and not closures: 2018-09-17 (Mangkhut's No. 10 signal was on Sunday the 16th; Monday
 * traded, HSI and 06160 both print it); days when only the morning session was cancelled, such as
 * 2020-08-19 (Higos) and 2023-10-09 (Koinu), are trading days. From 2024-09-23 HKEX keeps trading
 * in severe weather, so the list ends there.
 */
export const hkWeatherClosures: readonly CuratedClosure[] = [
  { date: '2020-10-13', reason: 'Tropical Storm Nangka: signal No. 8 past noon' },
  { date: '2021-10-13', reason: 'Typhoon Kompasu: signal No. 8 past noon' },
  { date: '2023-07-17', reason: 'Typhoon Talim: signal No. 8 past noon' },
  { date: '2023-09-01', reason: 'Super Typhoon Saola: signal No. 8, later No. 10, past noon' },
  { date: '2023-09-08', reason: 'Black Rainstorm Warning past noon (record rainfall)' },
  { date: '2024-09-06', reason: 'Super Typhoon Yagi: signal No. 8 until 12:40' },
]

/**
 * Weekdays SSE and SZSE closed that are not statutory holidays in chinese-days. Each is missing
 * from every A-share price file in the research data and named in the exchanges' notice.
 */
export const aExchangeClosures: readonly CuratedClosure[] = [
  {
    date: '2024-02-09',
    reason: "Lunar New Year's Eve, no 2024 statutory holiday; SSE notice 2023-12-26",
  },
]

function isWeekday(date: IsoDate): boolean {
  const weekday = weekdayOf(date)
  return weekday !== 0 && weekday !== 6
}

function datesIn({ from, to }: DateRange): IsoDate[] {
  const dates: IsoDate[] = []
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date)
  return dates
}

/** Last year chinese-days has holiday data for, counting on from `aFirstYear` without a gap. */
function chineseDaysLastYear(): number {
  const hasData = (year: number) =>
    getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0
  if (!hasData(aFirstYear)) throw new Error(`chinese-days has no holidays for ${aFirstYear}`)
  let year = aFirstYear
  while (hasData(year + 1)) year += 1
  return year
}

/** Weekday HK general holidays (date-holidays 'HK', type public) within coverage. */
function hkHolidays(): IsoDate[] {
  const holidays = new Holidays('HK')
  const firstYear = Number(hkCoverage.from.slice(0, 4))
  const lastYear = Number(hkCoverage.to.slice(0, 4))
  const dates: IsoDate[] = []
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const holiday of holidays.getHolidays(year)) {
      // `date` is local Hong Kong time, `YYYY-MM-DD 00:00:00`.
      const date = holiday.date.slice(0, 10)
      if (holiday.type === 'public' && isWeekday(date)) dates.push(date)
    }
  }
  return [...new Set(dates)].sort()
}

/** Computes the calendar data from the two libraries and the curated closures. */
export function computeCalendarData(): CalendarData {
  const aCoverage = { from: `${aFirstYear}-01-01`, to: `${chineseDaysLastYear()}-12-31` }
  return {
    sources: { dateHolidays: dateHolidaysPackage.version, chineseDays: chineseDaysPackage.version },
    hkCoverage,
    aCoverage,
    hkHolidayClosures: hkHolidays(),
    hkWeatherClosures,
    aHolidayClosures: datesIn(aCoverage).filter((date) => isWeekday(date) && isHoliday(date)),
    aExchangeClosures,
  }
}

const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`

function renderRange({ from, to }: DateRange): string {
  return `{ from: ${quote(from)}, to: ${quote(to)} }`
}

/** One date per line, a `// YYYY` comment before each year. */
function renderDates(dates: readonly IsoDate[]): string {
  const lines = dates.flatMap((date, i) => {
    const line = `  ${quote(date)},`
    return date.slice(0, 4) === dates[i - 1]?.slice(0, 4)
      ? [line]
      : [`  // ${date.slice(0, 4)}`, line]
  })
  return `[\n${lines.join('\n')}\n]`
}

function renderCurated(closures: readonly CuratedClosure[]): string {
  return `[\n${closures.map(({ date, reason }) => `  ${quote(date)}, // ${reason}`).join('\n')}\n]`
}

/** The text of `src/domain/calendar-data.ts`, formatted as Prettier leaves it. */
export function renderCalendarData(data: CalendarData): string {
  const { dateHolidays, chineseDays } = data.sources
  return `// GENERATED by tests/support/render-calendar-data.ts
// from date-holidays ${dateHolidays} and chinese-days ${chineseDays}.
// Do not edit: change the generator, then run
// \`npx vitest run tests/domain/calendar-data.test.ts -u\`.
import type { DateRange, IsoDate } from '@/domain/types'

/** Days the HKEX calendar covers (date-holidays computes HK holidays by rule for any year). */
export const hkCoverage: DateRange = ${renderRange(data.hkCoverage)}

/** Days the SSE/SZSE calendar covers: up to the last year chinese-days has published data for. */
export const aCoverage: DateRange = ${renderRange(data.aCoverage)}

/**
 * Weekdays that are Hong Kong general holidays (date-holidays \`HK\`, type \`public\`, substitute
 * days included), on which HKEX is closed. Weekends are closed anyway and not listed.
 */
export const hkHolidayClosures: readonly IsoDate[] = ${renderDates(data.hkHolidayClosures)}

/**
 * Weekdays on which HKEX cancelled trading for the whole day because Typhoon Signal No. 8 or
 * above, or the Black Rainstorm Warning, was in force at noon. Since 2024-09-23 HKEX trades
 * through severe weather. Days with only the morning session cancelled are trading days.
 */
export const hkWeatherClosures: readonly IsoDate[] = ${renderCurated(data.hkWeatherClosures)}

/**
 * Weekdays that are mainland statutory holidays (chinese-days \`isHoliday\`), on which SSE and
 * SZSE are closed. Weekends, make-up working days (调休) included, are closed anyway.
 */
export const aHolidayClosures: readonly IsoDate[] = ${renderDates(data.aHolidayClosures)}

/** Weekdays SSE and SZSE closed that are not statutory holidays. */
export const aExchangeClosures: readonly IsoDate[] = ${renderCurated(data.aExchangeClosures)}
`
}
