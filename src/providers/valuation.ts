import { marketOf } from '@/domain/tickers'
import type { Ticker, ValuationPoint } from '@/domain/types'
import { fetchBaiduValuation } from '@/providers/baidu/valuation'
import { fetchEastmoneyValuation } from '@/providers/eastmoney/valuation'

/**
 * Daily valuation history of one listing (market cap, PE-TTM, PB, PS): A-shares from the Eastmoney
 * datacenter (RPT_VALUEANALYSIS_DET), Hong Kong from Baidu's per-stock series, the only free HK
 * source known (unverified from this network; see README).
 */
export function fetchValuationHistory(
  ticker: Ticker,
  options: { signal?: AbortSignal } = {},
): Promise<ValuationPoint[]> {
  return marketOf(ticker) === 'HK'
    ? fetchBaiduValuation(ticker, options)
    : fetchEastmoneyValuation(ticker, options)
}
