import { queryOptions } from '@tanstack/react-query'
import { recentSessions, type RecentHistory } from '@/domain/recent'
import { marketOf } from '@/domain/tickers'
import type { CapPePoint, Ticker, ValuationPoint } from '@/domain/types'
import { fetchDailyBars, fetchRecentDailyBars } from '@/providers/daily-bars'
import type { PharmaBoardName } from '@/providers/eastmoney/industry-valuation'
import { fetchFxHistory, fetchRecentFxHistory } from '@/providers/fx'
import { fetchIndexValuation } from '@/providers/index-valuation'
import { fetchIndustryValuation } from '@/providers/industry-valuation'
import { fetchNews } from '@/providers/news'
import type { Sourced } from '@/providers/provenance'
import { fetchQuotes } from '@/providers/quotes'
import {
  fetchCapPeHistory,
  fetchRecentCapPeHistory,
  fetchValuationHistory,
} from '@/providers/valuation'
import { quoteRefetchInterval } from '@/queries/quote-polling'

const minutes = 60_000
const hours = 60 * minutes

/**
 * Query options per data kind, general → specific keys; every queryFn input is in its key. Every
 * queryFn returns the root provider's `{ data, provenance }` (`Sourced<T>`, src/providers/
 * provenance.ts); hooks and `select`s read `.data`, panels show `.provenance`.
 * Caching follows the data: daily bars, valuations and FX change once a day (fresh for hours, kept
 * for a day), news within minutes, quotes per poll (every 20 s while a market of the batch is in
 * session, not otherwise: see quote-polling.ts).
 *
 * `recent*`: the latest part of a history (src/domain/recent.ts): the last `recentSessions` bars or
 * fixings, three years of Baidu valuation. The dashboard draws its first chart from them while the
 * whole histories wait (see `useRecentFirst` in use-market-data.ts); their keys extend the whole
 * history's, so invalidating a kind refreshes both.
 */
export const marketQueries = {
  all: () => ['market'] as const,
  dailyBars: (ticker: Ticker) =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'daily-bars', ticker] as const,
      queryFn: ({ signal }) => fetchDailyBars(ticker, { signal }),
      staleTime: 4 * hours,
      gcTime: 24 * hours,
    }),
  recentDailyBars: (ticker: Ticker) =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'daily-bars', ticker, 'recent'] as const,
      queryFn: ({ signal }) => fetchRecentDailyBars(ticker, recentSessions, { signal }),
      staleTime: 4 * hours,
      gcTime: 24 * hours,
    }),
  quotes: (tickers: readonly Ticker[]) =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'quotes', [...tickers].sort()] as const,
      queryFn: ({ signal }) => fetchQuotes(tickers, { signal }),
      staleTime: 15_000,
      gcTime: 5 * minutes,
      refetchInterval: () => quoteRefetchInterval(tickers.map(marketOf)),
    }),
  fx: () =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'fx'] as const,
      queryFn: ({ signal }) => fetchFxHistory({ signal }),
      staleTime: 12 * hours,
      gcTime: 24 * hours,
    }),
  recentFx: () =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'fx', 'recent'] as const,
      queryFn: ({ signal }) => fetchRecentFxHistory(recentSessions, { signal }),
      staleTime: 12 * hours,
      gcTime: 24 * hours,
    }),
  /**
   * Valuation history of a listing, PS-TTM included for HK too (computed from its results). HK
   * listings convert market cap with the cached FX query rather than fetching the rates again, and
   * take market cap and PE-TTM from the cached `capPe` query (the dashboard's), adding PB and the
   * results.
   */
  valuation: (ticker: Ticker) =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'valuation', ticker] as const,
      queryFn: ({ signal, client }): Promise<Sourced<ValuationPoint[]>> =>
        fetchValuationHistory(ticker, {
          signal,
          fx: () => client.ensureQueryData(marketQueries.fx()).then(({ data }) => data),
          capPe: () => client.ensureQueryData(marketQueries.capPe(ticker)).then(({ data }) => data),
        }),
      staleTime: 12 * hours,
      gcTime: 24 * hours,
    }),
  /**
   * Market cap and PE-TTM of a listing: what the dashboard's sector PE and cap weights need. HK
   * listings ask two of the valuation's four requests; an A-share's single request carries every
   * multiple, so its history is the `valuation` query's (shared, fetched once).
   */
  capPe: (ticker: Ticker) =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'cap-pe', ticker] as const,
      queryFn: ({ signal, client }): Promise<Sourced<CapPePoint[]>> =>
        marketOf(ticker) === 'HK'
          ? fetchCapPeHistory(ticker, { signal })
          : client.ensureQueryData(marketQueries.valuation(ticker)),
      staleTime: 12 * hours,
      gcTime: 24 * hours,
    }),
  /**
   * Three years of market cap and PE-TTM (HK, Baidu `近三年`). An A-share's answer is its `capPe`
   * query's, whole (one request either way).
   */
  recentCapPe: (ticker: Ticker) =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'cap-pe', ticker, 'recent'] as const,
      queryFn: async ({
        signal,
        client,
      }): Promise<Sourced<RecentHistory<readonly CapPePoint[]>>> => {
        if (marketOf(ticker) === 'HK') return fetchRecentCapPeHistory(ticker, { signal })
        const whole = await client.ensureQueryData(marketQueries.capPe(ticker))
        return { ...whole, data: { history: whole.data, exactAfter: null } }
      },
      staleTime: 12 * hours,
      gcTime: 24 * hours,
    }),
  /** An A-share pharma industry's valuation as Eastmoney publishes it (RPT_VALUEINDUSTRY_DET). */
  industryValuation: (board: PharmaBoardName) =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'industry-valuation', board] as const,
      queryFn: ({ signal }) => fetchIndustryValuation(board, { signal }),
      staleTime: 12 * hours,
      gcTime: 24 * hours,
    }),
  /** Close and vendor PE-TTM of a published sector index (CSI code, e.g. 000991) since 2018. */
  indexValuation: (code: string) =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'index-valuation', code] as const,
      queryFn: ({ signal }) => fetchIndexValuation(code, { signal }),
      staleTime: 12 * hours,
      gcTime: 24 * hours,
    }),
  news: (ticker: Ticker) =>
    queryOptions({
      queryKey: [...marketQueries.all(), 'news', ticker] as const,
      queryFn: ({ signal }) => fetchNews(ticker, { signal }),
      staleTime: 10 * minutes,
      gcTime: hours,
    }),
}
