import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cnyPerUnit, normaliseFx, toCny } from '@/domain/fx'
import type { Currency, FxHistory } from '@/domain/types'

// Golden Week 2024: the mainland is closed 10-01 … 10-07, so no central parity is published
// between 09-30 and 10-08, while Hong Kong trades on 10-02, 10-03, 10-04 and 10-07.
// Observations deliberately unsorted.
const goldenWeek: FxHistory = {
  HKD: [
    { date: '2024-10-08', cnyPerUnit: 0.905 },
    { date: '2024-09-27', cnyPerUnit: 0.901 },
    { date: '2024-09-30', cnyPerUnit: 0.902 },
  ],
  USD: [
    { date: '2024-10-08', cnyPerUnit: 7.0644 },
    { date: '2024-09-30', cnyPerUnit: 7.0074 },
  ],
}

const singleRate: FxHistory = { HKD: [{ date: '2024-01-01', cnyPerUnit: 0.91 }], USD: [] }

const messy: FxHistory = {
  HKD: [
    { date: '2024-01-02', cnyPerUnit: 0.9 },
    { date: '2024-01-05', cnyPerUnit: Number.NaN },
    { date: '2024-01-02', cnyPerUnit: 0.92 }, // later duplicate wins
    { date: '2024-01-03', cnyPerUnit: 0 },
    { date: '2024-01-04', cnyPerUnit: -1 },
    { date: '2024-13-01', cnyPerUnit: 0.95 }, // no such month
    { date: '2024-01-01', cnyPerUnit: Number.POSITIVE_INFINITY },
  ],
  USD: [],
}

describe('cnyPerUnit', () => {
  it.each<[string, FxHistory, Currency, string, number | undefined, number | null]>([
    ['CNY is the identity', goldenWeek, 'CNY', '2024-10-03', undefined, 1],
    ['CNY is 1 even before any observation', goldenWeek, 'CNY', '1990-01-01', undefined, 1],
    ['an observation on the day', goldenWeek, 'HKD', '2024-09-30', undefined, 0.902],
    ['the next observation replaces it', goldenWeek, 'HKD', '2024-10-08', undefined, 0.905],
    // 10-03 (HK trades, mainland on holiday) − 09-30 = 3 days ≤ 10: 09-30's rate
    [
      'a HK session in Golden Week uses the last rate before it',
      goldenWeek,
      'HKD',
      '2024-10-03',
      undefined,
      0.902,
    ],
    // 10-07 − 09-30 = 7 days ≤ 10
    ['the last HK session of Golden Week too', goldenWeek, 'HKD', '2024-10-07', undefined, 0.902],
    // Saturday 09-28: last observation is Friday 09-27
    ['a weekend uses Friday', goldenWeek, 'HKD', '2024-09-28', undefined, 0.901],
    ['USD carries forward the same way', goldenWeek, 'USD', '2024-10-02', undefined, 7.0074],
    ['before the first observation: null', goldenWeek, 'HKD', '2024-09-26', undefined, null],
    ['USD before its first observation: null', goldenWeek, 'USD', '2024-09-27', undefined, null],
    // 2024-01-11 − 2024-01-01 = 10 days: at the limit, still usable
    ['10 days old is still fresh', singleRate, 'HKD', '2024-01-11', undefined, 0.91],
    // 2024-01-12 − 2024-01-01 = 11 days > 10
    ['11 days old is stale', singleRate, 'HKD', '2024-01-12', undefined, null],
    ['a wider limit accepts it', singleRate, 'HKD', '2024-01-31', 30, 0.91],
    ['limit 0 accepts the same day', singleRate, 'HKD', '2024-01-01', 0, 0.91],
    ['limit 0 rejects the next day', singleRate, 'HKD', '2024-01-02', 0, null],
    [
      'Infinity disables the limit',
      singleRate,
      'HKD',
      '2030-06-30',
      Number.POSITIVE_INFINITY,
      0.91,
    ],
    ['a NaN limit accepts nothing', singleRate, 'HKD', '2024-01-01', Number.NaN, null],
    ['a negative limit accepts nothing', singleRate, 'HKD', '2024-01-01', -1, null],
    ['no observations at all: null', singleRate, 'USD', '2024-01-01', undefined, null],
    ['a malformed date: null', singleRate, 'HKD', '2024-1-5', undefined, null],
    ['an impossible date: null', singleRate, 'HKD', '2024-02-30', undefined, null],
    ['a later duplicate replaces an earlier one', messy, 'HKD', '2024-01-02', undefined, 0.92],
    // 01-03 (0), 01-04 (−1) and 01-05 (NaN) are dropped, so 01-05 carries 01-02's 0.92
    ['non-positive and non-finite rates are dropped', messy, 'HKD', '2024-01-05', undefined, 0.92],
    // 01-01 (Infinity) dropped and nothing earlier
    ['an infinite rate is dropped', messy, 'HKD', '2024-01-01', undefined, null],
  ])('%s', (_name, fx, currency, date, maxStaleDays, expected) => {
    expect(cnyPerUnit(fx, currency, date, maxStaleDays)).toBe(expected)
  })

  it('answers 40,000 lookups over a 2,200-observation history quickly', () => {
    const start = Date.UTC(2018, 0, 1)
    const dayOf = (n: number) => new Date(start + n * 86_400_000).toISOString().slice(0, 10)
    const HKD = Array.from({ length: 2_200 }, (_, n) => ({
      date: dayOf(2_199 - n),
      cnyPerUnit: 0.9,
    }))
    const fx: FxHistory = { HKD, USD: [] }
    const t0 = performance.now()
    let found = 0
    for (let i = 0; i < 40_000; i += 1)
      if (cnyPerUnit(fx, 'HKD', dayOf(i % 2_300)) !== null) found += 1
    const elapsed = performance.now() - t0
    // days 0 … 2,199 have a rate; 2,200 … 2,209 carry day 2,199's (≤ 10 days); 2,210 … 2,299 are stale.
    // 40,000 = 17 × 2,300 + 900: 17 full cycles of 2,210 hits (37,570) plus 900 hits = 38,470.
    expect(found).toBe(38_470)
    expect(elapsed).toBeLessThan(1_000)
  })
})

describe('normaliseFx', () => {
  it('sorts, keeps the last of duplicates and drops unusable observations', () => {
    expect(normaliseFx(messy)).toEqual({ HKD: [{ date: '2024-01-02', cnyPerUnit: 0.92 }], USD: [] })
    expect(normaliseFx(goldenWeek).HKD.map((o) => o.date)).toEqual([
      '2024-09-27',
      '2024-09-30',
      '2024-10-08',
    ])
  })

  it('gives the same answers as the raw history', () => {
    const normalised = normaliseFx(goldenWeek)
    for (const date of ['2024-09-26', '2024-09-30', '2024-10-03', '2024-10-08', '2024-10-30']) {
      expect(cnyPerUnit(normalised, 'HKD', date)).toBe(cnyPerUnit(goldenWeek, 'HKD', date))
    }
  })
})

describe('toCny', () => {
  it.each<[string, number, Currency, string, number | null]>([
    // 1,000 HKD × 0.902 (09-30's rate carried into Golden Week) = 902 CNY
    ['HKD on a mainland holiday', 1_000, 'HKD', '2024-10-03', 902],
    // BeiGene reports in USD: 1,000,000 USD × 7.0074 = 7,007,400 CNY
    ['USD earnings of a USD-reporting issuer', 1_000_000, 'USD', '2024-10-02', 7_007_400],
    ['CNY unchanged', 123.45, 'CNY', '2024-10-03', 123.45],
    // −100 × 0.902 = −90.2 (a loss converts like a profit)
    ['a negative amount converts too', -100, 'HKD', '2024-10-03', -90.2],
    ['no rate: null', 1_000, 'HKD', '2024-09-01', null],
    ['a NaN amount: null', Number.NaN, 'HKD', '2024-10-03', null],
    ['an infinite amount: null', Number.POSITIVE_INFINITY, 'CNY', '2024-10-03', null],
    // 1e308 × 7.0074 overflows a double
    ['an overflowing product: null', 1e308, 'USD', '2024-10-02', null],
  ])('%s', (_name, amount, currency, date, expected) => {
    const converted = toCny(goldenWeek, amount, currency, date)
    if (expected === null) expect(converted).toBeNull()
    else expect(converted).toBeCloseTo(expected, 9)
  })
})

describe('fx properties', () => {
  const dateArb = fc.oneof(
    fc
      .integer({ min: 0, max: 60 })
      .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10)),
    fc.constantFrom('', '2024-02-30', 'garbage'),
  )
  const observationsArb = fc.array(fc.record({ date: dateArb, cnyPerUnit: fc.double() }), {
    maxLength: 20,
  })
  const historyArb = fc.record({ HKD: observationsArb, USD: observationsArb })
  const currencyArb = fc.constantFrom<Currency>('HKD', 'USD', 'CNY')

  it('never throws and yields a finite positive rate or null', () => {
    fc.assert(
      fc.property(
        historyArb,
        currencyArb,
        dateArb,
        fc.option(fc.double(), { nil: undefined }),
        fc.double(),
        (fx, currency, date, maxStaleDays, amount) => {
          const rate = cnyPerUnit(fx, currency, date, maxStaleDays)
          expect(rate === null || (Number.isFinite(rate) && rate > 0)).toBe(true)
          const converted = toCny(fx, amount, currency, date)
          expect(converted === null || Number.isFinite(converted)).toBe(true)
          for (const list of Object.values(normaliseFx(fx))) {
            for (const o of list)
              expect(Number.isFinite(o.cnyPerUnit) && o.cnyPerUnit > 0).toBe(true)
          }
        },
      ),
    )
  })
})
