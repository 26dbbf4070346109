import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  basketListings,
  computeSectorValuation,
  type ConstituentValuation,
  type PeMethod,
  type SectorValuationPoint,
  type ValuationMetric,
} from '@/domain/sector'
import {
  computeSectorMoves,
  contributions,
  type SectorMoveConstituent,
} from '@/domain/sector-moves'
import type { Currency, DailyMove, FxHistory, Ticker, ValuationPoint } from '@/domain/types'
import { universe, type Listing } from '@/domain/universe'

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value]
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn)
  return []
}

// ---------------------------------------------------------------------------------------------

describe('basketListings', () => {
  it('HK and A split the universe by market', () => {
    const hkBasket = basketListings('HK')
    const aBasket = basketListings('A')
    expect(hkBasket).toHaveLength(11)
    expect(aBasket).toHaveLength(7)
    expect(hkBasket.every((listing) => listing.market === 'HK')).toBe(true)
    expect(aBasket.every((listing) => listing.market === 'A')).toBe(true)
    expect(hkBasket.map((l) => l.ticker)).toContain('01276.HK') // an A+H issuer is in both
    expect(aBasket.map((l) => l.ticker)).toContain('600276.SH')
  })

  it('ALL has each of the 13 issuers once, in universe order', () => {
    const all = basketListings('ALL')
    expect(all).toHaveLength(13)
    expect(new Set(all.map((l) => l.issuerId)).size).toBe(13)
    const order = universe.filter((l) => all.includes(l))
    expect(all).toEqual(order)
  })

  it.each<[string, Ticker, Ticker]>([
    // listing dates from the universe: the earlier one represents the issuer
    ['hengrui', '600276.SH', '01276.HK'], // 2000-10-18 vs 2025-05-23
    ['beigene', '06160.HK', '688235.SH'], // 2018-08-08 vs 2021-12-15
    ['wuxiapptec', '603259.SH', '02359.HK'], // 2018-05-08 vs 2018-12-13
    ['junshi', '01877.HK', '688180.SH'], // 2018-12-24 vs 2020-07-15
    ['remegen', '09995.HK', '688331.SH'], // 2020-11-09 vs 2022-03-31
  ])('ALL represents %s by its first listing %s, not %s', (issuerId, chosen, other) => {
    const tickers = basketListings('ALL')
      .filter((listing) => listing.issuerId === issuerId)
      .map((listing) => listing.ticker)
    expect(tickers).toEqual([chosen])
    expect(tickers).not.toContain(other)
  })

  it('ALL breaks a listing-date tie by list order, and works on any list', () => {
    const hShare = universe.find((l) => l.ticker === '01276.HK') as Listing
    const aShare = universe.find((l) => l.ticker === '600276.SH') as Listing
    const sameDay = [
      { ...hShare, listingDate: '2020-01-02' },
      { ...aShare, listingDate: '2020-01-02' },
    ]
    expect(basketListings('ALL', sameDay).map((l) => l.ticker)).toEqual(['01276.HK'])
    expect(basketListings('ALL', [])).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------

const day = '2024-06-03'
// 0.9 CNY per HKD and 7.1 per USD, published on 06-03; nothing before it.
const fx: FxHistory = {
  HKD: [{ date: day, cnyPerUnit: 0.9 }],
  USD: [{ date: day, cnyPerUnit: 7.1 }],
}

function point(
  date: string,
  marketCap: number,
  peTtm: number | null,
  pb: number | null = null,
  psTtm: number | null = null,
): ValuationPoint {
  return { date, marketCap, peTtm, pb, psTtm }
}

function constituent(
  ticker: Ticker,
  currency: Currency,
  points: ValuationPoint[],
): ConstituentValuation {
  return { ticker, currency, points }
}

// The worked example: cap 1,000 HKD × 0.9 = 900 CNY at PE 10 → earnings 90 CNY;
// cap 900 CNY at PE 30 → earnings 30 CNY.
const hk = (pe: number | null, pb: number | null = null, ps: number | null = null) =>
  constituent('01801.HK', 'HKD', [point(day, 1_000, pe, pb, ps)])
const a = (pe: number | null, pb: number | null = null, ps: number | null = null) =>
  constituent('300760.SZ', 'CNY', [point(day, 900, pe, pb, ps)])
const lossMaker = (pe: number) => constituent('688180.SH', 'CNY', [point(day, 600, pe)])

/** [value, constituents, used, lossMakers, marketCapCny] */
type Row = [number | null, number, number, number, number]

describe('computeSectorValuation on one date', () => {
  it.each<
    [
      string,
      ConstituentValuation[],
      ValuationMetric,
      PeMethod,
      'exclude' | 'include' | undefined,
      Row,
    ]
  >([
    [
      'aggregate converts HKD to CNY before weighting',
      [hk(10), a(30)],
      'pe',
      'aggregate',
      undefined,
      // Σ cap 900 + 900 = 1,800; Σ earnings 90 + 30 = 120; 1,800 / 120 = 15.0
      // (unconverted it would be 1,900 / (100 + 30) = 14.6)
      [15, 2, 2, 0, 1_800],
    ],
    [
      'a loss-maker is excluded by default and counted',
      [hk(10), a(30), lossMaker(-20)],
      'pe',
      'aggregate',
      undefined,
      // 600 CNY at PE −20 left out of both sums: still 1,800 / 120 = 15
      [15, 3, 2, 1, 1_800],
    ],
    [
      "a loss-maker's negative earnings enter the sums with 'include'",
      [hk(10), a(30), lossMaker(-20)],
      'pe',
      'aggregate',
      'include',
      // earnings 600 / −20 = −30; Σ cap 2,400; Σ earnings 90 + 30 − 30 = 90; 2,400 / 90 = 26.667
      [2_400 / 90, 3, 3, 0, 2_400],
    ],
    [
      'all loss-makers: null',
      [constituent('300760.SZ', 'CNY', [point(day, 900, -30)]), lossMaker(-20)],
      'pe',
      'aggregate',
      undefined,
      [null, 2, 0, 2, 0],
    ],
    [
      "Σ earnings exactly 0 with 'include': null",
      [a(30), lossMaker(-20)],
      'pe',
      'aggregate',
      'include',
      // earnings 900 / 30 = 30 and 600 / −20 = −30: Σ = 0
      [null, 2, 2, 0, 1_500],
    ],
    [
      "Σ earnings below 0 with 'include': null",
      [a(30), lossMaker(-10)],
      'pe',
      'aggregate',
      'include',
      // 30 + 600 / −10 = 30 − 60 = −30 ≤ 0
      [null, 2, 2, 0, 1_500],
    ],
    [
      'a USD-quoted constituent converts at the USD rate',
      [constituent('06160.HK', 'USD', [point(day, 100, 10)]), a(30)],
      'pe',
      'aggregate',
      undefined,
      // 100 USD × 7.1 = 710 CNY, earnings 71; Σ cap 710 + 900 = 1,610; Σ earnings 71 + 30 = 101
      [1_610 / 101, 2, 2, 0, 1_610],
    ],
    [
      'median of the positive PEs (odd count)',
      [hk(10), a(30), constituent('02269.HK', 'HKD', [point(day, 2_000, 20)]), lossMaker(-20)],
      'pe',
      'median',
      undefined,
      // sorted 10, 20, 30 → 20; caps 900 + 900 + 1,800 = 3,600
      [20, 4, 3, 1, 3_600],
    ],
    [
      'median of two PEs is their mean',
      [hk(10), a(30)],
      'pe',
      'median',
      undefined,
      [20, 2, 2, 0, 1_800], // (10 + 30) / 2
    ],
    [
      'harmonic mean of the positive PEs',
      [hk(10), a(30), lossMaker(-20)],
      'pe',
      'harmonic',
      undefined,
      // 2 / (1/10 + 1/30) = 2 / (4/30) = 15
      [15, 3, 2, 1, 1_800],
    ],
    [
      'harmonic ignores include: losses never enter it',
      [hk(10), a(40), constituent('02269.HK', 'HKD', [point(day, 2_000, 20)]), lossMaker(-20)],
      'pe',
      'harmonic',
      'include',
      // 3 / (0.1 + 0.05 + 0.025) = 3 / 0.175 = 17.142857
      [3 / 0.175, 4, 3, 1, 3_600],
    ],
    [
      'PE 0, null and NaN are no usable point (not counted)',
      [
        a(30),
        constituent('02696.HK', 'HKD', [point(day, 500, 0)]),
        constituent('02096.HK', 'HKD', [point(day, 500, null)]),
        constituent('01177.HK', 'HKD', [point(day, 500, Number.NaN)]),
      ],
      'pe',
      'aggregate',
      undefined,
      [30, 1, 1, 0, 900],
    ],
    [
      'a non-positive or non-finite market cap is no usable point',
      [
        a(30),
        constituent('02696.HK', 'HKD', [point(day, 0, 12)]),
        constituent('02096.HK', 'HKD', [point(day, -500, 12)]),
        constituent('01177.HK', 'HKD', [point(day, Number.POSITIVE_INFINITY, 12)]),
      ],
      'pe',
      'aggregate',
      undefined,
      [30, 1, 1, 0, 900],
    ],
    [
      'PB: book = cap / PB',
      [hk(10, 2), a(30, 3)],
      'pb',
      'aggregate',
      undefined,
      // books 900 / 2 = 450 and 900 / 3 = 300; 1,800 / 750 = 2.4
      [2.4, 2, 2, 0, 1_800],
    ],
    [
      'PB: negative book is excluded as not meaningful',
      [hk(10, 2), a(30, -3)],
      'pb',
      'aggregate',
      undefined,
      // only 900 / (900 / 2) = 2
      [2, 2, 1, 1, 900],
    ],
    [
      'PS: revenue = cap / PS',
      [hk(10, null, 4), a(30, null, 6)],
      'ps',
      'aggregate',
      undefined,
      // revenues 900 / 4 = 225 and 900 / 6 = 150; 1,800 / 375 = 4.8
      [4.8, 2, 2, 0, 1_800],
    ],
    [
      'PS with no PS published: null, nobody counted',
      [hk(10), a(30)],
      'ps',
      'aggregate',
      undefined,
      [null, 0, 0, 0, 0],
    ],
  ])('%s', (_name, constituents, metric, method, lossMakers, expected) => {
    const result = computeSectorValuation({
      constituents,
      fx,
      metric,
      method,
      ...(lossMakers ? { lossMakers } : {}),
    })
    expect(result).toHaveLength(1)
    const [value, count, used, losses, cap] = expected
    const got = result[0] as SectorValuationPoint
    expect(got.date).toBe(day)
    if (value === null) expect(got.value).toBeNull()
    else expect(got.value).toBeCloseTo(value, 9)
    expect([got.constituents, got.used, got.lossMakers]).toEqual([count, used, losses])
    expect(got.marketCapCny).toBeCloseTo(cap, 6)
  })
})

describe('computeSectorValuation over market cap and PE only (the dashboard’s histories)', () => {
  // The worked example above without PB or PS-TTM fields: points as the capPe query loads them.
  const capPe = [
    { ticker: '01801.HK', currency: 'HKD', points: [{ date: day, marketCap: 1_000, peTtm: 10 }] },
    { ticker: '300760.SZ', currency: 'CNY', points: [{ date: day, marketCap: 900, peTtm: 30 }] },
  ] satisfies ConstituentValuation[]

  it('gives the same PE as full points: 1,800 / 120 = 15', () => {
    const [got] = computeSectorValuation({
      constituents: capPe,
      fx,
      metric: 'pe',
      method: 'aggregate',
    })
    expect(got?.value).toBeCloseTo(15, 9)
    expect([got?.constituents, got?.used]).toEqual([2, 2])
  })

  it.each(['pb', 'ps'] as const)(
    'has no %s: the points count as unusable, never as 0',
    (metric) => {
      const [got] = computeSectorValuation({ constituents: capPe, fx, metric, method: 'aggregate' })
      expect(got?.value).toBeNull()
      expect([got?.constituents, got?.used]).toEqual([0, 0])
    },
  )
})

describe('computeSectorValuation across dates', () => {
  const fxGap: FxHistory = {
    HKD: [
      { date: '2024-06-03', cnyPerUnit: 0.9 },
      { date: '2024-06-20', cnyPerUnit: 0.8 },
    ],
    USD: [],
  }
  const series = computeSectorValuation({
    constituents: [
      constituent('01801.HK', 'HKD', [
        point('2024-06-05', 1_000, 10), // given out of order
        point('2024-06-03', 1_000, 10),
        point('2024-06-04', 1_000, 20),
        point('2024-06-19', 1_000, 10), // 16 days after the last HKD rate
      ]),
      constituent('300760.SZ', 'CNY', [point('2024-06-03', 900, 30), point('2024-06-06', 900, 30)]),
    ],
    fx: fxGap,
    metric: 'pe',
    method: 'aggregate',
  })

  it('has a point on every date of the union, oldest first', () => {
    expect(series.map((p) => p.date)).toEqual([
      '2024-06-03',
      '2024-06-04',
      '2024-06-05',
      '2024-06-06',
      '2024-06-19',
    ])
  })

  it.each<[string, Row]>([
    ['2024-06-03', [15, 2, 2, 0, 1_800]], // the worked example
    // 06-04: the A-share has no point (no carry-forward): HK alone, its own PE 20
    ['2024-06-04', [20, 1, 1, 0, 900]],
    // 06-05: HK alone at PE 10, 06-03's HKD rate carried 2 days: 900 / 90 = 10
    ['2024-06-05', [10, 1, 1, 0, 900]],
    ['2024-06-06', [30, 1, 1, 0, 900]], // A alone
    // 06-19: the last HKD rate (06-03) is 16 days old > 10: HK skipped, nobody left
    ['2024-06-19', [null, 0, 0, 0, 0]],
  ])('%s', (date, [value, count, used, losses, cap]) => {
    const got = series.find((p) => p.date === date)
    expect(got).toBeDefined()
    if (value === null) expect(got?.value).toBeNull()
    else expect(got?.value).toBeCloseTo(value, 9)
    expect([got?.constituents, got?.used, got?.lossMakers]).toEqual([count, used, losses])
    expect(got?.marketCapCny).toBeCloseTo(cap, 6)
  })

  it('takes 18 constituents × 2,200 dates in well under a second', () => {
    const start = Date.UTC(2016, 0, 1)
    const dates = Array.from({ length: 2_200 }, (_, n) =>
      new Date(start + n * 86_400_000).toISOString().slice(0, 10),
    )
    const bigFx: FxHistory = {
      HKD: dates.map((date) => ({ date, cnyPerUnit: 0.9 })),
      USD: [],
    }
    const constituents = universe.map((listing, i) =>
      constituent(
        listing.ticker,
        listing.currency,
        dates.map((date, n) => point(date, 1_000 + i + n, i % 5 === 0 ? -10 : 10 + (n % 7))),
      ),
    )
    const t0 = performance.now()
    const result = computeSectorValuation({
      constituents,
      fx: bigFx,
      metric: 'pe',
      method: 'aggregate',
    })
    const elapsed = performance.now() - t0
    expect(result).toHaveLength(2_200)
    expect(result[0]?.constituents).toBe(18)
    expect(result[0]?.lossMakers).toBe(4) // i = 0, 5, 10, 15
    expect(elapsed).toBeLessThan(1_000)
  })
})

// ---------------------------------------------------------------------------------------------

// Golden Week 2024: the mainland is closed 10-01 … 10-07; Hong Kong is closed only on 10-01
// and trades 10-02, 10-03, 10-04 and 10-07. One HKD rate: 0.9 on 09-27 and 09-30, then 10-08.
const weekFx: FxHistory = {
  HKD: [
    { date: '2024-09-27', cnyPerUnit: 0.9 },
    { date: '2024-09-30', cnyPerUnit: 0.9 },
    { date: '2024-10-08', cnyPerUnit: 0.9 },
  ],
  USD: [],
}

function move(date: string, change: number): DailyMove {
  // close / previousClose are not used by the sector computation; keep them consistent anyway
  return { date, close: 100 * (1 + change), previousClose: 100, change }
}

function mover(
  ticker: Ticker,
  currency: Currency,
  moves: [string, number][],
  caps: [string, number][],
): SectorMoveConstituent {
  return {
    ticker,
    currency,
    moves: moves.map(([date, change]) => move(date, change)),
    caps: caps.map(([date, marketCap]) => ({ date, marketCap })),
  }
}

// H1: 1,000 HKD (900 CNY) until its +2% on 10-03; H2: 3,000 HKD (2,700 CNY) until its −1% on
// 10-03; A: 1,800 CNY, trades 09-30 then not until 10-08.
const h1 = mover(
  '01801.HK',
  'HKD',
  [
    ['2024-09-30', 0.01],
    ['2024-10-02', 0.05],
    ['2024-10-03', 0.02],
  ],
  [
    ['2024-09-27', 1_000],
    ['2024-09-30', 1_000],
    ['2024-10-02', 1_000],
    ['2024-10-03', 1_020], // after the move: must NOT weight 10-03
  ],
)
const h2 = mover(
  '02269.HK',
  'HKD',
  [
    ['2024-09-30', -0.02],
    ['2024-10-02', 0.01],
    ['2024-10-03', -0.01],
  ],
  [
    ['2024-09-27', 3_000],
    ['2024-09-30', 3_000],
    ['2024-10-02', 3_000],
    ['2024-10-03', 2_970],
  ],
)
const a1 = mover(
  '600276.SH',
  'CNY',
  [
    ['2024-09-30', 0.04],
    ['2024-10-08', -0.02],
  ],
  [
    ['2024-09-27', 1_800],
    ['2024-09-30', 1_800],
  ],
)

/** [date, capWeighted, equalWeighted, constituents] */
type MoveRow = [string, number, number, number]

describe('computeSectorMoves', () => {
  it('weights by the previous close, across a day only HK trades', () => {
    const result = computeSectorMoves({ constituents: [h1, h2, a1], fx: weekFx })
    const expected: MoveRow[] = [
      // weights 900, 2,700, 1,800 (Σ 5,400): (9 − 54 + 72) / 5,400 = 27 / 5,400 = 0.005;
      // equal (0.01 − 0.02 + 0.04) / 3 = 0.01
      ['2024-09-30', 0.005, 0.01, 3],
      // Golden Week, HK only: (900 × 0.05 + 2,700 × 0.01) / 3,600 = 72 / 3,600 = 0.02; equal 0.03
      ['2024-10-02', 0.02, 0.03, 2],
      // 10-02 caps, not 10-03's: (900 × 0.02 − 2,700 × 0.01) / 3,600 = −9 / 3,600 = −0.0025;
      // equal (0.02 − 0.01) / 2 = 0.005. (10-03 caps would give (18.36 − 26.73) / 3,591 = −0.00233.)
      ['2024-10-03', -0.0025, 0.005, 2],
      // A resumes: previous session 09-30, its cap 1,800 carried 0 days past it; alone: −0.02
      ['2024-10-08', -0.02, -0.02, 1],
    ]
    expect(result.map((p) => p.date)).toEqual(expected.map(([date]) => date))
    expected.forEach(([, cap, equal, count], i) => {
      expect(result[i]?.capWeighted).toBeCloseTo(cap, 12)
      expect(result[i]?.equalWeighted).toBeCloseTo(equal, 12)
      expect(result[i]?.constituents).toBe(count)
    })
  })

  it.each<[string, SectorMoveConstituent, MoveRow[]]>([
    [
      'a cap that cannot be converted (no HKD rate yet) gives no weight',
      mover(
        '02359.HK',
        'HKD',
        [
          ['2024-09-20', 0.01],
          ['2024-09-26', 0.03],
        ],
        [['2024-09-20', 2_000]],
      ),
      // 09-26 would use the 09-20 cap, but the first HKD rate is 09-27: absent
      [],
    ],
    [
      'a CNY resumption after a four-week suspension uses the cap of its last close',
      mover(
        '603259.SH',
        'CNY',
        [
          ['2024-09-02', 0.01],
          ['2024-09-30', 0.3],
        ],
        [['2024-09-02', 2_000]],
      ),
      // 09-30 − 09-02 = 28 days, but the cap is dated at the previous session (0 days past it)
      [['2024-09-30', 0.3, 0.3, 1]],
    ],
    [
      'a cap missing at the previous session is carried up to 10 days',
      mover(
        '300760.SZ',
        'CNY',
        [
          ['2024-09-27', 0.01],
          ['2024-09-30', 0.02],
        ],
        [['2024-09-17', 500]],
      ),
      // 09-27: previous session unknown (first move), so 09-27 itself: 10 days after 09-17, kept;
      // 09-30: previous session 09-27, 10 days after the cap: kept
      [
        ['2024-09-27', 0.01, 0.01, 1],
        ['2024-09-30', 0.02, 0.02, 1],
      ],
    ],
    [
      'a cap older than 10 days before the previous session is not used',
      mover(
        '300760.SZ',
        'CNY',
        [
          ['2024-09-27', 0.01],
          ['2024-09-30', 0.02],
        ],
        [['2024-09-16', 500]],
      ),
      // 09-27 − 09-16 = 11 days > 10 for both moves: the constituent never enters; dates absent
      [],
    ],
    [
      'a cap dated on the move day only does not weight that move',
      mover('300760.SZ', 'CNY', [['2024-09-30', 0.02]], [['2024-09-30', 500]]),
      [],
    ],
  ])('%s', (_name, constituent, expected) => {
    const result = computeSectorMoves({ constituents: [constituent], fx: weekFx })
    expect(
      result.map((p): MoveRow => [p.date, p.capWeighted, p.equalWeighted, p.constituents]),
    ).toEqual(expected)
  })

  it('leaves a constituent without a usable weight out of both averages', () => {
    // +50% on 10-03 but no cap at all: 10-03 stays −0.0025 / 0.005 over 2 constituents
    const noCaps = mover('09995.HK', 'HKD', [['2024-10-03', 0.5]], [])
    const result = computeSectorMoves({ constituents: [h1, h2, noCaps], fx: weekFx })
    const day3 = result.find((p) => p.date === '2024-10-03')
    expect(day3?.constituents).toBe(2)
    expect(day3?.capWeighted).toBeCloseTo(-0.0025, 12)
    expect(day3?.equalWeighted).toBeCloseTo(0.005, 12)
  })

  it("converts each weight at the rate of the cap's date, not the move's", () => {
    // HKD 0.9 until 09-30, then 0.8 from 10-08
    const shiftingFx: FxHistory = {
      HKD: [
        { date: '2024-09-30', cnyPerUnit: 0.9 },
        { date: '2024-10-08', cnyPerUnit: 0.8 },
      ],
      USD: [],
    }
    const hShare = mover('01801.HK', 'HKD', [['2024-10-08', 0.01]], [['2024-09-30', 1_000]])
    const aShare = mover('300760.SZ', 'CNY', [['2024-10-08', -0.01]], [['2024-09-30', 900]])
    const [point] = computeSectorMoves({ constituents: [hShare, aShare], fx: shiftingFx })
    // 1,000 HKD × 0.9 (09-30) = 900 = the A-share's 900: (900 × 0.01 − 900 × 0.01) / 1,800 = 0
    // (at 10-08's 0.8 it would be (8 − 9) / 1,700 = −0.000588)
    expect(point?.capWeighted).toBeCloseTo(0, 12)
    expect(point?.equalWeighted).toBeCloseTo(0, 12)
  })

  it('no constituents, no points', () => {
    expect(computeSectorMoves({ constituents: [], fx: weekFx })).toEqual([])
  })
})

describe('contributions', () => {
  it('splits 09-30 by weight, largest contribution first, summing to the cap-weighted move', () => {
    const parts = contributions({ constituents: [h1, h2, a1], fx: weekFx }, '2024-09-30')
    // weights 900 / 5,400 = 1/6, 2,700 / 5,400 = 1/2, 1,800 / 5,400 = 1/3
    // contributions 1/6 × 0.01 = 0.001667, 1/2 × −0.02 = −0.01, 1/3 × 0.04 = 0.013333
    const expected: [Ticker, number, number, number][] = [
      ['600276.SH', 0.04, 1 / 3, 0.04 / 3],
      ['02269.HK', -0.02, 0.5, -0.01],
      ['01801.HK', 0.01, 1 / 6, 0.01 / 6],
    ]
    expect(parts.map((p) => p.ticker)).toEqual(expected.map(([ticker]) => ticker))
    expected.forEach(([, move, weight, contribution], i) => {
      expect(parts[i]?.move).toBe(move)
      expect(parts[i]?.weight).toBeCloseTo(weight, 12)
      expect(parts[i]?.contribution).toBeCloseTo(contribution, 12)
    })
    // Σ contribution = 0.001667 − 0.01 + 0.013333 = 0.005 = the day's capWeighted
    const sum = parts.reduce((total, p) => total + p.contribution, 0)
    const day = computeSectorMoves({ constituents: [h1, h2, a1], fx: weekFx })[0]
    expect(sum).toBeCloseTo(0.005, 12)
    expect(sum).toBeCloseTo(day?.capWeighted ?? Number.NaN, 15)
    expect(parts.reduce((total, p) => total + p.weight, 0)).toBeCloseTo(1, 12)
  })

  it('uses only the constituents that traded: HK alone on 10-03', () => {
    const parts = contributions({ constituents: [h1, h2, a1], fx: weekFx }, '2024-10-03')
    // 2,700 / 3,600 × −0.01 = −0.0075; 900 / 3,600 × 0.02 = 0.005; Σ −0.0025
    expect(parts.map((p) => [p.ticker, p.weight])).toEqual([
      ['02269.HK', 0.75],
      ['01801.HK', 0.25],
    ])
    expect(parts.reduce((total, p) => total + p.contribution, 0)).toBeCloseTo(-0.0025, 12)
  })

  it('is empty on a date nobody traded', () => {
    expect(contributions({ constituents: [h1, h2, a1], fx: weekFx }, '2024-10-05')).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------

describe('sector properties', () => {
  const dateArb = fc.oneof(
    fc
      .integer({ min: 0, max: 20 })
      .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10)),
    fc.constantFrom('', 'garbage'),
  )
  const numberArb = fc.oneof(fc.double(), fc.double({ min: -100, max: 100 }))
  const nullableArb = fc.oneof(numberArb, fc.constant(null))
  const currencyArb = fc.constantFrom<Currency>('HKD', 'USD', 'CNY')
  const tickerArb = fc.constantFrom<Ticker>('01801.HK', '600276.SH', '300760.SZ')
  const observationsArb = fc.array(fc.record({ date: dateArb, cnyPerUnit: numberArb }), {
    maxLength: 8,
  })
  const fxArb = fc.record({ HKD: observationsArb, USD: observationsArb })
  const valuationArb = fc.record({
    ticker: tickerArb,
    currency: currencyArb,
    points: fc.array(
      fc.record({
        date: dateArb,
        marketCap: numberArb,
        peTtm: nullableArb,
        pb: nullableArb,
        psTtm: nullableArb,
      }),
      { maxLength: 8 },
    ),
  })
  const moverArb = fc.record({
    ticker: tickerArb,
    currency: currencyArb,
    moves: fc.array(
      fc
        .record({ date: dateArb, change: numberArb })
        .map(({ date, change }) => ({ date, change, close: 1, previousClose: 1 })),
      { maxLength: 8 },
    ),
    caps: fc.array(fc.record({ date: dateArb, marketCap: numberArb }), { maxLength: 8 }),
  })

  it('valuation never throws and never yields NaN or Infinity', () => {
    fc.assert(
      fc.property(
        fc.array(valuationArb, { maxLength: 4 }),
        fxArb,
        fc.constantFrom<ValuationMetric>('pe', 'pb', 'ps'),
        fc.constantFrom<PeMethod>('aggregate', 'median', 'harmonic'),
        fc.constantFrom<'exclude' | 'include'>('exclude', 'include'),
        (constituents, fxHistory, metric, method, lossMakers) => {
          const result = computeSectorValuation({
            constituents,
            fx: fxHistory,
            metric,
            method,
            lossMakers,
          })
          for (const p of result) {
            for (const n of numbersIn(p)) expect(Number.isFinite(n)).toBe(true)
            expect(p.value === null || p.value > 0).toBe(true)
            expect(p.used + p.lossMakers).toBe(p.constituents)
          }
        },
      ),
    )
  })

  it('moves and contributions never throw and never yield NaN or Infinity', () => {
    fc.assert(
      fc.property(
        fc.array(moverArb, { maxLength: 4 }),
        fxArb,
        dateArb,
        (constituents, fxHistory, date) => {
          const input = { constituents, fx: fxHistory }
          for (const p of computeSectorMoves(input)) {
            for (const n of numbersIn(p)) expect(Number.isFinite(n)).toBe(true)
            expect(p.constituents).toBeGreaterThan(0)
          }
          const parts = contributions(input, date)
          for (const n of numbersIn(parts)) expect(Number.isFinite(n)).toBe(true)
          if (parts.length > 0) {
            expect(parts.reduce((total, p) => total + p.weight, 0)).toBeCloseTo(1, 9)
          }
        },
      ),
    )
  })
})
