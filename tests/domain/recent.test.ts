import { describe, expect, it } from 'vitest'
import {
  coversRange,
  datedAfter,
  latestExactAfter,
  recentPresets,
  recentSessions,
  windowExactAfter,
} from '@/domain/recent'
import { presetRange, rangePresets } from '@/domain/ranges'

describe('windowExactAfter', () => {
  it.each([
    [
      'a cut window: its second date',
      ['2025-01-02', '2025-01-03', '2025-01-06'],
      false,
      '2025-01-03',
    ],
    ['a whole history: null', ['2025-01-02', '2025-01-03'], true, null],
    ['one point, cut: that date', ['2025-01-02'], false, '2025-01-02'],
    ['no point: null', [], false, null],
  ])('%s', (_, dates, whole, expected) => {
    expect(windowExactAfter(dates, whole)).toBe(expected)
  })
})

describe('latestExactAfter', () => {
  it.each([
    ['the latest day', ['2025-01-03', '2025-02-01', '2024-12-31'], '2025-02-01'],
    ['whole histories (null) do not count', [null, '2025-01-03', undefined], '2025-01-03'],
    ['all whole: null', [null, null], null],
    ['none: null', [], null],
  ])('%s', (_, days, expected) => {
    expect(latestExactAfter(days)).toBe(expected)
  })
})

describe('datedAfter', () => {
  const points = [
    { date: '2025-01-02', value: 1 },
    { date: '2025-01-03', value: 2 },
    { date: '2025-01-06', value: 3 },
  ]

  it('keeps the points strictly after the day, in order', () => {
    expect(datedAfter(points, '2025-01-03')).toEqual([{ date: '2025-01-06', value: 3 }])
    expect(datedAfter(points, '2024-12-31')).toEqual(points)
    expect(datedAfter(points, '2025-01-06')).toEqual([])
  })

  it('keeps every point of a whole history, in a new array', () => {
    const all = datedAfter(points, null)
    expect(all).toEqual(points)
    expect(all).not.toBe(points)
  })
})

describe('coversRange', () => {
  it.each([
    ['a range starting after exactAfter', '2025-11-20', '2025-11-21', true],
    [
      'a range starting on exactAfter (its first day is not exact)',
      '2025-11-21',
      '2025-11-21',
      false,
    ],
    ['a range starting before', '2025-11-21', '2025-01-01', false],
    ['a whole history covers anything', null, '0000-01-01', true],
  ])('%s', (_, exactAfter, from, expected) => {
    expect(coversRange(exactAfter, from)).toBe(expected)
  })

  it('lets every recent preset fit in 300 HK sessions, and no longer one', () => {
    // About 300 HK sessions before 2026-11-20: a window reaching back to early September 2025.
    const latest = '2026-11-20'
    const exactAfter = '2025-09-02'
    expect(recentSessions).toBe(300)
    for (const preset of rangePresets) {
      const { from } = presetRange(preset, latest, '0000-01-01')
      expect(coversRange(exactAfter, from)).toBe(recentPresets.has(preset))
    }
  })
})
