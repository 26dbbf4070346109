import { windowExactAfter, type RecentHistory } from '@/domain/recent'
import { marketOf } from '@/domain/tickers'
import type { DailyBar, Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'
import { fetchEastmoneyDailyBars } from '@/providers/eastmoney/kline'
import { firstSuccessful, type Outcome } from '@/providers/fallback'
import {
  closeInstant,
  exchangeNow,
  type Freshness,
  provenanceFrom,
  type Sourced,
} from '@/providers/provenance'
import { fetchTencentDailyBars } from '@/providers/tencent/kline'

/**
 * Full forward-adjusted daily history of a listing, oldest first: Eastmoney kline, else Tencent
 * fqkline (paged by calendar year), with the failure memory and Retry-After handling of
 * fallback.ts. The provenance is end-of-day as of the last bar's close; when the last bar is
 * today's and the session is still running (the vendors update it intraday), it is labelled
 * delayed, as of the fetch.
 */
export async function fetchDailyBars(
  ticker: Ticker,
  { signal }: { signal?: AbortSignal | undefined } = {},
): Promise<Sourced<DailyBar[]>> {
  const outcome = await firstSuccessful<DailyBar[]>(
    [
      { source: 'Eastmoney kline', run: (s) => fetchEastmoneyDailyBars(ticker, { signal: s }) },
      { source: 'Tencent fqkline', run: (s) => fetchTencentDailyBars(ticker, { signal: s }) },
    ],
    { signal },
  )
  return sourcedBars(ticker, outcome, outcome.value)
}

/**
 * The last `sessions` daily bars of a listing (a recent window, see src/domain/recent.ts), oldest
 * first, for a first chart before the whole history: Eastmoney kline with `lmt=sessions` (fewer
 * bars than asked is the whole history), else Tencent fqkline for the last three calendar years,
 * cut to the last `sessions` bars (the whole history when the listing is younger). Same prices,
 * provenance and failure handling as {@link fetchDailyBars}.
 */
export async function fetchRecentDailyBars(
  ticker: Ticker,
  sessions: number,
  { signal }: { signal?: AbortSignal | undefined } = {},
): Promise<Sourced<RecentHistory<DailyBar[]>>> {
  const outcome = await firstSuccessful<RecentHistory<DailyBar[]>>(
    [
      {
        source: 'Eastmoney kline',
        run: async (s) => {
          const bars = await fetchEastmoneyDailyBars(ticker, { signal: s, limit: sessions })
          const dates = bars.map((bar) => bar.date)
          return { history: bars, exactAfter: windowExactAfter(dates, bars.length < sessions) }
        },
      },
      {
        source: 'Tencent fqkline',
        run: async (s) => {
          const fromYear = Number(exchangeNow().slice(0, 4)) - 2
          const listedYear = Number(findListing(ticker)?.listingDate.slice(0, 4) ?? Number.NaN)
          const all = await fetchTencentDailyBars(ticker, { signal: s, fromYear })
          const bars = all.slice(-sessions)
          const whole = listedYear >= fromYear && bars.length === all.length
          return {
            history: bars,
            exactAfter: windowExactAfter(
              bars.map((bar) => bar.date),
              whole,
            ),
          }
        },
      },
    ],
    { signal },
  )
  return sourcedBars(ticker, outcome, outcome.value.history)
}

/**
 * Bars with their provenance: end-of-day as of the last bar's close; when the last bar is today's
 * and the session is still running (the vendors update it intraday), delayed, as of the fetch.
 */
function sourcedBars<T>(
  ticker: Ticker,
  outcome: Outcome<T>,
  bars: readonly DailyBar[],
): Sourced<T> {
  const market = marketOf(ticker)
  const now = Date.now()
  const last = bars.at(-1)
  const nowText = exchangeNow(now)
  const close = last ? closeInstant(market, last.date) : null
  const intraday = close !== null && Date.parse(close) > now && last?.date === nowText.slice(0, 10)
  const freshness: Freshness = intraday ? 'delayed' : 'end-of-day'
  return {
    data: outcome.value,
    provenance: provenanceFrom(outcome, { asOf: intraday ? nowText : close, freshness, now }),
  }
}
