import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { valuationStats, type SeriesPoint } from '@/domain/stats'
import {
  expandingPercentiles,
  forwardReturns,
  returnsByPercentile,
  scatterPoints,
} from '@/domain/valuation-scatter'

const d = (day: number) => `2024-01-${String(day).padStart(2, '0')}`

/** Points on 2024-01-01, -02, … in the order given. */
const series = (values: readonly (number | null)[]): SeriesPoint[] =>
  values.map((value, i) => ({ date: d(i + 1), value }))

const moves = (values: readonly number[]) => values.map((value, i) => ({ date: d(i + 1), value }))

describe('expandingPercentiles', () => {
  // [date, value, percentile, count]: each percentile counted by hand from the days up to it.
  it.each<[string, SeriesPoint[], string, number, [string, number, number, number][]]>([
    ['no points', [], d(1), 1, []],
    ['a window with one point', series([20]), d(1), 1, [[d(1), 20, 1, 1]]],
    [
      'distinct values: each day ranked against the days before it only',
      series([30, 10, 50, 40, 20]),
      d(1),
      1,
      [
        [d(1), 30, 1, 1], // {30}
        [d(2), 10, 1 / 2, 2], // {10, 30}: 10 is the lowest
        [d(3), 50, 1, 3], // {10, 30, 50}
        [d(4), 40, 3 / 4, 4], // {10, 30, 40, 50}: three ≤ 40
        [d(5), 20, 2 / 5, 5], // {10, 20, 30, 40, 50}: two ≤ 20
      ],
    ],
    [
      'ties count as at or below',
      series([10, 10, 5, 10]),
      d(1),
      1,
      [
        [d(1), 10, 1, 1],
        [d(2), 10, 1, 2], // {10, 10}
        [d(3), 5, 1 / 3, 3], // {5, 10, 10}
        [d(4), 10, 1, 4], // {5, 10, 10, 10}
      ],
    ],
    [
      'an all-loss-maker period (null, negative, zero) gets no point and is not history',
      series([20, null, -5, 0, 10, 30]),
      d(1),
      1,
      [
        [d(1), 20, 1, 1],
        [d(5), 10, 1 / 2, 2], // {10, 20}
        [d(6), 30, 1, 3],
      ],
    ],
    [
      'days before the window start are not history',
      series([30, 10, 50, 40, 20]),
      d(3),
      1,
      [
        [d(3), 50, 1, 1],
        [d(4), 40, 1 / 2, 2],
        [d(5), 20, 1 / 3, 3],
      ],
    ],
    [
      'a warm-up: days before the third observation enter the history without a point',
      series([30, 10, 50, 40, 20]),
      d(1),
      3,
      [
        [d(3), 50, 1, 3],
        [d(4), 40, 3 / 4, 4],
        [d(5), 20, 2 / 5, 5],
      ],
    ],
    [
      'unsorted input, and the last point of a date wins',
      [
        { date: d(2), value: 10 },
        { date: d(1), value: 30 },
        { date: d(2), value: 60 },
      ],
      d(1),
      1,
      [
        [d(1), 30, 1, 1],
        [d(2), 60, 1, 2],
      ],
    ],
  ])('%s', (_case, points, from, minCount, expected) => {
    const result = expandingPercentiles(points, from, { minCount })
    expect(result.map((p) => [p.date, p.value, p.count])).toEqual(
      expected.map(([date, value, , count]) => [date, value, count]),
    )
    result.forEach((p, i) => expect(p.percentile).toBeCloseTo(expected[i]?.[2] ?? Number.NaN, 12))
  })

  it('ends on the whole-window percentile of valuationStats (no look-ahead, same rules)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 20 })), {
          minLength: 1,
          maxLength: 40,
        }),
        (values) => {
          const points = series(values.map((v) => (v === null ? null : v)))
          const last = expandingPercentiles(points, d(1)).at(-1)
          const stats = valuationStats(points, { from: d(1) })
          expect(last?.percentile ?? null).toBe(stats?.percentile ?? null)
        },
      ),
    )
  })
})

describe('forwardReturns', () => {
  const four = moves([0.1, -0.1, 0.2, 0])

  it.each<[string, { date: string; value: number }[], number, (number | null)[]]>([
    ['one session ahead', four, 1, [-0.1, 0.2, 0, null]],
    // d1: 0.9 × 1.2 − 1 = 0.08; d2: 1.2 × 1.0 − 1 = 0.2
    ['two sessions ahead, compounded', four, 2, [0.08, 0.2, null, null]],
    ['a horizon longer than the history', four, 5, [null, null, null, null]],
    ['unsorted moves', [...four].reverse(), 1, [-0.1, 0.2, 0, null]],
    [
      'a non-finite move voids the windows that hold it',
      moves([0, Number.NaN, 0.1]),
      1,
      [null, 0.1, null],
    ],
  ])('%s', (_case, input, horizon, expected) => {
    const result = forwardReturns(input, horizon)
    expect(result.map((r) => r.date)).toEqual(expected.map((_, i) => d(i + 1)))
    result.forEach(({ value }, i) => {
      const want = expected[i]
      if (want === null || want === undefined) expect(value).toBeNull()
      else expect(value).toBeCloseTo(want, 12)
    })
  })

  it('takes the last move of a date', () => {
    const result = forwardReturns(
      [
        { date: d(1), value: 0 },
        { date: d(2), value: 0.5 },
        { date: d(2), value: 0.25 },
      ],
      1,
    )
    expect(result[0]?.value).toBeCloseTo(0.25, 12)
  })

  it.each([0, -1, 1.5, Number.NaN])('refuses a horizon of %s sessions', (horizon) => {
    expect(() => forwardReturns(four, horizon)).toThrow(RangeError)
  })
})

describe('scatterPoints', () => {
  it('pairs each day’s point-in-time percentile with the next session’s return', () => {
    // Forward returns one session ahead: d1 0.1, d2 −0.1, d3 0.2, d4 0, d5 unknown.
    const result = scatterPoints(series([30, 10, 50, 40, 20]), moves([0, 0.1, -0.1, 0.2, 0]), {
      from: d(1),
      horizon: 1,
    })
    expect(result.points.map((p) => [p.date, p.value, p.percentile])).toEqual([
      [d(1), 30, 1],
      [d(2), 10, 0.5],
      [d(3), 50, 1],
      [d(4), 40, 0.75],
    ])
    const expected = [0.1, -0.1, 0.2, 0]
    result.points.forEach((p, i) => expect(p.forwardReturn).toBeCloseTo(expected[i] ?? 99, 12))
    expect(result.current).toEqual({ date: d(5), value: 20, percentile: 0.4, count: 5 })
    expect(result.pending).toBe(1)
  })

  it('leaves out not-meaningful days and counts days without a move as pending', () => {
    const valuation = series([30, null, 50, 40])
    const basket = moves([0, 0.1, -0.1, 0.2]).slice(1) // the basket's first move is on d2
    const result = scatterPoints(valuation, basket, { from: d(1), horizon: 1 })
    // d1 has no move to start from; d2 is not meaningful; d4 is the latest.
    expect(result.points.map((p) => p.date)).toEqual([d(3)])
    expect(result.pending).toBe(2)
    expect(result.current?.date).toBe(d(4))
  })

  it('has no current day when the window holds nothing meaningful', () => {
    expect(scatterPoints(series([null, -3]), moves([0, 0]), { from: d(1), horizon: 1 })).toEqual({
      points: [],
      current: null,
      pending: 0,
    })
  })
})

describe('returnsByPercentile', () => {
  it('buckets by percentile, a boundary going to the lower bucket', () => {
    const buckets = returnsByPercentile([
      { percentile: 0.1, forwardReturn: 0.02 },
      { percentile: 0.2, forwardReturn: -0.04 }, // boundary: bottom fifth
      { percentile: 0.25, forwardReturn: 0.01 },
      { percentile: 0.6, forwardReturn: 0.03 }, // 0.6 × 5 = 3.0000000000000004
      { percentile: 0.8, forwardReturn: -0.02 },
      { percentile: 1, forwardReturn: -0.06 },
      { percentile: 1, forwardReturn: 0.01 },
      { percentile: 1, forwardReturn: -0.01 },
    ])
    expect(buckets.map((b) => [b.from, b.to, b.count])).toEqual([
      [0, 0.2, 2],
      [0.2, 0.4, 1],
      [0.4, 0.6, 1],
      [0.6, 0.8, 1],
      [0.8, 1, 3],
    ])
    expect(buckets[0]?.mean).toBeCloseTo(-0.01, 12)
    expect(buckets[0]?.median).toBeCloseTo(-0.01, 12)
    expect(buckets[0]?.shareUp).toBe(0.5)
    expect(buckets[4]?.mean).toBeCloseTo(-0.02, 12)
    expect(buckets[4]?.median).toBeCloseTo(-0.01, 12)
    expect(buckets[4]?.shareUp).toBeCloseTo(1 / 3, 12)
  })

  it('reports empty buckets as null', () => {
    const [first] = returnsByPercentile([], 4)
    expect(first).toEqual({ from: 0, to: 0.25, count: 0, mean: null, median: null, shareUp: null })
  })
})
