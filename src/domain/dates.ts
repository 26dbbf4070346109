import type { IsoDate } from '@/domain/types'

/**
 * Calendar arithmetic on `IsoDate` strings (`YYYY-MM-DD`).
 *
 * Internally a date is its UTC day number (days since 1970-01-01 UTC), so no local time zone or
 * DST can shift a day; `Date` objects never leave this module. Years are limited to the four
 * digits the format allows (0000–9999).
 */

const msPerDay = 86_400_000
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/
const compactDatePattern = /^(\d{4})(\d{2})(\d{2})$/

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function validParts(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

function dayNumberOf(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, does not read the years 0–99 as 1900–1999.
  const utc = new Date(0)
  utc.setUTCFullYear(year, month - 1, day)
  return utc.getTime() / msPerDay
}

/**
 * Both conversions are remembered: calendars, FX carry-forward and sector sums convert the same few
 * thousand sessions over and over (tens of thousands of times while the first view loads), and a
 * lookup is much cheaper than a regular expression and a `Date`. Only valid dates are cached; the
 * caches are emptied when they grow past any realistic working set.
 */
const cacheLimit = 50_000
const dayNumbers = new Map<string, number>()
const datesOfDayNumbers = new Map<number, IsoDate>()

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= cacheLimit) cache.clear()
  cache.set(key, value)
  return value
}

function dateOfDayNumber(dayNumber: number): IsoDate {
  const known = datesOfDayNumbers.get(dayNumber)
  if (known !== undefined) return known
  const date = new Date(dayNumber * msPerDay).toISOString().slice(0, 10)
  // Outside 0000–9999 toISOString writes a signed six-digit year, which is no IsoDate.
  if (!isoDatePattern.test(date)) throw new RangeError(`day ${dayNumber} is outside 0000–9999`)
  return remember(datesOfDayNumbers, dayNumber, date)
}

function dayNumber(date: IsoDate): number {
  const known = dayNumbers.get(date)
  if (known !== undefined) return known
  const match = isoDatePattern.exec(date)
  if (match !== null) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
    if (validParts(year, month, day))
      return remember(dayNumbers, date, dayNumberOf(year, month, day))
  }
  throw new RangeError(`"${date}" is not a calendar date in YYYY-MM-DD form`)
}

/**
 * True when `value` is a string `YYYY-MM-DD` naming a real day of the Gregorian calendar:
 * `2024-02-29` is; `2025-02-29`, `2025-02-30`, `2025-13-01`, `2025-2-3` and
 * `2025-02-26T00:00` are not.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const match = isoDatePattern.exec(value)
  return match !== null && validParts(Number(match[1]), Number(match[2]), Number(match[3]))
}

/**
 * Orders two `YYYY-MM-DD` dates for `Array.prototype.sort`: negative when `a` is earlier, positive
 * when later, 0 for the same day. Fixed-width digits make code-unit order the calendar order, so no
 * parsing is needed; `localeCompare` gives the same order through ICU's collator at several times
 * the cost, which a cold load paid for every row of 22 valuation series.
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The date `n` calendar days after `date` (before it when `n` is negative), across month and
 * year ends and leap days. Throws RangeError for an invalid date, a non-integer `n`, or a result
 * outside the years 0000–9999.
 */
export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`cannot add ${n} days: not a whole number`)
  return dateOfDayNumber(dayNumber(date) + n)
}

/** Day of the week, 0 = Sunday … 6 = Saturday. Throws RangeError for an invalid date. */
export function weekdayOf(date: IsoDate): number {
  // Day 0, 1970-01-01, was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7
}

/**
 * Signed number of calendar days from `a` to `b`: positive when `b` is later, 0 for the same day,
 * so `addDays(a, daysBetween(a, b)) === b`. Throws RangeError for an invalid date.
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a)
}

/**
 * The vendor form `YYYYMMDD` of a date: `compactDate('2025-02-26')` is `'20250226'`.
 * Throws RangeError for an invalid date.
 */
export function compactDate(date: IsoDate): string {
  dayNumber(date)
  return date.replaceAll('-', '')
}

/**
 * Reads a vendor date `YYYYMMDD` (`'20250226'` → `'2025-02-26'`). Returns null for anything else,
 * including impossible dates such as `'20250230'` and surrounding spaces.
 */
export function fromCompactDate(value: string): IsoDate | null {
  const match = compactDatePattern.exec(value)
  if (match === null) return null
  const date = `${match[1]}-${match[2]}-${match[3]}`
  return isIsoDate(date) ? date : null
}
