import { describe, expect, it } from 'vitest'
import type { SeriesPoint } from '@/domain/stats'
import { dateOfEpochDay, epochDay, mergeSeries } from '@/domain/valuation-rows'
import { summariseSeries } from '@/domain/valuation-summary'

const d = (day: number) => `2024-01-${String(day).padStart(2, '0')}`
const series = (values: readonly (number | null)[]): SeriesPoint[] =>
  values.map((value, i) => ({ date: d(i + 1), value }))

describe('epochDay', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2024-01-01', 19_723], // 54 years × 365 + 13 leap days (1972 … 2020)
    ['2024-03-01', 19_723 + 31 + 29],
  ])('%s is day %i', (date, day) => {
    expect(epochDay(date)).toBe(day)
    expect(dateOfEpochDay(day)).toBe(date)
  })

  it('rounds a fractional day (an inverted pixel position) to the nearest date', () => {
    expect(dateOfEpochDay(19_723.4)).toBe('2024-01-01')
    expect(dateOfEpochDay(19_723.6)).toBe('2024-01-02')
  })
})

describe('mergeSeries', () => {
  const a: SeriesPoint[] = [
    { date: d(4), value: 12 },
    { date: d(1), value: 10 },
    { date: d(2), value: null },
  ]
  const b: SeriesPoint[] = [
    { date: d(2), value: 5 },
    { date: d(3), value: -1 },
    { date: d(4), value: Number.POSITIVE_INFINITY },
  ]

  it('puts the series side by side on the union of dates, with gaps, oldest first', () => {
    expect(mergeSeries([a, b]).map((row) => [row.date, row.day, row.values])).toEqual([
      [d(1), 19_723, [10, null]],
      [d(2), 19_724, [null, 5]],
      [d(3), 19_725, [null, -1]],
      [d(4), 19_726, [12, null]],
    ])
  })

  it('tells a not-meaningful point from a date without one', () => {
    expect(mergeSeries([a, b]).map((row) => row.present)).toEqual([
      [true, false],
      [true, true],
      [false, true],
      [true, true],
    ])
  })

  it('drops values ≤ 0 for a log scale', () => {
    expect(mergeSeries([a, b], { positiveOnly: true })[2]?.values).toEqual([null, null])
  })

  it('keeps the last point of a date and drops invalid dates', () => {
    const rows = mergeSeries([
      [
        { date: d(1), value: 1 },
        { date: d(1), value: 2 },
        { date: '2024-02-30', value: 3 },
      ],
    ])
    expect(rows.map((row) => [row.date, row.values])).toEqual([[d(1), [2]]])
  })

  it('has no rows for no series', () => {
    expect(mergeSeries([])).toEqual([])
  })
})

describe('summariseSeries', () => {
  it('uses today’s value when it is meaningful', () => {
    const { stats, latest, currentIsLatest } = summariseSeries(series([30, 10, 50, 40, 20]), d(1))
    expect(latest).toEqual({ date: d(5), value: 20 })
    expect(stats?.current).toEqual({ date: d(5), value: 20 })
    expect(currentIsLatest).toBe(true)
  })

  it('flags a latest observation that is not meaningful (a loss-maker’s PE)', () => {
    const { stats, latest, currentIsLatest } = summariseSeries(series([20, 10, -4]), d(1))
    expect(latest).toEqual({ date: d(3), value: null })
    expect(stats?.current).toEqual({ date: d(2), value: 10 })
    expect(stats?.excluded).toBe(1)
    expect(currentIsLatest).toBe(false)
  })

  it('has a latest date but no statistics for an all-loss-maker window', () => {
    expect(summariseSeries(series([null, -3, 0]), d(1))).toEqual({
      stats: null,
      latest: { date: d(3), value: null },
      currentIsLatest: false,
    })
  })

  it('describes a window with one point', () => {
    const { stats, currentIsLatest } = summariseSeries(series([30, 10, 50, 40, 20]), d(5))
    expect([stats?.count, stats?.mean, stats?.stdDev, stats?.percentile]).toEqual([1, 20, 0, 1])
    expect(currentIsLatest).toBe(true)
  })

  it('has nothing for a window after the last point', () => {
    expect(summariseSeries(series([1, 2]), d(9))).toEqual({
      stats: null,
      latest: null,
      currentIsLatest: false,
    })
  })
})
