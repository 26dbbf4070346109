import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { valuationStats, zScore, type SeriesPoint, type ValuationStats } from '@/domain/stats'

const d = (day: number) => `2024-01-${String(day).padStart(2, '0')}`

/** Points on 2024-01-01, -02, … in the order given. */
function series(values: readonly (number | null)[]): SeriesPoint[] {
  return values.map((value, i) => ({ date: d(i + 1), value }))
}

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value]
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn)
  return []
}

/** The expectation of one case: exact for counts and dates, to 9 decimals for figures. */
interface Expected {
  to: string
  count: number
  excluded: number
  current: [string, number]
  mean: number
  median: number
  stdDev: number
  percentile: number
  min: [string, number]
  max: [string, number]
  peakOverCurrent: number | null
  currentOverTrough: number | null
  currentVsMean: number | null
}

function expectStats(stats: ValuationStats | null, from: string, expected: Expected) {
  expect(stats).not.toBeNull()
  if (stats === null) return
  expect(stats.window).toEqual({ from, to: expected.to })
  expect([stats.count, stats.excluded]).toEqual([expected.count, expected.excluded])
  expect([stats.current.date, stats.current.value]).toEqual(expected.current)
  expect([stats.min.date, stats.min.value]).toEqual(expected.min)
  expect([stats.max.date, stats.max.value]).toEqual(expected.max)
  expect(stats.mean).toBeCloseTo(expected.mean, 9)
  expect(stats.median).toBeCloseTo(expected.median, 9)
  expect(stats.stdDev).toBeCloseTo(expected.stdDev, 9)
  expect(stats.bands.minus2).toBeCloseTo(expected.mean - 2 * expected.stdDev, 9)
  expect(stats.bands.minus1).toBeCloseTo(expected.mean - expected.stdDev, 9)
  expect(stats.bands.plus1).toBeCloseTo(expected.mean + expected.stdDev, 9)
  expect(stats.bands.plus2).toBeCloseTo(expected.mean + 2 * expected.stdDev, 9)
  expect(stats.percentile).toBeCloseTo(expected.percentile, 12)
  for (const key of ['peakOverCurrent', 'currentOverTrough', 'currentVsMean'] as const) {
    const want = expected[key]
    if (want === null) expect(stats[key]).toBeNull()
    else expect(stats[key]).toBeCloseTo(want, 9)
  }
}

// Five sessions, values 30, 10, 50, 40, 20 on 01-01 … 01-05, given out of order.
const five: SeriesPoint[] = [
  { date: d(4), value: 40 },
  { date: d(1), value: 30 },
  { date: d(5), value: 20 },
  { date: d(3), value: 50 },
  { date: d(2), value: 10 },
]

describe('valuationStats', () => {
  it.each<[string, SeriesPoint[], { from: string; to?: string }, boolean, Expected]>([
    [
      'five unsorted points',
      five,
      { from: d(1) },
      false,
      {
        to: d(5),
        count: 5,
        excluded: 0,
        current: [d(5), 20],
        // (30 + 10 + 50 + 40 + 20) / 5 = 150 / 5 = 30
        mean: 30,
        // sorted 10, 20, 30, 40, 50 → 30
        median: 30,
        // deviations 0, −20, 20, 10, −10; squares 0 + 400 + 400 + 100 + 100 = 1,000; ÷ 5 = 200; √200
        stdDev: Math.sqrt(200), // 14.142135623…
        // values ≤ 20: 10, 20 → 2 / 5
        percentile: 0.4,
        min: [d(2), 10],
        max: [d(3), 50],
        peakOverCurrent: 2.5, // 50 / 20
        currentOverTrough: 2, // 20 / 10
        currentVsMean: -1 / 3, // 20 / 30 − 1
      },
    ],
    [
      'window start filtering (from 01-03)',
      five,
      { from: d(3) },
      false,
      {
        to: d(5),
        count: 3,
        excluded: 0,
        current: [d(5), 20],
        // (50 + 40 + 20) / 3 = 110 / 3 = 36.667
        mean: 110 / 3,
        median: 40, // sorted 20, 40, 50
        // deviations 40/3, 10/3, −50/3; squares (1,600 + 100 + 2,500) / 9 = 4,200 / 9; ÷ 3 = 4,200 / 27
        stdDev: Math.sqrt(4_200 / 27), // 12.472191…
        percentile: 1 / 3, // only 20 ≤ 20
        min: [d(5), 20],
        max: [d(3), 50],
        peakOverCurrent: 2.5, // 50 / 20
        currentOverTrough: 1, // 20 / 20
        currentVsMean: 20 / (110 / 3) - 1, // 60 / 110 − 1 = −0.4545…
      },
    ],
    [
      'window with an end (01-02 … 01-04)',
      five,
      { from: d(2), to: d(4) },
      false,
      {
        to: d(4),
        count: 3,
        excluded: 0,
        current: [d(4), 40],
        mean: 100 / 3, // (10 + 50 + 40) / 3
        median: 40, // sorted 10, 40, 50
        // deviations −70/3, 50/3, 20/3; squares (4,900 + 2,500 + 400) / 9 = 7,800 / 9; ÷ 3 = 7,800 / 27
        stdDev: Math.sqrt(7_800 / 27), // 16.996731…
        percentile: 2 / 3, // 10 and 40 are ≤ 40
        min: [d(2), 10],
        max: [d(3), 50],
        peakOverCurrent: 1.25, // 50 / 40
        currentOverTrough: 4, // 40 / 10
        currentVsMean: 0.2, // 40 / (100 / 3) − 1 = 1.2 − 1
      },
    ],
    [
      'ties count as ≤ in the percentile',
      series([10, 20, 20, 30, 20]),
      { from: d(1) },
      false,
      {
        to: d(5),
        count: 5,
        excluded: 0,
        current: [d(5), 20],
        mean: 20, // 100 / 5
        median: 20, // sorted 10, 20, 20, 20, 30
        // squares 100 + 0 + 0 + 100 + 0 = 200; ÷ 5 = 40
        stdDev: Math.sqrt(40), // 6.324555…
        percentile: 0.8, // 10, 20, 20, 20 ≤ 20 → 4 / 5
        min: [d(1), 10],
        max: [d(4), 30],
        peakOverCurrent: 1.5, // 30 / 20
        currentOverTrough: 2, // 20 / 10
        currentVsMean: 0, // 20 / 20 − 1
      },
    ],
    [
      'min and max take the earliest date on ties',
      series([5, 9, 5, 9, 7]),
      { from: d(1) },
      false,
      {
        to: d(5),
        count: 5,
        excluded: 0,
        current: [d(5), 7],
        mean: 7, // 35 / 5
        median: 7, // sorted 5, 5, 7, 9, 9
        stdDev: Math.sqrt(3.2), // squares 4 + 4 + 4 + 4 + 0 = 16; ÷ 5 = 3.2
        percentile: 0.6, // 5, 5, 7 ≤ 7 → 3 / 5
        min: [d(1), 5],
        max: [d(2), 9],
        peakOverCurrent: 9 / 7,
        currentOverTrough: 1.4, // 7 / 5
        currentVsMean: 0,
      },
    ],
    [
      'a window with one point',
      five,
      { from: d(5) },
      false,
      {
        to: d(5),
        count: 1,
        excluded: 0,
        current: [d(5), 20],
        mean: 20,
        median: 20,
        stdDev: 0, // one point: no spread
        percentile: 1, // 1 / 1
        min: [d(5), 20],
        max: [d(5), 20],
        peakOverCurrent: 1,
        currentOverTrough: 1,
        currentVsMean: 0,
      },
    ],
    [
      'null, ≤ 0 and non-finite points are excluded and counted',
      series([10, null, -5, 0, Number.NaN, 20, Number.POSITIVE_INFINITY]),
      { from: d(1) },
      false,
      {
        to: d(7), // the last point in the window, even though it is not used
        count: 2, // 10 and 20
        excluded: 5, // null, −5, 0, NaN, Infinity
        current: [d(6), 20], // the last USED point
        mean: 15,
        median: 15, // (10 + 20) / 2
        stdDev: 5, // squares 25 + 25 = 50; ÷ 2 = 25
        percentile: 1, // 10, 20 ≤ 20
        min: [d(1), 10],
        max: [d(6), 20],
        peakOverCurrent: 1,
        currentOverTrough: 2,
        currentVsMean: 1 / 3, // 20 / 15 − 1
      },
    ],
    [
      'two points on one date: the later in input order wins',
      [
        { date: d(1), value: 10 },
        { date: d(2), value: 20 },
        { date: d(1), value: 30 },
      ],
      { from: d(1) },
      false,
      {
        to: d(2),
        count: 2, // 30 (01-01) and 20 (01-02)
        excluded: 0,
        current: [d(2), 20],
        mean: 25,
        median: 25,
        stdDev: 5,
        percentile: 0.5, // 20 ≤ 20, 30 is not
        min: [d(2), 20],
        max: [d(1), 30],
        peakOverCurrent: 1.5,
        currentOverTrough: 1,
        currentVsMean: -0.2, // 20 / 25 − 1
      },
    ],
    [
      'allowNonPositive: an A/H premium series (−2, 1, 4, −1)',
      series([-2, 1, 4, -1]),
      { from: d(1) },
      true,
      {
        to: d(4),
        count: 4,
        excluded: 0,
        current: [d(4), -1],
        mean: 0.5, // 2 / 4
        median: 0, // sorted −2, −1, 1, 4 → (−1 + 1) / 2
        // deviations −2.5, 0.5, 3.5, −1.5; squares 6.25 + 0.25 + 12.25 + 2.25 = 21; ÷ 4 = 5.25
        stdDev: Math.sqrt(5.25), // 2.291287…
        percentile: 0.5, // −2, −1 ≤ −1 → 2 / 4
        min: [d(1), -2],
        max: [d(3), 4],
        peakOverCurrent: null, // current −1 ≤ 0
        currentOverTrough: null, // min −2 ≤ 0
        currentVsMean: -3, // −1 / 0.5 − 1
      },
    ],
    [
      'the same series without allowNonPositive keeps 1 and 4',
      series([-2, 1, 4, -1]),
      { from: d(1) },
      false,
      {
        to: d(4),
        count: 2,
        excluded: 2,
        current: [d(3), 4],
        mean: 2.5,
        median: 2.5,
        stdDev: 1.5, // squares 2.25 + 2.25 = 4.5; ÷ 2 = 2.25
        percentile: 1,
        min: [d(2), 1],
        max: [d(3), 4],
        peakOverCurrent: 1,
        currentOverTrough: 4,
        currentVsMean: 0.6, // 4 / 2.5 − 1
      },
    ],
    [
      'allowNonPositive with a negative mean',
      series([-3, -1]),
      { from: d(1) },
      true,
      {
        to: d(2),
        count: 2,
        excluded: 0,
        current: [d(2), -1],
        mean: -2,
        median: -2,
        stdDev: 1,
        percentile: 1,
        min: [d(1), -3],
        max: [d(2), -1],
        peakOverCurrent: null,
        currentOverTrough: null,
        currentVsMean: null, // mean −2 ≤ 0
      },
    ],
    [
      'allowNonPositive with a zero trough',
      series([0, 2]),
      { from: d(1) },
      true,
      {
        to: d(2),
        count: 2,
        excluded: 0,
        current: [d(2), 2],
        mean: 1,
        median: 1,
        stdDev: 1,
        percentile: 1,
        min: [d(1), 0],
        max: [d(2), 2],
        peakOverCurrent: 1, // 2 / 2
        currentOverTrough: null, // min 0
        currentVsMean: 1, // 2 / 1 − 1
      },
    ],
  ])('%s', (_name, points, window, allowNonPositive, expected) => {
    expectStats(valuationStats(points, window, { allowNonPositive }), window.from, expected)
  })

  it.each<[string, SeriesPoint[], { from: string; to?: string }]>([
    ['all points null', series([null, null, null]), { from: d(1) }],
    ['only losses (≤ 0) and non-finite values', series([-4, 0, Number.NaN]), { from: d(1) }],
    ['no points', [], { from: d(1) }],
    ['a window after the last point', five, { from: d(6) }],
    ['an inverted window', five, { from: d(4), to: d(2) }],
  ])('returns null with no usable point: %s', (_name, points, window) => {
    expect(valuationStats(points, window)).toBeNull()
  })

  it('handles values too large to square without overflow', () => {
    // 1e200² overflows, so the computation must rescale: mean 2e200, σ 1e200 (squares 1 + 1, ÷ 2)
    const stats = valuationStats(series([1e200, 3e200]), { from: d(1) })
    expect(stats?.mean).toBeCloseTo(2e200, -190)
    expect((stats?.stdDev ?? 0) / 1e200).toBeCloseTo(1, 12)
  })

  it('returns null rather than Infinity when the bands overflow', () => {
    // mean ≈ 0.9e308, σ ≈ 0.9e308: mean + 2σ > Number.MAX_VALUE (1.797e308)
    expect(valuationStats(series([1e300, 1.79e308]), { from: d(1) })).toBeNull()
  })
})

describe('zScore', () => {
  const stats = valuationStats(five, { from: d(1) }) // mean 30, σ √200
  const flat = valuationStats(series([12, 12, 12]), { from: d(1) }) // σ 0

  it.each<[string, number, number | null]>([
    ['the mean is 0', 30, 0],
    ['mean + 2σ is 2', 30 + 2 * Math.sqrt(200), 2],
    ['20 is (20 − 30) / √200 ≈ −0.7071', 20, -10 / Math.sqrt(200)],
    ['NaN is null', Number.NaN, null],
    ['Infinity is null', Number.POSITIVE_INFINITY, null],
  ])('%s', (_name, value, expected) => {
    if (stats === null) throw new Error('fixture has usable points')
    const z = zScore(value, stats)
    if (expected === null) expect(z).toBeNull()
    else expect(z).toBeCloseTo(expected, 12)
  })

  it('is null when σ is 0', () => {
    expect(flat?.stdDev).toBe(0)
    if (flat !== null) expect(zScore(12, flat)).toBeNull()
  })
})

describe('valuationStats properties', () => {
  const pointArb = fc.record({
    date: fc.integer({ min: 1, max: 28 }).map(d),
    value: fc.oneof(fc.double(), fc.constant(null), fc.double({ min: -100, max: 100 })),
  })

  it('never throws and never yields NaN or Infinity', () => {
    fc.assert(
      fc.property(
        fc.array(pointArb, { maxLength: 40 }),
        fc.integer({ min: 1, max: 28 }),
        fc.boolean(),
        fc.double(),
        (points, fromDay, allowNonPositive, probe) => {
          const stats = valuationStats(points, { from: d(fromDay) }, { allowNonPositive })
          if (stats === null) return
          for (const n of numbersIn(stats)) expect(Number.isFinite(n)).toBe(true)
          expect(stats.percentile > 0 && stats.percentile <= 1).toBe(true)
          expect(stats.min.value).toBeLessThanOrEqual(stats.current.value)
          expect(stats.max.value).toBeGreaterThanOrEqual(stats.current.value)
          const inWindow = new Set(points.filter((p) => p.date >= d(fromDay)).map((p) => p.date))
          expect(stats.count + stats.excluded).toBe(inWindow.size)
          const z = zScore(probe, stats)
          expect(z === null || Number.isFinite(z)).toBe(true)
        },
      ),
    )
  })
})
