import { describe, expect, it } from 'vitest'
import { dayDetail, marketDay, type DayInput } from '@/domain/day-detail'
import type { DailyMove, FxHistory, IsoDate, Ticker } from '@/domain/types'
import { findListing, type Listing } from '@/domain/universe'

function listing(ticker: Ticker): Listing {
  const found = findListing(ticker)
  if (!found) throw new Error(ticker)
  return found
}

const move = (date: IsoDate, change: number): DailyMove => ({
  date,
  close: 10 * (1 + change),
  previousClose: 10,
  change,
})

const fx: FxHistory = { HKD: [{ date: '2025-02-25', cnyPerUnit: 0.9 }], USD: [] }

/** Caps at the previous close (25 Feb), trading currency. */
const input = (ticker: Ticker, moves: DailyMove[], cap = 100): DayInput => ({
  listing: listing(ticker),
  moves,
  caps: [{ date: '2025-02-25', marketCap: cap }],
})

const inputs: DayInput[] = [
  input('02696.HK', [move('2025-02-26', 0.1)], 100), // 90 CNY
  input('06160.HK', [move('2025-02-26', -0.02)], 300), // 270 CNY
  input('09995.HK', [move('2025-02-25', 0.01), move('2025-02-27', 0.03)]), // suspended on the 26th
  input('01276.HK', []), // H-share listed 2025-05-23
  input('688235.SH', [move('2025-02-26', 0.05)], 500),
  input('600276.SH', [move('2025-02-26', -0.01)], 1500),
]

describe('dayDetail', () => {
  const detail = dayDetail(inputs, fx, '2025-02-26')

  it('ranks the listings that moved by move, then the others with the reason', () => {
    expect(detail.rows.map((row) => [row.listing.ticker, row.status])).toEqual([
      ['02696.HK', 'moved'],
      ['688235.SH', 'moved'],
      ['600276.SH', 'moved'],
      ['06160.HK', 'moved'],
      ['09995.HK', 'suspended'],
      ['01276.HK', 'not-listed'],
    ])
  })

  it('weights each move by CNY cap at the previous close within its market basket', () => {
    const byTicker = new Map(detail.rows.map((row) => [row.listing.ticker, row]))
    // HK: 90 and 270 CNY → weights 1/4 and 3/4; contributions 0.025 and −0.015.
    expect(byTicker.get('02696.HK')?.weight).toBeCloseTo(0.25, 12)
    expect(byTicker.get('02696.HK')?.contribution).toBeCloseTo(0.025, 12)
    expect(byTicker.get('06160.HK')?.contribution).toBeCloseTo(-0.015, 12)
    // A: 500 and 1,500 CNY → 1/4 × 5% and 3/4 × −1%.
    expect(byTicker.get('688235.SH')?.contribution).toBeCloseTo(0.0125, 12)
    expect(byTicker.get('600276.SH')?.contribution).toBeCloseTo(-0.0075, 12)
    expect(byTicker.get('09995.HK')).toMatchObject({ move: null, weight: null, contribution: null })
  })

  it('gives each basket’s cap- and equal-weighted move', () => {
    expect(detail.baskets.HK).toMatchObject({
      capWeighted: expect.closeTo(0.01, 12),
      equalWeighted: expect.closeTo(0.04, 12),
      constituents: 2,
      advancers: 1,
      decliners: 1,
    })
    expect(detail.baskets.A).toMatchObject({
      capWeighted: expect.closeTo(0.005, 12),
      equalWeighted: expect.closeTo(0.02, 12),
    })
    // HK + A counts BeiGene through 06160.HK and Hengrui through 600276.SH:
    // (90 × 10% + 270 × −2% + 1,500 × −1%) / 1,860 and (10% − 2% − 1%) / 3.
    expect(detail.baskets.ALL).toMatchObject({
      capWeighted: expect.closeTo(-11.4 / 1860, 12),
      equalWeighted: expect.closeTo(0.07 / 3, 12),
      constituents: 3,
    })
    expect(detail.markets).toEqual({
      HK: { market: 'HK', open: true },
      A: { market: 'A', open: true },
    })
  })

  it('says when a market is closed (Easter Monday: HKEX only)', () => {
    const easter = dayDetail(inputs, fx, '2025-04-21')
    expect(easter.markets.HK).toEqual({
      market: 'HK',
      open: false,
      reason: 'holiday',
      nextSession: '2025-04-22',
    })
    expect(easter.markets.A).toEqual({ market: 'A', open: true })
    expect(easter.baskets.HK).toBeNull()
    const henlius = easter.rows.find((row) => row.listing.ticker === '02696.HK')
    expect(henlius?.status).toBe('market-closed')
    // The mainland traded, but these inputs end in February.
    expect(easter.rows.find((row) => row.listing.ticker === '600276.SH')?.status).toBe('no-data')
  })

  it('marks a listing day, which has no previous close', () => {
    const listed = dayDetail([input('01276.HK', [])], fx, '2025-05-23')
    expect(listed.rows[0]?.status).toBe('listing-day')
  })
})

describe('marketDay', () => {
  it('names weekends and says when the market reopens', () => {
    expect(marketDay('A', '2025-03-01')).toEqual({
      market: 'A',
      open: false,
      reason: 'weekend',
      nextSession: '2025-03-03',
    })
    expect(marketDay('A', '2031-01-02')).toEqual({ market: 'A', open: null })
  })
})
