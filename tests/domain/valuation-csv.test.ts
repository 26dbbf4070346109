import { describe, expect, it } from 'vitest'
import type { SeriesPoint } from '@/domain/stats'
import {
  bandChartCsv,
  csvCell,
  csvText,
  scatterCsv,
  summaryCsv,
  type ExportContext,
} from '@/domain/valuation-csv'
import { mergeSeries } from '@/domain/valuation-rows'
import { summariseSeries } from '@/domain/valuation-summary'

const d = (day: number) => `2024-01-${String(day).padStart(2, '0')}`
const series = (values: readonly (number | null)[]): SeriesPoint[] =>
  values.map((value, i) => ({ date: d(i + 1), value }))

const context: ExportContext = {
  title: 'Valuation summary',
  method: 'PE-TTM, aggregate',
  windowStart: d(1),
  source: 'sample data (synthetic)',
  exportedAt: '2024-01-06T09:00:00+08:00',
}

describe('csvCell', () => {
  it.each<[string | number | null, string]>([
    [null, ''],
    [24, '24'],
    [1.23456789, '1.234568'],
    [-0.0000001, '0'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    ['2024-01-05', '2024-01-05'],
    ['港股生物医药 PE-TTM', '港股生物医药 PE-TTM'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
  ])('%j → %s', (cell, text) => {
    expect(csvCell(cell)).toBe(text)
  })
})

describe('csvText', () => {
  it('writes header comments, column names and rows with CRLF line ends', () => {
    expect(
      csvText({
        header: [['Series', 'HK, A\nand ALL']],
        columns: ['date', 'value'],
        rows: [
          [d(1), 1.5],
          [d(2), null],
        ],
      }),
    ).toBe('# Series: HK, A and ALL\r\ndate,value\r\n2024-01-01,1.5\r\n2024-01-02,\r\n')
  })
})

describe('summaryCsv', () => {
  // 30, 10, 50, 40, 20: mean 30, median 30, σ = √((0 + 400 + 400 + 100 + 100) / 5) = √200.
  const five = summariseSeries(series([30, 10, 50, 40, 20]), d(1))
  const lossMaker = summariseSeries(series([20, 10, -4]), d(1))

  it('names series, method and window in the header and writes one row per series', () => {
    const text = summaryCsv(
      [
        {
          label: 'HK biomedical PE-TTM',
          method: 'aggregate',
          summary: five,
          counts: { constituents: 11, used: 9, lossMakers: 2 },
        },
        { label: 'Henlius PE-TTM', method: 'published', summary: lossMaker },
      ],
      context,
    )
    const lines = text.split('\r\n')
    expect(lines.slice(0, 6)).toEqual([
      '# Biopulse: Valuation summary',
      '# Series: HK biomedical PE-TTM; Henlius PE-TTM',
      '# Metric and method: PE-TTM, aggregate',
      '# Window: 2024-01-01 to the latest observation of each series',
      '# Data: sample data (synthetic)',
      '# Exported: 2024-01-06T09:00:00+08:00',
    ])
    expect(lines[6]).toBe(
      'series,method,latest_date,latest_value,current,mean,median,std_dev,minus_2sd,minus_1sd,plus_1sd,plus_2sd,percentile,min,min_date,max,max_date,peak_over_current,current_over_trough,current_vs_mean,observations,not_meaningful,constituents,used,excluded',
    )
    // 30 ± 14.142136 and ± 28.284271; 20 is at the 2/5 percentile; 50 ÷ 20 = 2.5; 20 ÷ 10 = 2.
    expect(lines[7]).toBe(
      'HK biomedical PE-TTM,aggregate,2024-01-05,20,20,30,30,14.142136,1.715729,15.857864,44.142136,58.284271,0.4,10,2024-01-02,50,2024-01-03,2.5,2,-0.333333,5,0,11,9,2',
    )
    // The latest PE is negative: no current value and nothing compared with it.
    expect(lines[8]).toBe(
      'Henlius PE-TTM,published,2024-01-03,,,15,15,5,5,10,20,25,,10,2024-01-02,20,2024-01-01,,,,2,1,,,',
    )
    expect(lines[9]).toBe('')
  })
})

describe('bandChartCsv', () => {
  it('writes the series shown and the band over the window only', () => {
    const rows = mergeSeries([series([10, 20, 30]), series([1, null])])
    const text = bandChartCsv(
      rows,
      ['HK PE', 'A PE'],
      { label: 'HK PE', mean: 25, minus2: 15, minus1: 20, plus1: 30, plus2: 35 },
      { ...context, windowStart: d(2) },
    )
    expect(text.split('\r\n').slice(6)).toEqual([
      'date,HK PE,A PE,HK PE mean,HK PE minus_2sd,HK PE minus_1sd,HK PE plus_1sd,HK PE plus_2sd',
      '2024-01-01,10,1,,,,,',
      '2024-01-02,20,,25,15,20,30,35',
      '2024-01-03,30,,25,15,20,30,35',
      '',
    ])
  })
})

describe('scatterCsv', () => {
  it('writes one row per dot with the horizon in the column name', () => {
    const text = scatterCsv(
      [{ market: 'HK', points: [{ date: d(1), value: 30, percentile: 1, forwardReturn: 0.1 }] }],
      20,
      context,
    )
    const lines = text.split('\r\n')
    expect(lines).toContain('# Forward return: cap-weighted basket, next 20 sessions, compounded')
    expect(lines.slice(-3)).toEqual([
      'market,date,value,percentile,forward_return_20',
      'HK,2024-01-01,30,1,0.1',
      '',
    ])
  })
})
