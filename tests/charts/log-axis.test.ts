import { describe, expect, it } from 'vitest'
import { logAxis } from '@/charts/log-axis'

describe('logAxis', () => {
  it.each<[string, number[], [number, number], number[]]>([
    // 83 … 147: the round values just outside are 80 and 150; ticks in the 1-1.2-1.5-2 set.
    ['a rebased range around 100', [100, 83, 147], [80, 150], [80, 100, 120, 150]],
    // 40 … 390: the dense set would give 11 ticks (40, 50, 60, 80, …); 1-1.5-2-3-5-7 gives 6.
    ['a wide range', [100, 40, 390], [40, 400], [50, 70, 100, 150, 200, 300]],
    // 9 ticks in 1-2-5 (5, 10, 20, …, 2000): powers of ten only.
    ['a tenfold-and-more range', [5, 100, 2000], [5, 2000], [10, 100, 1000]],
    // 100 ÷ 1.05 … 100 × 1.05 snaps to 80 … 120.
    ['one value', [100], [80, 120], [80, 100, 120]],
    ['nothing usable', [0, -5, Number.NaN], [10, 1000], [10, 100, 1000]],
  ])('%s', (_, values, domain, ticks) => {
    const axis = logAxis(values)
    expect(axis.domain).toEqual(domain)
    expect(axis.ticks).toEqual(ticks)
    expect(axis.ticks.every((tick) => tick >= axis.domain[0] && tick <= axis.domain[1])).toBe(true)
  })

  it('takes a series too long to spread into Math.min (300,000 values)', () => {
    const values = Array.from({ length: 300_000 }, (_, i) => 100 + (i % 48) - 17)
    expect(logAxis(values)).toEqual(logAxis([100, 83, 130]))
  })
})
