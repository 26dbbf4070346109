import { describe, expect, it } from 'vitest'
import { isTradingDay } from '@/domain/calendar'
import {
  adjacentSession,
  anchorSession,
  basketChange,
  breadth,
  closeSeries,
  limitOnSession,
  moverRows,
  periodBaseDate,
  periodChange,
  sortMovers,
  type CloseSeries,
  type MoverPeriod,
  type MoverRow,
} from '@/domain/movers'
import type { DailyBar, FxHistory, IsoDate, Market } from '@/domain/types'
import { findListing, type Listing } from '@/domain/universe'

const bar = (date: IsoDate, close: number, amount: number | null = null): DailyBar => ({
  date,
  open: close,
  close,
  high: close,
  low: close,
  volume: 1000,
  amount,
})

/** Closes by date, e.g. `{ '2025-02-25': 12.5 }`. */
const series = (closes: Record<IsoDate, number>): CloseSeries =>
  closeSeries(Object.entries(closes).map(([date, close]) => bar(date, close)))

function listing(ticker: string): Listing {
  const found = findListing(ticker as Listing['ticker'])
  if (!found) throw new Error(ticker)
  return found
}

// HKEX, February 2025: no holiday between the 17th and the 28th.
const february: Record<IsoDate, number> = {
  '2025-02-17': 10,
  '2025-02-18': 11,
  '2025-02-19': 12,
  '2025-02-20': 12,
  '2025-02-21': 11,
  '2025-02-24': 13,
  '2025-02-25': 12.5,
  '2025-02-26': 15,
}

const without = (dates: IsoDate[]) =>
  Object.fromEntries(Object.entries(february).filter(([date]) => !dates.includes(date)))

describe('closeSeries', () => {
  it('sorts, keeps the last bar of a date and skips unusable closes', () => {
    const result = closeSeries([
      bar('2025-02-26', 15, 900),
      bar('2025-02-24', 13),
      bar('2025-02-25', 0),
      bar('2025-02-24', 13.5, 100),
      bar('2025-02-27', Number.NaN),
    ])
    expect(result).toEqual({
      dates: ['2025-02-24', '2025-02-26'],
      closes: [13.5, 15],
      amounts: [100, 900],
    })
  })
})

describe('periodBaseDate', () => {
  it.each<[MoverPeriod, Market, IsoDate, IsoDate | null]>([
    ['1D', 'HK', '2025-02-26', '2025-02-25'],
    ['1D', 'HK', '2025-02-24', '2025-02-21'], // Monday → Friday
    ['1D', 'HK', '2025-04-22', '2025-04-17'], // after Good Friday and Easter Monday
    ['1D', 'A', '2025-04-22', '2025-04-21'], // the mainland traded through Easter
    ['5D', 'HK', '2025-02-26', '2025-02-19'],
    ['1M', 'HK', '2025-03-31', '2025-02-28'], // clamped to the shorter month
    ['3M', 'A', '2025-05-30', '2025-02-28'],
    ['1Y', 'HK', '2024-02-29', '2023-02-28'],
    ['YTD', 'A', '2025-02-26', '2024-12-31'],
    ['1D', 'HK', '2018-01-02', null], // before the calendar: callers count printed sessions
  ])('%s on %s as of %s → %s', (period, market, anchor, expected) => {
    expect(periodBaseDate(period, market, anchor)).toBe(expected)
  })
})

describe('anchorSession', () => {
  it('is the date itself on a trading day, else the market’s last session before it', () => {
    // Easter Monday 2025-04-21: HKEX closed (and on Good Friday), the mainland open.
    expect(isTradingDay('HK', '2025-04-21')).toBe(false)
    expect(isTradingDay('A', '2025-04-21')).toBe(true)
    expect(anchorSession('HK', '2025-04-21')).toBe('2025-04-17')
    expect(anchorSession('A', '2025-04-21')).toBe('2025-04-21')
    expect(anchorSession('A', '2025-03-01')).toBe('2025-02-28') // Saturday
    expect(anchorSession('A', '2030-01-02')).toBe('2030-01-02') // outside the calendar
  })
})

describe('periodChange', () => {
  it.each<
    [
      string,
      Record<IsoDate, number>,
      MoverPeriod,
      IsoDate,
      Partial<ReturnType<typeof periodChange>>,
    ]
  >([
    [
      '1D: last close vs the previous printed close, 15 / 12.5 − 1',
      february,
      '1D',
      '2025-02-26',
      { status: 'ok', session: '2025-02-26', baseSession: '2025-02-25', change: 0.2 },
    ],
    [
      '1D after a one-day suspension: vs the last close before it, 15 / 13 − 1',
      without(['2025-02-25']),
      '1D',
      '2025-02-26',
      { status: 'ok', baseSession: '2025-02-24', baseClose: 13, change: 15 / 13 - 1 },
    ],
    [
      '1D while suspended on the day: no print since the base, change 0',
      without(['2025-02-26']),
      '1D',
      '2025-02-26',
      { status: 'suspended', session: '2025-02-25', baseSession: '2025-02-25', change: 0 },
    ],
    [
      '5D: vs the close 5 sessions earlier (19 Feb), 15 / 12 − 1',
      february,
      '5D',
      '2025-02-26',
      { status: 'ok', baseSession: '2025-02-19', baseClose: 12, change: 0.25 },
    ],
    [
      '5D with a suspension over the base session: the last close on or before it, 15 / 11 − 1',
      without(['2025-02-19', '2025-02-20', '2025-02-21']),
      '5D',
      '2025-02-26',
      { status: 'ok', baseSession: '2025-02-18', baseClose: 11, change: 15 / 11 - 1 },
    ],
    [
      '1M: a listing younger than the period has no change',
      february,
      '1M',
      '2025-02-26',
      { status: 'too-young', session: '2025-02-26', baseSession: null, change: null },
    ],
    [
      '1D on the listing day: no previous close',
      { '2025-02-26': 15 },
      '1D',
      '2025-02-26',
      { status: 'too-young', change: null },
    ],
    [
      'before the first close: no data',
      february,
      '1D',
      '2025-02-14',
      { status: 'no-data', session: null, change: null },
    ],
    [
      '1M as of 31 Mar: vs the last close on or before 28 Feb, 14 / 12 − 1',
      { '2025-02-27': 11, '2025-02-28': 12, '2025-03-28': 13, '2025-03-31': 14 },
      '1M',
      '2025-03-31',
      { status: 'ok', baseSession: '2025-02-28', change: 14 / 12 - 1 },
    ],
    [
      'YTD: vs the last close of the previous year (30 Dec when 31 Dec has no bar)',
      { '2024-12-30': 100, '2025-01-02': 120, '2025-02-26': 90 },
      'YTD',
      '2025-02-26',
      { status: 'ok', baseSession: '2024-12-30', baseClose: 100, change: -0.1 },
    ],
    [
      '1Y as of a leap day: vs 28 Feb of the year before',
      { '2023-02-27': 50, '2023-02-28': 40, '2024-02-29': 50 },
      '1Y',
      '2024-02-29',
      { status: 'ok', baseSession: '2023-02-28', change: 0.25 },
    ],
    [
      'outside the calendar, 1D counts printed sessions',
      { '2017-12-27': 10, '2017-12-28': 11 },
      '1D',
      '2017-12-28',
      { status: 'ok', baseSession: '2017-12-27', change: 0.1 },
    ],
  ])('%s', (_case, closes, period, anchor, expected) => {
    const result = periodChange(series(closes), period, 'HK', anchor)
    for (const [key, value] of Object.entries(expected)) {
      if (typeof value === 'number') expect(result[key as 'change']).toBeCloseTo(value, 12)
      else expect(result[key as keyof typeof result]).toBe(value)
    }
  })
})

describe('limitOnSession', () => {
  // A STAR listing whose series starts on its listing day, rising at the limit every session.
  const star = { ...listing('688331.SH'), listingDate: '2025-02-17' }
  const closes = [10, 12, 14.4, 17.28, 20.74, 24.89, 29.87]
  const dates = Object.keys(february).slice(0, closes.length)
  const limitSeries = series(Object.fromEntries(dates.map((date, i) => [date, closes[i] ?? 0])))

  it('has no limit in the first five sessions of a listing', () => {
    // 20.74 / 17.28 is +20.02%: session 5 (2025-02-21) has no limit.
    expect(limitOnSession(star, limitSeries, '2025-02-21')).toBeNull()
  })

  it('counts a limit-up close from the sixth session', () => {
    // 20.74 × 1.2 = 24.888 → 24.89
    expect(limitOnSession(star, limitSeries, '2025-02-24')).toBe('up')
    // 24.89 × 1.2 = 29.868 → 29.87
    expect(limitOnSession(star, limitSeries, '2025-02-25')).toBe('up')
  })

  it('takes a series that starts after the listing date as long listed', () => {
    // 12 / 10 is +20% exactly: a limit close for a STAR stock past its first five sessions.
    expect(limitOnSession(star, limitSeries, '2025-02-18')).toBeNull()
    expect(limitOnSession({ ...star, listingDate: '2020-01-02' }, limitSeries, '2025-02-18')).toBe(
      'up',
    )
  })

  it('ignores Hong Kong, and days without a close', () => {
    const hk = listing('02696.HK')
    expect(limitOnSession(hk, series({ '2025-02-25': 10, '2025-02-26': 12 }), '2025-02-26')).toBe(
      null,
    )
    expect(limitOnSession(star, limitSeries, '2025-02-27')).toBeNull()
  })
})

describe('moverRows', () => {
  const fx: FxHistory = {
    HKD: [{ date: '2025-04-17', cnyPerUnit: 0.92 }],
    USD: [{ date: '2025-04-17', cnyPerUnit: 7.2 }],
  }
  const henlius = listing('02696.HK')
  const hengrui = listing('600276.SH')
  const inputs = [
    {
      listing: henlius,
      series: closeSeries([bar('2025-04-16', 20, 1e8), bar('2025-04-17', 22, 3e8)]),
      caps: [{ date: '2025-04-17', marketCap: 1.2e10 }],
    },
    {
      listing: hengrui,
      series: closeSeries([
        bar('2025-04-17', 50, 2e9),
        bar('2025-04-18', 49, 1e9),
        bar('2025-04-21', 49, 4e9),
      ]),
      caps: [
        { date: '2025-04-18', marketCap: 3e11 },
        { date: '2025-04-21', marketCap: 3.1e11 },
      ],
    },
  ]

  it('anchors each market at its last session (Easter Monday: HK on 17 Apr, A on 21 Apr)', () => {
    const [hk, a] = moverRows(inputs, '1D', '2025-04-21', fx)
    expect(hk).toMatchObject({
      anchor: '2025-04-17',
      status: 'ok',
      change: expect.closeTo(0.1, 12),
      marketCap: 1.2e10,
      marketCapCny: expect.closeTo(1.2e10 * 0.92, 0),
      turnover: 3e8,
      limit: null,
    })
    expect(a).toMatchObject({
      anchor: '2025-04-21',
      status: 'ok',
      change: 0,
      marketCap: 3.1e11,
      marketCapCny: 3.1e11,
      turnover: 4e9,
    })
  })

  it('has no turnover for a session the listing did not trade, and drops stale caps', () => {
    const [suspended] = moverRows(inputs, '1D', '2025-05-09', fx)
    // Suspended since 17 Apr: change 0, no turnover, the cap of its last close.
    expect(suspended).toMatchObject({ anchor: '2025-05-09', status: 'suspended', turnover: null })
    expect(suspended?.marketCap).toBe(1.2e10)
    const [stale] = moverRows(
      [{ ...inputs[0]!, caps: [{ date: '2025-04-04', marketCap: 1e10 }] }],
      '1D',
      '2025-04-17',
      fx,
    )
    expect(stale).toMatchObject({ marketCap: null, marketCapCny: null }) // 13 days old
  })
})

describe('breadth', () => {
  it('counts advancers, decliners, unchanged, suspended, unavailable and limit closes', () => {
    const rows: Pick<MoverRow, 'status' | 'change' | 'limit'>[] = [
      { status: 'ok', change: 0.2, limit: 'up' },
      { status: 'ok', change: 0.01, limit: null },
      { status: 'ok', change: -0.1, limit: 'down' },
      { status: 'ok', change: 0, limit: null },
      { status: 'suspended', change: 0, limit: null },
      { status: 'too-young', change: null, limit: null },
      { status: 'no-data', change: null, limit: null },
    ]
    expect(breadth(rows)).toEqual({
      advancers: 2,
      decliners: 1,
      unchanged: 1,
      suspended: 1,
      unavailable: 2,
      limitUp: 1,
      limitDown: 1,
    })
  })
})

describe('basketChange', () => {
  it('weights by cap at the start of the period and leaves out rows without a change or cap', () => {
    // Caps now 110 and 90 after +10% and −10%: at the start 100 and 100, so 200 / 200 − 1 = 0.
    expect(
      basketChange([
        { status: 'ok', change: 0.1, marketCapCny: 110 },
        { status: 'ok', change: -0.1, marketCapCny: 90 },
        { status: 'suspended', change: 0, marketCapCny: 500 },
        { status: 'ok', change: 0.5, marketCapCny: null },
      ]),
    ).toEqual({ capWeighted: 0, equalWeighted: 0, constituents: 2 })
    // 300 after +50% (200 before) and 100 flat: 400 / 300 − 1 = 1/3; mean 25%.
    expect(
      basketChange([
        { status: 'ok', change: 0.5, marketCapCny: 300 },
        { status: 'ok', change: 0, marketCapCny: 100 },
      ]),
    ).toMatchObject({ capWeighted: expect.closeTo(1 / 3, 12), equalWeighted: 0.25 })
    expect(basketChange([])).toBeNull()
  })
})

describe('sortMovers', () => {
  const row = (ticker: string, change: number | null, cap: number | null): MoverRow => ({
    listing: listing(ticker),
    anchor: '2025-02-26',
    status: change === null ? 'too-young' : 'ok',
    session: '2025-02-26',
    close: 1,
    baseSession: null,
    baseClose: null,
    change,
    marketCap: cap,
    marketCapCny: cap,
    turnover: null,
    limit: null,
  })
  const rows = [
    row('02696.HK', 0.05, 10),
    row('01877.HK', null, 30),
    row('09995.HK', -0.02, null),
    row('06160.HK', 0.2, 20),
  ]
  const order = (sorted: MoverRow[]) => sorted.map((r) => r.listing.ticker)

  it('orders by change either way, rows without a change last', () => {
    expect(order(sortMovers(rows, 'change', 'descending'))).toEqual([
      '06160.HK',
      '02696.HK',
      '09995.HK',
      '01877.HK',
    ])
    expect(order(sortMovers(rows, 'change', 'ascending'))).toEqual([
      '09995.HK',
      '02696.HK',
      '06160.HK',
      '01877.HK',
    ])
  })

  it('orders market caps in CNY and names alphabetically', () => {
    expect(order(sortMovers(rows, 'marketCap', 'descending'))).toEqual([
      '01877.HK',
      '06160.HK',
      '02696.HK',
      '09995.HK',
    ])
    expect(order(sortMovers(rows, 'name', 'ascending'))).toEqual([
      '06160.HK', // BeiGene
      '02696.HK', // Henlius
      '01877.HK', // Junshi
      '09995.HK', // RemeGen
    ])
  })
})

describe('adjacentSession', () => {
  it('steps to the nearest session of either market', () => {
    expect(adjacentSession('2025-02-26', 1)).toBe('2025-02-27')
    expect(adjacentSession('2025-02-24', -1)).toBe('2025-02-21')
    // Good Friday and Easter Monday: the mainland trades, so they are sessions.
    expect(adjacentSession('2025-04-17', 1)).toBe('2025-04-18')
    // Mainland National Day week 2024: HK trades on 2–4 October.
    expect(adjacentSession('2024-10-01', 1)).toBe('2024-10-02')
    expect(adjacentSession('2040-01-01', 1)).toBeNull()
  })
})

describe('edge values the property tests found (movers-property.test.ts)', () => {
  const henlius = listing('02696.HK')
  const input = (marketCap: number) => ({
    listing: henlius,
    series: series({ '2025-02-25': 10, '2025-02-26': 11 }),
    caps: [{ date: '2025-02-26', marketCap }],
  })
  const fxAt = (cnyPerUnit: number): FxHistory => ({
    HKD: [{ date: '2025-02-26', cnyPerUnit }],
    USD: [],
  })

  it.each([
    ['a cap that overflows in CNY (was Infinity)', 1e308, 1.8, null],
    ['a cap that underflows to 0 in CNY (was 0)', 0.01, 5e-324, null],
    ['an ordinary cap', 1e10, 0.92, 1e10 * 0.92],
  ])('moverRows: %s', (_name, marketCap, rate, expected) => {
    const [row] = moverRows([input(marketCap)], '1D', '2025-02-26', fxAt(rate))
    expect(row?.marketCapCny).toBe(expected)
  })

  it('basketChange: changes whose sum overflows give no basket (was equalWeighted Infinity)', () => {
    const row = { status: 'ok' as const, change: 1.7e308, marketCapCny: 1 }
    expect(basketChange([row, row])).toBeNull()
  })
})
