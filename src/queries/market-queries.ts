import { queryOptions } from '@tanstack/react-query'
import type { Ticker } from '@/domain/types'
import { fetchDailyBars } from '@/providers/daily-bars'
import { fetchFxHistory } from '@/providers/fx'
import { fetchNews } from '@/providers/news'
import { fetchQuotes } from '@/providers/quotes'
import { fetchValuationHistory } from '@/providers/valuation'

const minutes = 60_000

/**
 * Query options per data kind, general → specific keys; every queryFn input is in its key.
 * Freshness follows the data: daily bars and valuations change once a day, quotes per poll.
 */
export const marketQueries = {
  all: () => ['market'] as const,
  dailyBars: (ticker: Ticker) =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'daily-bars', ticker] as const,
      queryFn: ({ signal }) => fetchDailyBars(ticker, { signal }),
      staleTime: 30 * minutes,
    }),
  quotes: (tickers: readonly Ticker[]) =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'quotes', [...tickers].sort()] as const,
      queryFn: ({ signal }) => fetchQuotes(tickers, { signal }),
      staleTime: 20_000,
    }),
  fx: () =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'fx'] as const,
      queryFn: ({ signal }) => fetchFxHistory({ signal }),
      staleTime: 60 * minutes,
    }),
  valuation: (ticker: Ticker) =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'valuation', ticker] as const,
      queryFn: ({ signal }) => fetchValuationHistory(ticker, { signal }),
      staleTime: 60 * minutes,
    }),
  news: (ticker: Ticker) =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'news', ticker] as const,
      queryFn: ({ signal }) => fetchNews(ticker, { signal }),
      staleTime: 10 * minutes,
    }),
}
