import type { IsoDate, Ticker } from '@/domain/types'

/**
 * Per-listing settings of the sample snapshot: vendor symbols (written out, never derived with
 * provider code, so a symbol bug in a provider fails a test instead of being mirrored here), the
 * price model's volatility and volume, A+H pairing and the sample suspensions.
 */
export interface ListingSpec {
  ticker: Ticker
  /** Eastmoney secid: `116.` HK, `1.` Shanghai (STAR included), `0.` Shenzhen. */
  secid: string
  /** Tencent symbol: `hk`, `sh` or `sz` + code. */
  tencent: string
  /**
   * Daily log-return volatility of the path noise (factors + own noise). A follower's path comes
   * from its leader and premium; its own value only sizes its bars' ranges and volumes.
   */
  vol: number
  /** Typical shares traded per session. */
  volume: number
  /**
   * A listing that follows the other listing of its A+H pair: its price is the leader's price
   * converted at the day's FX and scaled by (1 + A/H premium) (premium = A ÷ (H × CNY per HKD) − 1).
   */
  follows?: Ticker
  /** Trading days without a bar (sample trading halts). */
  suspensions?: IsoDate[]
}

export const listingSpecs: readonly ListingSpec[] = [
  {
    ticker: '02696.HK',
    secid: '116.02696',
    tencent: 'hk02696',
    vol: 0.03,
    volume: 3_000_000,
    // One-day halt on the day of its FY2022 results (fundamentals publish them on 2023-03-27).
    suspensions: ['2023-03-27'],
  },
  { ticker: '01877.HK', secid: '116.01877', tencent: 'hk01877', vol: 0.031, volume: 6_000_000 },
  {
    ticker: '09995.HK',
    secid: '116.09995',
    tencent: 'hk09995',
    vol: 0.031,
    volume: 3_000_000,
    suspensions: ['2021-08-09', '2021-08-10', '2021-08-11'],
  },
  { ticker: '06160.HK', secid: '116.06160', tencent: 'hk06160', vol: 0.027, volume: 2_000_000 },
  { ticker: '01801.HK', secid: '116.01801', tencent: 'hk01801', vol: 0.028, volume: 20_000_000 },
  { ticker: '02096.HK', secid: '116.02096', tencent: 'hk02096', vol: 0.025, volume: 8_000_000 },
  {
    ticker: '01276.HK',
    secid: '116.01276',
    tencent: 'hk01276',
    vol: 0.02,
    volume: 10_000_000,
    follows: '600276.SH',
  },
  { ticker: '01177.HK', secid: '116.01177', tencent: 'hk01177', vol: 0.019, volume: 120_000_000 },
  { ticker: '02269.HK', secid: '116.02269', tencent: 'hk02269', vol: 0.027, volume: 35_000_000 },
  {
    ticker: '02359.HK',
    secid: '116.02359',
    tencent: 'hk02359',
    vol: 0.024,
    volume: 8_000_000,
    follows: '603259.SH',
  },
  { ticker: '01093.HK', secid: '116.01093', tencent: 'hk01093', vol: 0.019, volume: 100_000_000 },
  { ticker: '600276.SH', secid: '1.600276', tencent: 'sh600276', vol: 0.017, volume: 30_000_000 },
  {
    ticker: '688235.SH',
    secid: '1.688235',
    tencent: 'sh688235',
    vol: 0.03,
    volume: 1_500_000,
    follows: '06160.HK',
  },
  {
    ticker: '688180.SH',
    secid: '1.688180',
    tencent: 'sh688180',
    vol: 0.033,
    volume: 12_000_000,
    follows: '01877.HK',
    suspensions: ['2022-05-16', '2022-05-17'],
  },
  {
    ticker: '688331.SH',
    secid: '1.688331',
    tencent: 'sh688331',
    vol: 0.032,
    volume: 4_000_000,
    follows: '09995.HK',
  },
  { ticker: '603259.SH', secid: '1.603259', tencent: 'sh603259', vol: 0.021, volume: 40_000_000 },
  { ticker: '300760.SZ', secid: '0.300760', tencent: 'sz300760', vol: 0.017, volume: 5_000_000 },
  {
    ticker: '000661.SZ',
    secid: '0.000661',
    tencent: 'sz000661',
    vol: 0.021,
    volume: 8_000_000,
    suspensions: ['2019-10-08', '2019-10-09', '2019-10-10', '2019-10-11', '2019-10-14'],
  },
]
