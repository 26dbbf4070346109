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
    const ticks = firstOfEach(dates, step.key)
    if (ticks.length <= maxTicks) return { ticks, span: step.span }
  }
  const years = firstOfEach(dates, (d) => d.slice(0, 4))
  const every = Math.ceil(years.length / maxTicks)
  return { ticks: years.filter((_, i) => i % every === 0), span: 'years' }
}

function weekKey(date: IsoDate): string {
  const days = Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000)
  // 1970-01-01 was a Thursday; shift so weeks start on Monday.
  return String(Math.floor((days + 3) / 7))
}

function firstOfEach(dates: readonly IsoDate[], key: (d: IsoDate) => string): IsoDate[] {
  const out: IsoDate[] = []
  let previous: string | null = null
  for (const date of dates) {
    const k = key(date)
    if (k !== previous) out.push(date)
    previous = k
  }
  // The first label would sit on the axis edge mid-period; drop it when later ones exist.
  return out.length > 2 ? out.slice(1) : out
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
  const wanted = new Set(ticks)
  const indices: number[] = []
  dates.forEach((date, i) => {
    if (wanted.has(date)) indices.push(i)
  })
  return { ticks: indices, span }
}
