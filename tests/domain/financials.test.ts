import { describe, expect, it } from 'vitest'
import {
  assumedPublicationDate,
  type FinancialReport,
  type FiscalPeriod,
  maxTtmAgeDays,
  ttmFromReports,
  type TtmFigures,
  withPsTtm,
} from '@/domain/financials'
import type { Currency, FxHistory, IsoDate, ValuationPoint } from '@/domain/types'

/** A report in billions (revenue, profit) for readability. */
const report = (
  fiscalPeriod: FiscalPeriod,
  periodEnd: IsoDate,
  publishedOn: IsoDate,
  revenue: number | null,
  profit: number | null,
  currency: Currency = 'CNY',
): FinancialReport => ({
  periodEnd,
  publishedOn,
  fiscalPeriod,
  cumulativeRevenue: revenue === null ? null : revenue * 1e9,
  cumulativeNetProfit: profit === null ? null : profit * 1e9,
  currency,
})

/** [from, periodEnd, TTM revenue bn, TTM profit bn] of each entry. */
const summary = (entries: TtmFigures[]) =>
  entries.map((e) => [
    e.from,
    e.periodEnd,
    e.ttmRevenue === null ? null : Math.round(e.ttmRevenue / 1e6) / 1e3,
    e.ttmNetProfit === null ? null : Math.round(e.ttmNetProfit / 1e6) / 1e3,
  ])

describe('assumedPublicationDate', () => {
  it.each<[IsoDate, FiscalPeriod, IsoDate]>([
    ['2024-12-31', 'FY', '2025-03-31'],
    ['2024-06-30', 'H1', '2024-08-31'],
    ['2024-03-31', 'Q1', '2024-05-31'],
    ['2024-09-30', 'Q3', '2024-11-30'],
    ['2023-11-30', 'FY', '2024-02-29'], // a leap February's last day
  ])('%s %s → %s', (periodEnd, period, expected) => {
    expect(assumedPublicationDate(periodEnd, period)).toBe(expected)
  })

  it('rejects a malformed date', () => {
    expect(() => assumedPublicationDate('2024-13-31', 'FY')).toThrow(RangeError)
  })
})

describe('ttmFromReports', () => {
  it.each<[string, FinancialReport[], ReturnType<typeof summary>]>([
    ['no reports', [], []],
    [
      'a semi-annual issuer: FY is its own TTM, H1 = H1 + last FY − previous H1',
      [
        report('H1', '2022-06-30', '2022-08-26', 1.5, -0.4),
        report('FY', '2022-12-31', '2023-03-27', 3.2, -0.7),
        report('H1', '2023-06-30', '2023-08-28', 2.4, 0.1),
        report('FY', '2023-12-31', '2024-03-25', 5.4, 0.55),
        report('H1', '2024-06-30', '2024-08-26', 2.5, 0.35),
      ],
      [
        ['2023-03-28', '2022-12-31', 3.2, -0.7],
        ['2023-08-29', '2023-06-30', 4.1, -0.2], // 2.4 + 3.2 − 1.5; 0.1 − 0.7 + 0.4
        ['2024-03-26', '2023-12-31', 5.4, 0.55],
        ['2024-08-27', '2024-06-30', 5.5, 0.8], // 2.5 + 5.4 − 2.4; 0.35 + 0.55 − 0.1
      ],
    ],
    [
      'a quarterly issuer: Q1 and Q3 pair with the same quarter a year before',
      [
        report('Q1', '2023-03-31', '2023-04-25', 5, 1),
        report('H1', '2023-06-30', '2023-08-19', 10.5, 2.1),
        report('Q3', '2023-09-30', '2023-10-25', 16, 3.2),
        report('FY', '2023-12-31', '2024-04-16', 22.8, 4.3),
        report('Q1', '2024-03-31', '2024-04-25', 6, 1.3),
        report('H1', '2024-06-30', '2024-08-20', 12.6, 2.9),
        report('Q3', '2024-09-30', '2024-10-25', 19, 4.6),
      ],
      [
        ['2024-04-17', '2023-12-31', 22.8, 4.3],
        ['2024-04-26', '2024-03-31', 23.8, 4.6],
        ['2024-08-21', '2024-06-30', 24.9, 5.1],
        ['2024-10-26', '2024-09-30', 25.8, 5.7],
      ],
    ],
    [
      'the first year after listing: no comparison period, the FY stays in force',
      [
        report('FY', '2020-12-31', '2021-03-26', 3.84, -1),
        report('H1', '2021-06-30', '2021-08-21', 2.1, -0.9),
        report('FY', '2021-12-31', '2022-03-25', 4.27, -3.1),
        report('H1', '2022-06-30', '2022-08-20', 2.2, -1.3),
      ],
      [
        ['2021-03-27', '2020-12-31', 3.84, -1],
        ['2022-03-26', '2021-12-31', 4.27, -3.1],
        ['2022-08-21', '2022-06-30', 4.37, -3.5], // 2.2 + 4.27 − 2.1; −1.3 − 3.1 + 0.9
      ],
    ],
    [
      'loss years in a row keep their sign; an interim loss turning into a TTM profit',
      [
        report('H1', '2023-06-30', '2023-08-29', 0.8, -1.1),
        report('FY', '2023-12-31', '2024-03-27', 2.46, -0.88),
        report('H1', '2024-06-30', '2024-08-27', 1.7, 0.3),
      ],
      [
        ['2024-03-28', '2023-12-31', 2.46, -0.88],
        ['2024-08-28', '2024-06-30', 3.36, 0.52],
      ],
    ],
    [
      'a first quarterly report of a former half-yearly reporter gives no TTM',
      [
        report('H1', '2019-06-30', '2019-08-29', 0.4, -0.3),
        report('FY', '2019-12-31', '2020-03-30', 0.78, -0.75),
        report('H1', '2020-06-30', '2020-08-29', 0.8, -0.8),
        report('Q3', '2020-09-30', '2020-10-28', 1.2, -1.2),
      ],
      [
        ['2020-03-31', '2019-12-31', 0.78, -0.75],
        ['2020-08-30', '2020-06-30', 1.18, -1.25],
      ],
    ],
    [
      'a missing figure makes that TTM figure null, the other survives',
      [
        report('H1', '2023-06-30', '2023-08-28', null, 0.1),
        report('FY', '2023-12-31', '2024-03-25', 5.4, 0.55),
        report('H1', '2024-06-30', '2024-08-26', 2.5, 0.35),
      ],
      [
        ['2024-03-26', '2023-12-31', 5.4, 0.55],
        ['2024-08-27', '2024-06-30', null, 0.8],
      ],
    ],
    [
      'a comparison in another currency gives no TTM',
      [
        report('H1', '2023-06-30', '2023-08-28', 2.4, 0.1, 'USD'),
        report('FY', '2023-12-31', '2024-03-25', 5.4, 0.55),
        report('H1', '2024-06-30', '2024-08-26', 2.5, 0.35),
      ],
      [['2024-03-26', '2023-12-31', 5.4, 0.55]],
    ],
    [
      'comparisons published after the report are not used (no look-ahead)',
      [
        report('H1', '2023-06-30', '2024-09-01', 2.4, 0.1),
        report('FY', '2023-12-31', '2024-03-25', 5.4, 0.55),
        report('H1', '2024-06-30', '2024-08-26', 2.5, 0.35),
      ],
      [['2024-03-26', '2023-12-31', 5.4, 0.55]],
    ],
    [
      'a correction of a period replaces it from its own publication on',
      [
        report('FY', '2023-12-31', '2024-03-25', 5.4, 0.55),
        report('FY', '2023-12-31', '2024-05-10', 5.3, 0.5),
      ],
      [
        ['2024-03-26', '2023-12-31', 5.4, 0.55],
        ['2024-05-11', '2023-12-31', 5.3, 0.5],
      ],
    ],
    [
      'a late-published old period never replaces a newer one; same-day reports: the newest wins',
      [
        report('FY', '2022-12-31', '2024-04-01', 3.2, -0.7),
        report('FY', '2023-12-31', '2024-03-25', 5.4, 0.55),
        report('Q1', '2024-03-31', '2024-04-26', 1.3, 0.2),
        report('FY', '2023-12-31', '2024-04-26', 5.41, 0.56),
      ],
      [
        ['2024-03-26', '2023-12-31', 5.4, 0.55],
        ['2024-04-27', '2023-12-31', 5.41, 0.56], // Q1 2024 has no Q1 2023 to compare with
      ],
    ],
    [
      'reports input in any order; bad dates ignored',
      [
        report('H1', '2024-06-30', '2024-08-26', 2.5, 0.35),
        report('FY', '2023-12-31', '2024-03-25', 5.4, 0.55),
        report('H1', '2023-06-30', '2023-08-28', 2.4, 0.1),
        report('FY', '2023-02-30', '2023-03-25', 9, 9),
        report('FY', '2022-12-31', '2022-11-30', 9, 9), // "published" before the period ended
      ],
      [
        ['2024-03-26', '2023-12-31', 5.4, 0.55],
        ['2024-08-27', '2024-06-30', 5.5, 0.8],
      ],
    ],
  ])('%s', (_case, reports, expected) => {
    const entries = ttmFromReports(reports)

    expect(summary(entries)).toEqual(expected)
    expect(entries.every((e) => e.currency === 'CNY' || e.currency === 'USD')).toBe(true)
  })

  it('keeps the report currency on each entry', () => {
    const [entry] = ttmFromReports([report('FY', '2024-12-31', '2025-02-27', 3.81, -0.64, 'USD')])

    expect(entry).toEqual({
      from: '2025-02-28',
      periodEnd: '2024-12-31',
      ttmRevenue: 3.81e9,
      ttmNetProfit: -0.64e9,
      currency: 'USD',
    })
  })

  it('treats non-finite figures as missing', () => {
    const entries = ttmFromReports([
      { ...report('FY', '2024-12-31', '2025-03-27', 1, 1), cumulativeRevenue: Number.NaN },
      { ...report('FY', '2025-12-31', '2026-03-27', 1, 1), cumulativeNetProfit: Infinity },
    ])

    expect(summary(entries)).toEqual([
      ['2025-03-28', '2024-12-31', null, 1],
      ['2026-03-28', '2025-12-31', 1, null],
    ])
  })
})

describe('withPsTtm', () => {
  const fx: FxHistory = {
    HKD: [
      { date: '2024-09-27', cnyPerUnit: 0.9 },
      { date: '2024-09-30', cnyPerUnit: 0.91 },
    ],
    USD: [
      { date: '2024-09-27', cnyPerUnit: 7 },
      { date: '2024-09-30', cnyPerUnit: 7.02 },
    ],
  }
  const point = (date: IsoDate, marketCap: number): ValuationPoint => ({
    date,
    marketCap,
    peTtm: 12.5,
    pb: 2,
    psTtm: 99, // replaced
  })
  const entry = (from: IsoDate, ttmRevenue: number | null, currency: Currency): TtmFigures => ({
    from,
    periodEnd: '2024-06-30',
    ttmRevenue,
    ttmNetProfit: 1e9,
    currency,
  })

  it('converts an HKD market cap into CNY accounts at the day’s rates', () => {
    const points = withPsTtm(
      [point('2024-09-27', 10e9), point('2024-09-30', 10e9), point('2024-10-03', 10e9)],
      [entry('2024-08-27', 4.5e9, 'CNY')],
      fx,
      'HKD',
    )

    expect(points.map((p) => p.psTtm)).toEqual([
      (10e9 * 0.9) / 4.5e9, // 2.0
      (10e9 * 0.91) / 4.5e9,
      (10e9 * 0.91) / 4.5e9, // mainland holiday: the 09-30 rate carried forward
    ])
    expect(points[0]).toMatchObject({ date: '2024-09-27', marketCap: 10e9, peTtm: 12.5, pb: 2 })
  })

  it('converts an HKD market cap into USD accounts through CNY (BeiGene)', () => {
    const [ps] = withPsTtm(
      [point('2024-09-30', 150e9)],
      [entry('2024-08-28', 3.36e9, 'USD')],
      fx,
      'HKD',
    )

    expect(ps?.psTtm).toBeCloseTo((150e9 * 0.91) / 7.02 / 3.36e9, 12)
  })

  it('needs no rate when the listing and the accounts share a currency', () => {
    const [ps] = withPsTtm(
      [point('2024-09-30', 100e9)],
      [entry('2024-08-21', 25e9, 'CNY')],
      { HKD: [], USD: [] },
      'CNY',
    )

    expect(ps?.psTtm).toBe(4)
  })

  it.each<[string, ValuationPoint[], TtmFigures[], FxHistory]>([
    ['no TTM in force yet', [point('2024-08-26', 10e9)], [entry('2024-08-27', 4.5e9, 'CNY')], fx],
    ['zero revenue', [point('2024-09-30', 10e9)], [entry('2024-08-27', 0, 'CNY')], fx],
    ['negative revenue', [point('2024-09-30', 10e9)], [entry('2024-08-27', -1e9, 'CNY')], fx],
    ['revenue not published', [point('2024-09-30', 10e9)], [entry('2024-08-27', null, 'CNY')], fx],
    [
      'no rate that day',
      [point('2024-09-30', 10e9)],
      [entry('2024-08-27', 4.5e9, 'CNY')],
      { HKD: [], USD: [] },
    ],
    [
      `figures older than ${maxTtmAgeDays} days`,
      [point('2025-11-20', 10e9)],
      [entry('2024-08-27', 4.5e9, 'CNY')],
      { HKD: [{ date: '2025-11-20', cnyPerUnit: 0.91 }], USD: [] },
    ],
    [
      'a non-positive market cap',
      [point('2024-09-30', 0)],
      [entry('2024-08-27', 4.5e9, 'CNY')],
      fx,
    ],
  ])('gives null PS for %s', (_case, points, ttm, history) => {
    expect(withPsTtm(points, ttm, history, 'HKD').map((p) => p.psTtm)).toEqual([null])
  })

  it('uses the entry in force on each date, whatever the order of entries', () => {
    const points = withPsTtm(
      [point('2024-03-25', 10e9), point('2024-03-26', 10e9), point('2024-08-27', 10e9)],
      [
        { ...entry('2024-08-27', 5e9, 'CNY'), periodEnd: '2024-06-30' },
        { ...entry('2024-03-26', 4e9, 'CNY'), periodEnd: '2023-12-31' },
      ],
      { HKD: [{ date: '2024-03-01', cnyPerUnit: 1 }], USD: [] },
      'CNY',
    )

    expect(points.map((p) => p.psTtm)).toEqual([null, 2.5, 2])
  })

  it('never returns NaN or Infinity', () => {
    const points = withPsTtm(
      [point('2024-09-30', Number.MAX_VALUE), point('2024-09-30', Number.NaN)],
      [entry('2024-08-27', Number.MIN_VALUE, 'CNY')],
      fx,
      'HKD',
    )

    expect(points.map((p) => p.psTtm)).toEqual([null, null])
  })
})
