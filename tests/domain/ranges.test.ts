import { describe, expect, it } from 'vitest'
import { presetRange, subtractMonths, type RangePreset } from '@/domain/ranges'

describe('subtractMonths', () => {
  it.each([
    ['2025-03-31', 1, '2025-02-28'],
    ['2024-03-31', 1, '2024-02-29'],
    ['2025-01-15', 1, '2024-12-15'],
    ['2026-11-20', 60, '2021-11-20'],
  ])('%s − %i months = %s', (date, months, expected) => {
    expect(subtractMonths(date, months)).toBe(expected)
  })
})

describe('presetRange', () => {
  it.each<[RangePreset, string]>([
    ['1M', '2026-10-21'],
    ['3M', '2026-08-21'],
    ['6M', '2026-05-21'],
    ['YTD', '2026-01-01'],
    ['1Y', '2025-11-21'],
    ['3Y', '2023-11-21'],
    ['5Y', '2021-11-21'],
    ['Max', '2018-01-02'],
  ])('%s ending 2026-11-20 starts %s', (preset, from) => {
    expect(presetRange(preset, '2026-11-20', '2018-01-02')).toEqual({ from, to: '2026-11-20' })
  })

  it('clamps to the first available date', () => {
    expect(presetRange('5Y', '2026-11-20', '2025-05-23')).toEqual({
      from: '2025-05-23',
      to: '2026-11-20',
    })
  })
})
