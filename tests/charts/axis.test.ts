import { describe, expect, it } from 'vitest'
import { niceDomain, valueRange } from '@/charts/axis'
import { sessionTicks, timeTicks, type TickSpan } from '@/charts/time-ticks'

describe('valueRange', () => {
  it.each([
    [[3, -2, 7.5, 1], undefined, [-2, 7.5]],
    [[4], undefined, [4, 4]],
    [[Number.NaN, 2, Number.POSITIVE_INFINITY, -1], undefined, [-1, 2]],
    [[-5, 0, 3, 9], (v: number) => v > 0, [3, 9]],
    [[], undefined, null],
    [[Number.NaN, Number.NEGATIVE_INFINITY], undefined, null],
    [[-5, 0], (v: number) => v > 0, null],
  ] as const)('%j → %j', (values, accept, range) => {
    expect(valueRange(values, accept)).toEqual(range)
  })
})

describe('niceDomain', () => {
  it.each([
    // span 35.6 / 5 = 7.1 → step 10: 19.6 → 10, 55.2 → 60
    [[19.6, 55.2], 5, [10, 60], [10, 20, 30, 40, 50, 60]],
    // span 0.093 / 4 ≈ 0.023 → step 0.05
    [[-0.045, 0.048], 4, [-0.05, 0.05], [-0.05, 0, 0.05]],
    [[3, 3], 5, [2, 4], [2, 2.5, 3, 3.5, 4]],
  ])('%j in %i parts → %j', (values, parts, domain, ticks) => {
    expect(niceDomain(values, parts)).toEqual({ domain, ticks })
  })

  it('takes a series too long to spread into Math.min (300,000 values)', () => {
    const values = Array.from({ length: 300_000 }, (_, i) => 20 + Math.sin(i / 1000) * 10)
    expect(niceDomain(values, 5)).toEqual({ domain: [10, 30], ticks: [10, 15, 20, 25, 30] })
  })

  it('ignores non-finite values and survives none', () => {
    expect(niceDomain([Number.NaN, Number.POSITIVE_INFINITY])).toEqual({
      domain: [0, 1],
      ticks: [0, 1],
    })
  })
})

describe('timeTicks', () => {
  it('labels every session when there are few, skipping the edge one', () => {
    const dates = ['2025-01-02', '2025-01-03', '2025-02-03']
    expect(timeTicks(dates)).toEqual({ ticks: ['2025-01-03', '2025-02-03'], span: 'days' })
    const six = ['2025-01-02', '2025-01-03', '2025-02-03', '2025-02-04', '2025-03-03', '2025-03-31']
    expect(timeTicks(six).ticks).toEqual(six.slice(1))
  })

  it('labels month starts over a quarter of sessions', () => {
    const dates: string[] = []
    for (const month of ['01', '02', '03'])
      for (let day = 2; day <= 28; day += 1)
        dates.push(`2025-${month}-${String(day).padStart(2, '0')}`)
    expect(timeTicks(dates)).toEqual({ ticks: ['2025-02-02', '2025-03-02'], span: 'months' })
  })

  it('falls back to years on long series, at most 8 labels', () => {
    const dates: string[] = []
    for (let year = 2010; year <= 2026; year += 1)
      for (const md of ['01-05', '06-05']) dates.push(`${year}-${md}`)
    const { ticks, span } = timeTicks(dates)
    expect(span).toBe('years')
    expect(ticks.length).toBeLessThanOrEqual(8)
    expect(ticks.every((d) => d.endsWith('01-05'))).toBe(true)
  })
})

/** timeTicks as first written (every step walks every date), the oracle for the early exit. */
function referenceTicks(
  dates: readonly string[],
  maxTicks = 8,
): { ticks: string[]; span: TickSpan } {
  if (dates.length === 0) return { ticks: [], span: 'days' }
  const week = (d: string) =>
    String(Math.floor((Math.floor(Date.parse(`${d}T00:00:00Z`) / 86_400_000) + 3) / 7))
  const steps: { key: (d: string) => string; span: TickSpan }[] = [
    { key: (d) => d, span: 'days' },
    { key: week, span: 'days' },
    { key: (d) => d.slice(0, 7), span: 'months' },
    {
      key: (d) => `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3)}`,
      span: 'months',
    },
    { key: (d) => `${d.slice(0, 4)}-H${Number(d.slice(5, 7)) > 6 ? 2 : 1}`, span: 'months' },
    { key: (d) => d.slice(0, 4), span: 'years' },
  ]
  const firstOfEach = (key: (d: string) => string) => {
    const out: string[] = []
    let previous: string | null = null
    for (const date of dates) {
      if (key(date) !== previous) out.push(date)
      previous = key(date)
    }
    return out.length > 2 ? out.slice(1) : out
  }
  for (const step of steps) {
    const ticks = firstOfEach(step.key)
    if (ticks.length <= maxTicks) return { ticks, span: step.span }
  }
  const years = firstOfEach((d) => d.slice(0, 4))
  const every = Math.ceil(years.length / maxTicks)
  return { ticks: years.filter((_, i) => i % every === 0), span: 'years' }
}

/** `n` weekday sessions from 2 Jan 1990, with a two-month gap (a suspension) a third of the way. */
function weekdays(n: number): string[] {
  const dates: string[] = []
  for (let day = Date.UTC(1990, 0, 2); dates.length < n; day += 86_400_000) {
    const weekday = new Date(day).getUTCDay()
    if (weekday === 0 || weekday === 6) continue
    if (dates.length === Math.floor(n / 3)) day += 60 * 86_400_000
    dates.push(new Date(day).toISOString().slice(0, 10))
  }
  return dates
}

describe('timeTicks: each step, and the same ticks as walking every step in full', () => {
  it.each([
    [8, 'days'],
    [30, 'days'],
    [150, 'months'],
    [400, 'months'],
    [700, 'months'],
    [1_200, 'years'],
    [2_600, 'years'],
    [20_000, 'years'],
  ] as const)('%i sessions: %s', (n, span) => {
    const dates = weekdays(n)
    expect(timeTicks(dates).span).toBe(span)
    for (const maxTicks of [1, 2, 3, 5, 8, 12]) {
      expect(timeTicks(dates, maxTicks)).toEqual(referenceTicks(dates, maxTicks))
    }
  })

  it('sessionTicks gives the sessions of those dates, in order', () => {
    const dates = weekdays(2_600)
    const { ticks, span } = sessionTicks(dates)
    expect(span).toBe('years')
    expect(ticks.map((i) => dates[i])).toEqual(timeTicks(dates).ticks)
    expect(ticks.every((i, k) => k === 0 || i > (ticks[k - 1] ?? -1))).toBe(true)
    expect(sessionTicks([])).toEqual({ ticks: [], span: 'days' })
  })
})
