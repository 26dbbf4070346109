import { describe, expect, it } from 'vitest'
import {
  ahPairs,
  ahPremium,
  ahPremiumHistory,
  pairOf,
  spotPremium,
  type PremiumPoint,
} from '@/domain/premium'
import { valuationStats } from '@/domain/stats'
import type { FxHistory } from '@/domain/types'

// Golden Week 2024: the mainland is closed 10-01 … 10-07 (no A-share close and no central parity),
// while Hong Kong trades on 10-02, 10-03, 10-04 and 10-07. Rates deliberately round.
const fx: FxHistory = {
  HKD: [
    { date: '2024-09-27', cnyPerUnit: 0.9 },
    { date: '2024-09-30', cnyPerUnit: 0.92 },
    // 10-08: not published yet in this history, so 09-30's rate carries forward (8 days ≤ 10).
    { date: '2024-10-09', cnyPerUnit: 0.91 },
  ],
  USD: [],
}

const aCloses = [
  { date: '2024-10-09', close: 91 },
  { date: '2024-09-27', close: 99 },
  { date: '2024-09-30', close: 110.4 },
  { date: '2024-10-08', close: 115 },
  { date: '2024-10-10', close: 92 }, // H suspended that day
  { date: '2024-10-25', close: 120 }, // the rate is 16 days old by then
]
const hCloses = [
  { date: '2024-09-27', close: 100 },
  { date: '2024-09-30', close: 100 },
  { date: '2024-10-03', close: 95 }, // mainland holiday: HK trades, no A close
  { date: '2024-10-08', close: 125 },
  { date: '2024-10-09', close: 125 },
  { date: '2024-10-25', close: 100 },
]

describe('ahPremium', () => {
  it.each<[string, number, number, number, number | null]>([
    // 110.4 ÷ (100 × 0.92) − 1 = 110.4 ÷ 92 − 1 = 0.2
    ['a premium', 110.4, 100, 0.92, 0.2],
    // 91 ÷ (125 × 0.91) − 1 = 91 ÷ 113.75 − 1 = −0.2
    ['a discount', 91, 125, 0.91, -0.2],
    // 115 ÷ (125 × 0.92) − 1 = 115 ÷ 115 − 1 = 0
    ['at parity', 115, 125, 0.92, 0],
    ['zero A price', 0, 100, 0.9, null],
    ['negative H price', 10, -1, 0.9, null],
    ['no rate', 10, 10, Number.NaN, null],
    ['infinite price', Number.POSITIVE_INFINITY, 10, 0.9, null],
  ])('%s', (_, a, h, rate, expected) => {
    const premium = ahPremium(a, h, rate)
    if (expected === null) expect(premium).toBeNull()
    else expect(premium).toBeCloseTo(expected, 12)
  })
})

describe('ahPremiumHistory', () => {
  const history = ahPremiumHistory(aCloses, hCloses, fx)
  const round = (points: PremiumPoint[]) =>
    points.map((p) => ({ ...p, premium: Number(p.premium.toFixed(12)) }))

  it('has a premium only on the dates both sides traded and a rate was usable', () => {
    expect(round(history)).toEqual([
      // 99 ÷ (100 × 0.90) − 1 = 0.1, same-day rate
      { date: '2024-09-27', aClose: 99, hClose: 100, cnyPerHkd: 0.9, premium: 0.1 },
      // 110.4 ÷ (100 × 0.92) − 1 = 0.2
      { date: '2024-09-30', aClose: 110.4, hClose: 100, cnyPerHkd: 0.92, premium: 0.2 },
      // 10-03: only HK traded (mainland holiday) → no premium
      // 10-08: rate carried forward from 09-30 over Golden Week: 115 ÷ (125 × 0.92) − 1 = 0
      { date: '2024-10-08', aClose: 115, hClose: 125, cnyPerHkd: 0.92, premium: 0 },
      // 91 ÷ (125 × 0.91) − 1 = −0.2, a discount
      { date: '2024-10-09', aClose: 91, hClose: 125, cnyPerHkd: 0.91, premium: -0.2 },
      // 10-10: only A traded (H suspended) → none; 10-25: rate 16 days old (> 10) → none
    ])
  })

  it('ignores unusable closes and lets the last duplicate win', () => {
    const points = ahPremiumHistory(
      [
        { date: '2024-09-27', close: 50 },
        { date: '2024-09-27', close: 99 },
        { date: '2024-09-30', close: Number.NaN },
      ],
      [
        { date: '2024-09-27', close: 100 },
        { date: '2024-09-30', close: 100 },
      ],
      fx,
    )
    expect(points.map((p) => [p.date, Number(p.premium.toFixed(12))])).toEqual([
      ['2024-09-27', 0.1],
    ])
  })

  it('feeds valuationStats with negative premiums included (allowNonPositive)', () => {
    const series = history.map((p) => ({ date: p.date, value: p.premium }))
    const stats = valuationStats(series, { from: '2024-01-01' }, { allowNonPositive: true })
    // (0.1 + 0.2 + 0 − 0.2) ÷ 4 = 0.025; current −0.2 is the lowest of 4 → percentile 1/4
    expect(stats?.count).toBe(4)
    expect(stats?.mean).toBeCloseTo(0.025, 12)
    expect(stats?.percentile).toBe(0.25)
    expect(stats?.current).toEqual({ date: '2024-10-09', value: expect.closeTo(-0.2, 12) })
    // Without the option the two non-positive days would be dropped.
    expect(valuationStats(series, { from: '2024-01-01' })?.count).toBe(2)
  })
})

describe('spotPremium', () => {
  it('uses the later quote date for the rate, carried forward over a mainland holiday', () => {
    // A last printed before Golden Week; H quotes on 10-03, when no parity is published:
    // 09-30's 0.92 applies. 110.4 ÷ (96 × 0.92) = 110.4 ÷ 88.32 = 1.25 → +25%.
    const spot = spotPremium(
      { last: 110.4, asOf: '2024-09-30T15:00:00+08:00' },
      { last: 96, asOf: '2024-10-03T16:08:00+08:00' },
      fx,
    )
    expect(spot?.rateDate).toBe('2024-10-03')
    expect(spot?.cnyPerHkd).toBe(0.92)
    expect(spot?.premium).toBeCloseTo(0.25, 12)
  })

  it('reads the quote instants in exchange time (UTC+8)', () => {
    // 2024-09-26T16:30Z is 2024-09-27 00:30 in Hong Kong: 09-27's rate 0.9 → 99 ÷ 90 − 1 = 0.1.
    const spot = spotPremium(
      { last: 99, asOf: '2024-09-26T16:30:00Z' },
      { last: 100, asOf: '2024-09-26T16:30:00Z' },
      fx,
    )
    expect(spot?.rateDate).toBe('2024-09-27')
    expect(spot?.premium).toBeCloseTo(0.1, 12)
  })

  it.each([
    ['no rate yet', '2024-09-20T15:00:00+08:00', 10],
    ['a stale rate', '2024-10-25T15:00:00+08:00', 10],
    ['an unreadable instant', 'yesterday', 10],
    ['a zero price', '2024-09-30T15:00:00+08:00', 0],
  ])('is null for %s', (_, asOf, last) => {
    expect(spotPremium({ last, asOf }, { last: 10, asOf }, fx)).toBeNull()
  })
})

describe('A+H pairs', () => {
  it('lists the five pairs of the universe', () => {
    expect(ahPairs.map((pair) => `${pair.h}/${pair.a}`)).toEqual([
      '01877.HK/688180.SH',
      '09995.HK/688331.SH',
      '06160.HK/688235.SH',
      '01276.HK/600276.SH',
      '02359.HK/603259.SH',
    ])
  })

  it('finds the pair from either side, and nothing for a single listing', () => {
    expect(pairOf('688235.SH')).toEqual({ issuerId: 'beigene', h: '06160.HK', a: '688235.SH' })
    expect(pairOf('06160.HK')?.a).toBe('688235.SH')
    expect(pairOf('02696.HK')).toBeNull()
  })
})
