import { describe, expect, it } from 'vitest'
import {
  alignOnUnion,
  dateExtent,
  indexFromMoves,
  isCompareSeriesId,
  rebaseFromFirstVisible,
  rebasedSummary,
  type AlignedRow,
} from '@/domain/compare'

const rounded = (rows: AlignedRow[]) =>
  rows.map((row) => ({
    date: row.date,
    values: row.values.map((v) => (v === null ? null : Number(v.toFixed(10)))),
  }))

describe('indexFromMoves', () => {
  it.each<[string, { date: string; change: number }[], [string, number][]]>([
    [
      // 100 × 1.1 = 110; × 0.5 = 55; × 2 = 110
      'compounds the moves, the first level including the first move',
      [
        { date: '2024-01-02', change: 0.1 },
        { date: '2024-01-03', change: -0.5 },
        { date: '2024-01-04', change: 1 },
      ],
      [
        ['2024-01-02', 110],
        ['2024-01-03', 55],
        ['2024-01-04', 110],
      ],
    ],
    [
      // sorted first; the later 01-03 entry (+0.2) replaces −0.5: 110 × 1.2 = 132
      'sorts and keeps the last move of a date',
      [
        { date: '2024-01-03', change: -0.5 },
        { date: '2024-01-02', change: 0.1 },
        { date: '2024-01-03', change: 0.2 },
      ],
      [
        ['2024-01-02', 110],
        ['2024-01-03', 132],
      ],
    ],
    [
      // NaN and −100% are skipped; the index carries on: 100 × 1.1 × 0.9 = 99
      'skips unusable moves',
      [
        { date: '2024-01-02', change: 0.1 },
        { date: '2024-01-03', change: Number.NaN },
        { date: '2024-01-04', change: -1 },
        { date: '2024-01-05', change: -0.1 },
      ],
      [
        ['2024-01-02', 110],
        ['2024-01-05', 99],
      ],
    ],
    ['is empty without moves', [], []],
  ])('%s', (_, moves, expected) => {
    expect(indexFromMoves(moves).map((l) => [l.date, Number(l.value.toFixed(10))])).toEqual(
      expected,
    )
  })
})

// Golden Week 2024: HK trades 10-02..10-04 (10-01 is a holiday in both), the mainland reopens
// 10-08. A Henlius-like HK series and a Hengrui-like A series.
const hk = [
  { date: '2024-09-30', value: 20 },
  { date: '2024-10-02', value: 22 },
  { date: '2024-10-03', value: 25 },
  { date: '2024-10-08', value: 24 },
]
const a = [
  { date: '2024-10-08', value: 50 },
  { date: '2024-09-30', value: 40 },
]

describe('alignOnUnion', () => {
  it('aligns two calendars on the union of dates with explicit gaps', () => {
    expect(alignOnUnion([hk, a])).toEqual([
      { date: '2024-09-30', values: [20, 40] },
      { date: '2024-10-02', values: [22, null] },
      { date: '2024-10-03', values: [25, null] },
      { date: '2024-10-08', values: [24, 50] },
    ])
  })

  it('turns non-finite values into gaps and keeps the last duplicate', () => {
    expect(
      alignOnUnion([
        [
          { date: '2024-01-02', value: 1 },
          { date: '2024-01-02', value: 2 },
          { date: '2024-01-03', value: Number.NaN },
        ],
      ]),
    ).toEqual([
      { date: '2024-01-02', values: [2] },
      { date: '2024-01-03', values: [null] },
    ])
  })

  it('is empty for no series', () => {
    expect(alignOnUnion([])).toEqual([])
  })
})

describe('rebaseFromFirstVisible', () => {
  const rows = alignOnUnion([hk, a])

  it('rebases each series to 100 at the first visible session', () => {
    // From 09-30: HK base 20 → 22/20 = 110, 25/20 = 125, 24/20 = 120; A base 40 → 50/40 = 125.
    expect(rounded(rebaseFromFirstVisible(rows, { from: '2024-09-30', to: '2024-10-08' }))).toEqual(
      [
        { date: '2024-09-30', values: [100, 100] },
        { date: '2024-10-02', values: [110, null] },
        { date: '2024-10-03', values: [125, null] },
        { date: '2024-10-08', values: [120, 125] },
      ],
    )
  })

  it('moves the base when the range changes: each series starts at its first visible session', () => {
    // From 10-01: HK's first visible session is 10-02 (base 22): 25/22, 24/22; the mainland's is
    // 10-08 (base 50) → 100 there.
    expect(rounded(rebaseFromFirstVisible(rows, { from: '2024-10-01', to: '2024-10-08' }))).toEqual(
      [
        { date: '2024-10-02', values: [100, null] },
        { date: '2024-10-03', values: [113.6363636364, null] },
        { date: '2024-10-08', values: [109.0909090909, 100] },
      ],
    )
  })

  it('leaves a series with no value in range null throughout, and accepts another base', () => {
    const only = alignOnUnion([hk, [{ date: '2024-09-30', value: 5 }]])
    expect(rebaseFromFirstVisible(only, { from: '2024-10-02', to: '2024-10-03' }, 1)).toEqual([
      { date: '2024-10-02', values: [1, null] },
      { date: '2024-10-03', values: [25 / 22, null] },
    ])
  })

  it('is empty for a range with no rows', () => {
    expect(rebaseFromFirstVisible(rows, { from: '2025-01-01', to: '2025-12-31' })).toEqual([])
  })
})

describe('rebasedSummary and dateExtent', () => {
  it('gives first, last and change of one column', () => {
    const rebased = rebaseFromFirstVisible(alignOnUnion([hk, a]), {
      from: '2024-10-01',
      to: '2024-10-08',
    })
    expect(rebasedSummary(rebased, 1)).toEqual({
      from: '2024-10-08',
      first: 100,
      to: '2024-10-08',
      last: 100,
      change: 0,
    })
    const hkSummary = rebasedSummary(rebased, 0)
    expect(hkSummary?.from).toBe('2024-10-02')
    expect(hkSummary?.change).toBeCloseTo(24 / 22 - 1, 12)
    expect(rebasedSummary(rebased, 5)).toBeNull()
  })

  it('finds the date extent', () => {
    expect(dateExtent(alignOnUnion([hk, a]))).toEqual({ from: '2024-09-30', to: '2024-10-08' })
    expect(dateExtent([])).toBeNull()
  })
})

describe('isCompareSeriesId', () => {
  it.each([
    ['HK', true],
    ['ALL', true],
    ['06160.HK', true],
    ['688235.SH', true],
    ['6160.HK', false], // not canonical
    ['00700.HK', false], // not in the universe
    ['HK + A', false],
  ])('%s → %s', (value, expected) => {
    expect(isCompareSeriesId(value)).toBe(expected)
  })
})
