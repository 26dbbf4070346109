import { marketOf } from '@/domain/tickers'
import type { DailyBar, Ticker } from '@/domain/types'
import { fetchEastmoneyDailyBars } from '@/providers/eastmoney/kline'
import { firstSuccessful } from '@/providers/fallback'
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
  const market = marketOf(ticker)
  const now = Date.now()
  const last = outcome.value.at(-1)
  const nowText = exchangeNow(now)
  const close = last ? closeInstant(market, last.date) : null
  const intraday = close !== null && Date.parse(close) > now && last?.date === nowText.slice(0, 10)
  const freshness: Freshness = intraday ? 'delayed' : 'end-of-day'
  return {
    data: outcome.value,
    provenance: provenanceFrom(outcome, { asOf: intraday ? nowText : close, freshness, now }),
  }
}
