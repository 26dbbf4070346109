import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { limitHit, limitPrices, priceLimitBp } from '@/domain/price-limits'
import type { Board } from '@/domain/types'

describe('limitPrices', () => {
  it.each<[string, number, number, number, number]>([
    // previous close, limit (bp), limit-up, limit-down — checked by hand, half up to the cent
    ['main board 12.34 ±10%: 13.574 → 13.57, 11.106 → 11.11', 12.34, 1000, 13.57, 11.11],
    ['STAR 9.99 ±20%: 11.988 → 11.99, 7.992 → 7.99', 9.99, 2000, 11.99, 7.99],
    ['ChiNext 216.14 ±20%: 259.368 → 259.37, 172.912 → 172.91', 216.14, 2000, 259.37, 172.91],
    // Exact halves, where floats land on either side of .5:
    ['17.15 × 1.1 = 18.865 → 18.87 (floats: 18.864999…)', 17.15, 1000, 18.87, 15.44],
    ['4.35 × 0.9 = 3.915 → 3.92 (floats: 3.914999…)', 4.35, 1000, 4.79, 3.92],
    ['1.15: 1.265 → 1.27 and 1.035 → 1.04', 1.15, 1000, 1.27, 1.04],
    ['9.125 × 1.1 = 10.0375 → 10.04; × 0.9 = 8.2125 → 8.21', 9.125, 1000, 10.04, 8.21],
    ['STAR 97.81: 117.372 → 117.37 (688235.SH, 2022-11-29)', 97.81, 2000, 117.37, 78.25],
  ])('%s', (_case, previous, bp, up, down) => {
    expect(limitPrices(previous, bp)).toEqual({
      up,
      down,
      upCents: Math.round(up * 100),
      downCents: Math.round(down * 100),
    })
  })

  it('agrees with integer arithmetic on every cent price', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.constantFrom(500, 1000, 2000, 3000),
        (cents, bp) => {
          const prices = limitPrices(cents / 100, bp)
          expect(prices?.upCents).toBe(Math.floor((cents * (10_000 + bp) + 5_000) / 10_000))
          expect(prices?.downCents).toBe(Math.floor((cents * (10_000 - bp) + 5_000) / 10_000))
        },
      ),
    )
  })

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a previous close of %s', (p) => {
    expect(limitPrices(p, 1000)).toBeNull()
  })

  it('refuses a limit that is not whole basis points in 0–10,000', () => {
    expect(limitPrices(10, 0.1)).toBeNull()
    expect(limitPrices(10, 10_001)).toBeNull()
  })
})

describe('priceLimitBp', () => {
  it.each<[string, Board, string, string, number, number | null]>([
    ['SSE main board', 'SSE Main', '2000-10-18', '2025-02-26', 5000, 1000],
    ['SZSE main board', 'SZSE Main', '1996-12-18', '2025-02-26', 5000, 1000],
    ['STAR always ±20%', 'STAR', '2020-07-15', '2020-08-21', 30, 2000],
    ['ChiNext before the reform: ±10%', 'ChiNext', '2018-10-16', '2020-08-21', 450, 1000],
    ['ChiNext from 2020-08-24: ±20%', 'ChiNext', '2018-10-16', '2020-08-24', 451, 2000],
    ['Hong Kong has no daily limit', 'HK Main', '2019-09-25', '2025-02-26', 1000, null],
    ['before the board existed', 'STAR', '2019-07-22', '2019-07-19', 10, null],
    // First sessions of a new listing
    ['STAR session 1', 'STAR', '2022-03-31', '2022-03-31', 1, null],
    ['STAR session 5', 'STAR', '2022-03-31', '2022-04-07', 5, null],
    ['STAR session 6', 'STAR', '2022-03-31', '2022-04-08', 6, 2000],
    [
      'ChiNext listed on the reform day: session 5 free',
      'ChiNext',
      '2020-08-24',
      '2020-08-28',
      5,
      null,
    ],
    ['ChiNext listed on the reform day: session 6', 'ChiNext', '2020-08-24', '2020-08-31', 6, 2000],
    [
      'ChiNext listed before it: only the first day free',
      'ChiNext',
      '2018-10-16',
      '2018-10-17',
      2,
      1000,
    ],
    [
      'main board of 2018: only the first day free',
      'SSE Main',
      '2018-05-08',
      '2018-05-08',
      1,
      null,
    ],
    ['main board of 2018: day 2 has ±10%', 'SSE Main', '2018-05-08', '2018-05-09', 2, 1000],
    [
      'main board after its 2023-04-10 reform: session 5 free',
      'SZSE Main',
      '2023-04-10',
      '2023-04-14',
      5,
      null,
    ],
    ['main board after its reform: session 6', 'SZSE Main', '2023-04-10', '2023-04-17', 6, 1000],
    ['a listing keeps the regime it listed under', 'SSE Main', '2023-04-06', '2023-04-11', 4, 1000],
  ])('%s', (_case, board, listingDate, date, session, expected) => {
    expect(priceLimitBp(board, listingDate, date, session)).toBe(expected)
  })
})

describe('limitHit', () => {
  it.each<[string, number, number, number | null, 'up' | 'down' | null]>([
    ['at limit-up', 13.57, 12.34, 1000, 'up'],
    ['at limit-down', 11.11, 12.34, 1000, 'down'],
    ['a cent below limit-up', 13.56, 12.34, 1000, null],
    ['the float trap: 17.15 → 18.87', 18.87, 17.15, 1000, 'up'],
    ['STAR +20%', 11.99, 9.99, 2000, 'up'],
    ['a STAR close at +10% is no limit close', 10.99, 9.99, 2000, null],
    ['no limit applies', 13.57, 12.34, null, null],
    ['unusable close', Number.NaN, 12.34, 1000, null],
  ])('%s', (_case, close, previous, bp, expected) => {
    expect(limitHit(close, previous, bp)).toBe(expected)
  })
})

describe('edge values the property tests found (movers-property.test.ts)', () => {
  it.each([
    ['a previous close whose limit overflows (was up: Infinity)', 1.4980776123852632e298, 2000],
    ['a previous close past exact integer arithmetic', 500_000, 1000],
  ])('limitPrices: %s is null', (_name, previous, bp) => {
    expect(limitPrices(previous, bp)).toBeNull()
    expect(limitHit(previous * 1.1, previous, bp)).toBeNull()
  })

  it('limitPrices: the largest exact previous close still works', () => {
    expect(limitPrices(400_000, 1000)).toEqual({
      up: 440_000,
      down: 360_000,
      upCents: 44_000_000,
      downCents: 36_000_000,
    })
  })
})
