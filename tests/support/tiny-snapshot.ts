import type { Snapshot } from '@mocks/snapshot/types'

/**
 * A hand-written snapshot small enough to check by eye: one HK listing (loss-making issuer until
 * its 2024-03-25 annual results), one A-share listing, a mainland holiday (2024-10-01..07) on
 * which HK trades (2024-10-03, 2024-10-04), one news item, and four sessions of the CSI 000991
 * index. Used by mock-handler and provider tests that need exact numbers.
 *
 * Henlius's reports carry cumulative figures: H1 2024 TTM = 2.51 bn + 5.39 bn (FY 2023) − 2.4 bn
 * (H1 2023) = 5.5 bn revenue, and 0.35 bn + 0.55 bn − 0.1 bn = 0.8 bn profit, its TTM figures.
 * H1 2023 has no comparison period here, so it gives no TTM from cumulative figures; Hengrui's
 * report has no cumulative figures at all.
 */
export const tinySnapshot: Snapshot = {
  version: 1,
  seed: 1,
  range: { from: '2024-09-26', to: '2024-10-08' },
  listings: [
    {
      ticker: '02696.HK',
      secid: '116.02696',
      tencent: 'hk02696',
      name: '复宏汉霖',
      // date, open, close, high, low, volume (shares)
      bars: [
        ['2024-09-26', 20, 20.5, 20.8, 19.9, 1_000_000],
        ['2024-09-27', 20.5, 21, 21.2, 20.4, 1_200_000],
        ['2024-09-30', 21, 23.1, 23.5, 21, 3_000_000],
        // 2024-10-01 HK holiday; 2024-10-02 suspended
        ['2024-10-03', 23, 22.5, 23.4, 22.2, 1_500_000],
        ['2024-10-04', 22.5, 24, 24.2, 22.4, 2_000_000],
        ['2024-10-07', 24, 23.6, 24.1, 23.3, 900_000],
        ['2024-10-08', 23.6, 22, 23.7, 21.9, 1_100_000],
      ],
      suspensions: ['2024-10-02'],
    },
    {
      ticker: '600276.SH',
      secid: '1.600276',
      tencent: 'sh600276',
      name: '恒瑞医药',
      bars: [
        ['2024-09-26', 44, 45, 45.2, 43.8, 500_000],
        ['2024-09-27', 45, 47.5, 47.8, 45, 800_000],
        ['2024-09-30', 47.5, 52.25, 52.25, 47.4, 1_300_000],
        // 2024-10-01..07 mainland National Day holiday
        ['2024-10-08', 52, 50, 53, 49.5, 1_000_000],
      ],
      suspensions: [],
    },
  ],
  issuers: [
    {
      id: 'henlius',
      reportingCurrency: 'CNY',
      shares: [['2019-09-25', 543_494_853]],
      reports: [
        {
          periodEnd: '2023-06-30',
          publishedOn: '2023-08-28',
          ttmNetProfit: -200_000_000,
          ttmRevenue: 4_500_000_000,
          bookEquity: 3_000_000_000,
          fiscalPeriod: 'H1',
          cumulativeRevenue: 2_400_000_000,
          cumulativeNetProfit: 100_000_000,
        },
        {
          periodEnd: '2023-12-31',
          publishedOn: '2024-03-25',
          ttmNetProfit: 550_000_000,
          ttmRevenue: 5_390_000_000,
          bookEquity: 3_200_000_000,
          fiscalPeriod: 'FY',
          cumulativeRevenue: 5_390_000_000,
          cumulativeNetProfit: 550_000_000,
        },
        {
          periodEnd: '2024-06-30',
          publishedOn: '2024-08-26',
          ttmNetProfit: 800_000_000,
          ttmRevenue: 5_500_000_000,
          bookEquity: 4_000_000_000,
          fiscalPeriod: 'H1',
          cumulativeRevenue: 2_510_000_000,
          cumulativeNetProfit: 350_000_000,
        },
      ],
    },
    {
      id: 'hengrui',
      reportingCurrency: 'CNY',
      shares: [['2018-01-01', 6_379_002_274]],
      reports: [
        {
          periodEnd: '2024-06-30',
          publishedOn: '2024-08-20',
          ttmNetProfit: 5_500_000_000,
          ttmRevenue: 25_000_000_000,
          bookEquity: 45_000_000_000,
        },
      ],
    },
  ],
  fx: {
    HKD: [
      ['2024-09-26', 0.9],
      ['2024-09-27', 0.9],
      ['2024-09-30', 0.9],
      ['2024-10-08', 0.91],
    ],
    USD: [
      ['2024-09-26', 7.0],
      ['2024-09-27', 7.0],
      ['2024-09-30', 7.01],
      ['2024-10-08', 7.06],
    ],
  },
  news: [
    {
      id: 'sample-1',
      publishedAt: '2024-10-03T17:30:00+08:00',
      source: 'HKEXnews',
      title: 'Sample: voluntary announcement',
      content: '复宏汉霖 sample announcement (synthetic).',
      url: 'https://www1.hkexnews.hk/search/titlesearch.xhtml?lang=en',
      tickers: ['02696.HK'],
      kind: 'announcement',
    },
  ],
  indices: {
    // date, close, PE-TTM on the A-share sessions of the range
    '000991': [
      ['2024-09-26', 7100, 23.8],
      ['2024-09-27', 7350.5, 24.62],
      ['2024-09-30', 8005.25, 26.81],
      ['2024-10-08', 8300, 27.8],
    ],
  },
}
