import { describe, expect, it } from 'vitest'
import {
  addDays,
  compareIsoDates,
  compactDate,
  daysBetween,
  fromCompactDate,
  isIsoDate,
  weekdayOf,
} from '@/domain/dates'

describe('isIsoDate', () => {
  it.each(['2025-02-26', '2024-02-29', '2000-02-29', '2025-12-31', '0001-01-01', '9999-12-31'])(
    'accepts %j',
    (value) => expect(isIsoDate(value)).toBe(true),
  )

  it.each<[string, unknown]>([
    ['no 30 February', '2025-02-30'],
    ['no 29 February outside a leap year', '2025-02-29'],
    ['no 29 February in a century year', '1900-02-29'],
    ['no 31 April', '2025-04-31'],
    ['no month 13', '2025-13-01'],
    ['no month 0', '2025-00-10'],
    ['no day 0', '2025-01-00'],
    ['unpadded parts', '2025-2-3'],
    ['a time part', '2025-02-26T00:00'],
    ['surrounding space', ' 2025-02-26'],
    ['a trailing newline', '2025-02-26\n'],
    ['the compact form', '20250226'],
    ['slashes', '2025/02/26'],
    ['the empty string', ''],
    ['a number', 20250226],
    ['a Date', new Date('2025-02-26T00:00:00Z')],
    ['null', null],
  ])('rejects %s', (_case, value) => expect(isIsoDate(value)).toBe(false))
})

describe('addDays', () => {
  it.each<[string, string, number, string]>([
    ['zero days', '2025-02-26', 0, '2025-02-26'],
    ['a day', '2025-02-26', 1, '2025-02-27'],
    ['into March of a common year', '2025-02-28', 1, '2025-03-01'],
    ['onto a leap day', '2024-02-28', 1, '2024-02-29'],
    ['off a leap day', '2024-02-29', 1, '2024-03-01'],
    ['across a year end', '2024-12-31', 1, '2025-01-01'],
    ['backwards across a year end', '2025-01-01', -1, '2024-12-31'],
    ['a leap year', '2024-01-01', 366, '2025-01-01'],
    ['a common year', '2025-01-01', 365, '2026-01-01'],
    ['a week back', '2025-03-03', -7, '2025-02-24'],
    ['across the 2000 leap century', '2000-02-28', 1, '2000-02-29'],
    ['a two-digit year, not read as 19xx', '0099-12-31', 1, '0100-01-01'],
    ['across the Unix epoch', '1969-12-31', 1, '1970-01-01'],
    // Europe/London and America/New_York change clocks on these dates; UTC days do not.
    ['across a DST change', '2025-03-29', 2, '2025-03-31'],
  ])('%s: %s %+d → %s', (_case, date, n, expected) => {
    expect(addDays(date, n)).toBe(expected)
  })

  it.each<[string, string, number]>([
    ['an impossible date', '2025-02-30', 1],
    ['a malformed date', '2025-2-3', 1],
    ['a fractional count', '2025-02-26', 0.5],
    ['NaN days', '2025-02-26', Number.NaN],
    ['a result after year 9999', '9999-12-31', 1],
    ['a result before year 0000', '0000-01-01', -1],
  ])('throws RangeError for %s', (_case, date, n) => {
    expect(() => addDays(date, n)).toThrow(RangeError)
  })
})

describe('weekdayOf', () => {
  it.each<[string, number]>([
    ['2025-01-26', 0], // Sunday
    ['2025-01-27', 1],
    ['2025-02-26', 3],
    ['2025-02-08', 6], // Saturday
    ['1970-01-01', 4],
    ['1969-12-31', 3],
    ['2000-01-01', 6],
    ['2024-02-29', 4],
  ])('%s is weekday %i', (date, expected) => {
    expect(weekdayOf(date)).toBe(expected)
  })

  it('throws RangeError for an invalid date', () => {
    expect(() => weekdayOf('2025-02-30')).toThrow(RangeError)
  })
})

describe('daysBetween', () => {
  it.each<[string, string, number]>([
    ['2025-02-26', '2025-02-26', 0],
    ['2025-02-26', '2025-02-27', 1],
    ['2025-02-27', '2025-02-26', -1],
    ['2024-02-01', '2024-03-01', 29],
    ['2025-02-01', '2025-03-01', 28],
    ['2018-01-01', '2027-12-31', 3651],
    ['1969-12-31', '1970-01-02', 2],
  ])('%s → %s is %i days', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected)
    expect(addDays(a, expected)).toBe(b)
  })

  it('throws RangeError for an invalid date', () => {
    expect(() => daysBetween('2025-02-26', '2025-02-30')).toThrow(RangeError)
  })
})

describe('compareIsoDates', () => {
  it.each([
    ['2025-02-26', '2025-02-27', -1],
    ['2025-02-27', '2025-02-26', 1],
    ['2025-02-26', '2025-02-26', 0],
    ['2024-12-31', '2025-01-01', -1],
    ['2025-09-30', '2025-10-01', -1],
    ['2018-01-02', '2026-11-20', -1],
  ] as const)('%s vs %s: %i', (a, b, sign) => {
    expect(Math.sign(compareIsoDates(a, b))).toBe(sign)
  })

  it('sorts dates chronologically, as localeCompare does', () => {
    const dates = [
      '2025-10-01',
      '2018-01-02',
      '2025-02-26',
      '2024-12-31',
      '2025-09-30',
      '2025-02-26',
    ]
    expect([...dates].sort(compareIsoDates)).toEqual([
      '2018-01-02',
      '2024-12-31',
      '2025-02-26',
      '2025-02-26',
      '2025-09-30',
      '2025-10-01',
    ])
    expect([...dates].sort(compareIsoDates)).toEqual([...dates].sort((a, b) => a.localeCompare(b)))
  })
})

describe('compactDate and fromCompactDate', () => {
  it.each([
    ['2025-02-26', '20250226'],
    ['2024-02-29', '20240229'],
    ['2018-01-01', '20180101'],
  ])('%s ↔ %s', (iso, compact) => {
    expect(compactDate(iso)).toBe(compact)
    expect(fromCompactDate(compact)).toBe(iso)
  })

  it('throws RangeError when asked to compact an invalid date', () => {
    expect(() => compactDate('2025-02-30')).toThrow(RangeError)
  })

  it.each([
    '20250230',
    '20250229',
    '20251301',
    '2025226',
    '202502260',
    ' 20250226',
    '2025-02-26',
    '',
  ])('reads %j as null', (value) => expect(fromCompactDate(value)).toBeNull())
})
