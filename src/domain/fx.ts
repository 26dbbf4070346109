import { daysBetween, isIsoDate } from '@/domain/dates'
import type { Currency, FxHistory, FxObservation, IsoDate } from '@/domain/types'

/** Default staleness limit of {@link cnyPerUnit}, in calendar days. */
export const defaultMaxStaleDays = 10

// Calendar days of the few thousand dates a session sees, memoised: the lookups below run tens of
// thousands of times per render. Cleared when it grows past a bound, so it cannot leak.
const calendarDays = new Map<IsoDate, number | null>()
const calendarDayCacheLimit = 100_000

/**
 * Days since 1970-01-01 of a calendar date `YYYY-MM-DD` (negative before 1970), or null when
 * `date` is not a real calendar date (`2024-02-30`, `2024-1-5`, `''`). Subtract two results to
 * count calendar days. Memoised, so cheap to call in hot loops.
 */
export function calendarDay(date: IsoDate): number | null {
  let day = calendarDays.get(date)
  if (day === undefined) {
    day = isIsoDate(date) ? daysBetween('1970-01-01', date) : null
    if (calendarDays.size >= calendarDayCacheLimit) calendarDays.clear()
    calendarDays.set(date, day)
  }
  return day
}

/** One currency's observations, sorted, deduplicated and indexed for binary search. */
interface RateTable {
  dates: readonly IsoDate[]
  days: readonly number[]
  rates: readonly number[]
}

// Histories are immutable values shared across renders: prepare each observation array once.
const tables = new WeakMap<readonly FxObservation[], RateTable>()

function rateTable(observations: readonly FxObservation[]): RateTable {
  const cached = tables.get(observations)
  if (cached) return cached
  const latest = new Map<IsoDate, { day: number; rate: number }>()
  for (const { date, cnyPerUnit: rate } of observations) {
    const day = calendarDay(date)
    if (day === null || !Number.isFinite(rate) || rate <= 0) continue
    latest.set(date, { day, rate }) // a later duplicate replaces an earlier one
  }
  const dates = [...latest.keys()].sort()
  const table: RateTable = {
    dates,
    days: dates.map((date) => latest.get(date)?.day ?? Number.NaN),
    rates: dates.map((date) => latest.get(date)?.rate ?? Number.NaN),
  }
  tables.set(observations, table)
  return table
}

function normaliseObservations(observations: readonly FxObservation[]): FxObservation[] {
  const table = rateTable(observations)
  const normalised = table.dates.map((date, i) => ({ date, cnyPerUnit: table.rates[i] ?? 0 }))
  tables.set(normalised, table) // already clean: lookups on the result skip the preparation
  return normalised
}

/**
 * The history cleaned up: each currency's observations sorted by date (oldest first), one per date
 * (a later duplicate in input order replaces an earlier one), and observations with a malformed
 * date or a non-positive or non-finite rate dropped.
 *
 * Optional: {@link cnyPerUnit} applies the same clean-up itself, memoised per observation array,
 * so treat histories as immutable values (a new array for new data) rather than mutating them.
 */
export function normaliseFx(history: FxHistory): FxHistory {
  return { HKD: normaliseObservations(history.HKD), USD: normaliseObservations(history.USD) }
}

/**
 * CNY per one unit of `currency` on `date` (e.g. 0.91 for HKD).
 *
 * - CNY: always 1.
 * - Otherwise the last observation dated on or before `date`. Central parity is not published on
 *   mainland holidays, when Hong Kong may still trade, so such a session uses the last rate before
 *   the holiday.
 * - null when there is no observation on or before `date`, when the last one is more than
 *   `maxStaleDays` calendar days older than `date` (default 10; `Infinity` disables the limit;
 *   NaN or a negative limit accepts nothing), or when `date` is not a calendar date.
 *
 * Observations may be unsorted; they are cleaned up as in {@link normaliseFx} once per array and
 * then searched by bisection (O(log n) per call).
 */
export function cnyPerUnit(
  fx: FxHistory,
  currency: Currency,
  date: IsoDate,
  maxStaleDays: number = defaultMaxStaleDays,
): number | null {
  if (currency === 'CNY') return 1
  const { dates, days, rates } = rateTable(fx[currency])
  // Bisection for the number of observations dated on or before `date`.
  let low = 0
  let high = dates.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((dates[mid] ?? '') <= date) low = mid + 1
    else high = mid
  }
  const rate = rates[low - 1]
  const observedDay = days[low - 1]
  if (rate === undefined || observedDay === undefined || !(maxStaleDays >= 0)) return null
  if (dates[low - 1] === date) return rate // same day: `date` is valid, age 0
  const day = calendarDay(date)
  return day !== null && day - observedDay <= maxStaleDays ? rate : null
}

/**
 * `amount` (in `currency`) converted to CNY at {@link cnyPerUnit} for `date` with the default
 * staleness limit. null when there is no usable rate, or when the amount is not finite or the
 * product overflows.
 */
export function toCny(
  fx: FxHistory,
  amount: number,
  currency: Currency,
  date: IsoDate,
): number | null {
  const rate = cnyPerUnit(fx, currency, date)
  if (rate === null) return null
  const converted = amount * rate
  return Number.isFinite(converted) ? converted : null
}
