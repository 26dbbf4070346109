import { describe, expect, it } from 'vitest'
import { niceDomain } from '@/charts/axis'
import { timeTicks } from '@/charts/time-ticks'

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
