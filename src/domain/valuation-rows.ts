import { addDays, daysBetween } from '@/domain/dates'
import type { SeriesPoint } from '@/domain/stats'
import type { IsoDate } from '@/domain/types'

const epoch = '1970-01-01'

/** Days since 1970-01-01: a numeric x for time charts (weekends and holidays keep their width). */
export function epochDay(date: IsoDate): number {
  return daysBetween(epoch, date)
}

/** The date of an {@link epochDay} number (rounded to the nearest whole day). */
export function dateOfEpochDay(day: number): IsoDate {
  return addDays(epoch, Math.round(day))
}

/** One date of several series side by side. */
export interface ValuationRow {
  date: IsoDate
  /** {@link epochDay} of `date`. */
  day: number
  /** `values[k]` is series k's value that day; null when it has none or it is not meaningful. */
  values: (number | null)[]
  /** `present[k]`: series k has a point that day (meaningful or not); false = no observation. */
  present: boolean[]
}

/**
 * Puts several daily series side by side on the union of their dates, oldest first. A series
 * without a point on a date, or with a non-finite one, has null there (a gap: values are never
 * carried forward, since HK and mainland holidays differ). Of several points of one series on one
 * date the last in input order wins. With `positiveOnly` (a log scale) values ≤ 0 are null too.
 * `present` tells a not-meaningful point (null, present) from a date the series has no point on.
 * Invalid dates are dropped.
 */
export function mergeSeries(
  series: readonly (readonly SeriesPoint[])[],
  { positiveOnly = false }: { positiveOnly?: boolean } = {},
): ValuationRow[] {
  const rows = new Map<IsoDate, ValuationRow>()
  series.forEach((points, k) => {
    for (const { date, value } of points) {
      let row = rows.get(date)
      if (row === undefined) {
        let day: number
        try {
          day = epochDay(date)
        } catch {
          continue
        }
        row = { date, day, values: series.map(() => null), present: series.map(() => false) }
        rows.set(date, row)
      }
      const usable = value !== null && Number.isFinite(value) && (!positiveOnly || value > 0)
      row.values[k] = usable ? value : null
      row.present[k] = true
    }
  })
  return [...rows.values()].sort((a, b) => a.day - b.day)
}
