import type { IsoDate } from '@/domain/types'

export type TickSpan = 'days' | 'months' | 'years'

/** A period of the calendar: its key for a date (the same for every date of one period). */
interface Step {
  key: (date: IsoDate) => string
  span: TickSpan
}

const steps: readonly Step[] = [
  { key: (d) => d, span: 'days' },
  { key: (d) => weekKey(d), span: 'days' },
  { key: (d) => d.slice(0, 7), span: 'months' },
  {
    key: (d) => `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3)}`,
    span: 'months',
  },
  { key: (d) => `${d.slice(0, 4)}-H${Number(d.slice(5, 7)) > 6 ? 2 : 1}`, span: 'months' },
  { key: (d) => d.slice(0, 4), span: 'years' },
]

const yearOf = (date: IsoDate) => date.slice(0, 4)

/**
 * Explicit x-axis ticks for a sorted list of session dates: the first session of each week, month,
 * quarter or year — whichever step gives at most `maxTicks` labels. Computing them once avoids
 * recharts measuring thousands of labels.
 */
export function timeTicks(
  dates: readonly IsoDate[],
  maxTicks = 8,
): { ticks: IsoDate[]; span: TickSpan } {
  const { indices, span } = tickIndices(dates, maxTicks)
  return { ticks: indices.map((i) => dates[i] as IsoDate), span }
}

/**
 * {@link timeTicks} for a numeric session axis, where session k of `dates` is drawn at x = k (so
 * weekends and holidays take no room): the same ticks, as session numbers.
 */
export function sessionTicks(
  dates: readonly IsoDate[],
  maxTicks = 8,
): { ticks: number[]; span: TickSpan } {
  const { indices, span } = tickIndices(dates, maxTicks)
  return { ticks: indices, span }
}

/** The ticks of {@link timeTicks} as indices into `dates`. */
function tickIndices(
  dates: readonly IsoDate[],
  maxTicks: number,
): { indices: number[]; span: TickSpan } {
  if (dates.length === 0) return { indices: [], span: 'days' }
  for (const step of steps) {
    // A step with too many labels is given up as soon as that is certain.
    const indices = firstOfEach(dates, step.key, maxTicks)
    if (indices !== null) return { indices, span: step.span }
  }
  const years = firstOfEach(dates, yearOf) ?? []
  const every = Math.ceil(years.length / maxTicks)
  return { indices: years.filter((_, i) => i % every === 0), span: 'years' }
}

function weekKey(date: IsoDate): string {
  const days = Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000)
  // 1970-01-01 was a Thursday; shift so weeks start on Monday.
  return String(Math.floor((days + 3) / 7))
}

/**
 * Indices of the first date of each period (`key`), without the first period's when later ones
 * exist (its label would sit on the axis edge mid-period); null once there would be more than
 * `limit` of them (no limit by default).
 *
 * The dates are sorted, so a period's dates are one run and its key never comes back: the end of
 * each run is found by binary search, a few key reads per period instead of one per date (80 years
 * of sessions: some 1,000 reads, not 20,000).
 */
function firstOfEach(
  dates: readonly IsoDate[],
  key: (d: IsoDate) => string,
  limit = Infinity,
): number[] | null {
  const out: number[] = []
  for (let start = 0; start < dates.length;) {
    out.push(start)
    // The first one is dropped when more than two are found: limit + 1 may still do.
    if (out.length > limit + 1) return null
    const period = key(dates[start] as IsoDate)
    let low = start + 1
    let high = dates.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (key(dates[middle] as IsoDate) === period) low = middle + 1
      else high = middle
    }
    start = low
  }
  const ticks = out.length > 2 ? out.slice(1) : out
  return ticks.length <= limit ? ticks : null
}
