import type { NewsItem, Ticker } from '@/domain/types'
import { issuerOf } from '@/domain/universe'
import { fetchEastmoneyNews } from '@/providers/eastmoney/news'

/** News about a listing's issuer (Eastmoney full-text search by Chinese name). */
export function fetchNews(
  ticker: Ticker,
  options: { signal?: AbortSignal } = {},
): Promise<NewsItem[]> {
  return fetchEastmoneyNews(issuerOf(ticker).nameZh, options)
}
