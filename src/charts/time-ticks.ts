import type { IsoDate } from '@/domain/types'

export type TickSpan = 'days' | 'months' | 'years'

/**
 * Explicit x-axis ticks for a sorted list of session dates: the first session of each week, month,
 * quarter or year — whichever step gives at most `maxTicks` labels. Computing them once avoids
 * recharts measuring thousands of labels.
 */
export function timeTicks(
  dates: readonly IsoDate[],
  maxTicks = 8,
): { ticks: IsoDate[]; span: TickSpan } {
  if (dates.length === 0) return { ticks: [], span: 'days' }
  const steps: { key: (d: IsoDate) => string; span: TickSpan }[] = [
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
  for (const step of steps) {
    // A step with too many labels is given up as soon as that is certain: on 20,000 sessions the
    // day, week, month, quarter and half-year steps each stop after a few dozen dates.
    const ticks = firstOfEach(dates, step.key, maxTicks)
    if (ticks !== null) return { ticks: ticks.map((i) => dates[i] as IsoDate), span: step.span }
  }
  const years = firstOfEach(dates, (d) => d.slice(0, 4)) ?? []
  const every = Math.ceil(years.length / maxTicks)
  return {
    ticks: years.filter((_, i) => i % every === 0).map((i) => dates[i] as IsoDate),
    span: 'years',
  }
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
 */
function firstOfEach(
  dates: readonly IsoDate[],
  key: (d: IsoDate) => string,
  limit = Infinity,
): number[] | null {
  const out: number[] = []
  let previous: string | null = null
  for (let i = 0; i < dates.length; i += 1) {
    const k = key(dates[i] as IsoDate)
    if (k !== previous) {
      out.push(i)
      // The first one is dropped when more than two are found: limit + 1 may still do.
      if (out.length > limit + 1) return null
    }
    previous = k
  }
  const ticks = out.length > 2 ? out.slice(1) : out
  return ticks.length <= limit ? ticks : null
}

/**
 * {@link timeTicks} for a numeric session axis, where session k of `dates` is drawn at x = k (so
 * weekends and holidays take no room): the same ticks, as session numbers.
 */
export function sessionTicks(
  dates: readonly IsoDate[],
  maxTicks = 8,
): { ticks: number[]; span: TickSpan } {
  const { ticks, span } = timeTicks(dates, maxTicks)
  // Ticks ascend like the dates, so one walk finds their sessions.
  const indices: number[] = []
  let next = 0
  for (let i = 0; i < dates.length && next < ticks.length; i += 1) {
    if (dates[i] === ticks[next]) {
      indices.push(i)
      next += 1
    }
  }
  return { ticks: indices, span }
}
