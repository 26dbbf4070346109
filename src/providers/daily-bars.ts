import type { DailyBar, Ticker } from '@/domain/types'
import { fetchEastmoneyDailyBars } from '@/providers/eastmoney/kline'

/** Full forward-adjusted daily history of a listing (Eastmoney kline). */
export function fetchDailyBars(
  ticker: Ticker,
  options: { signal?: AbortSignal } = {},
): Promise<DailyBar[]> {
  return fetchEastmoneyDailyBars(ticker, options)
}
