import { marketOf } from '@/domain/tickers'
import type { Market, Quote, Ticker } from '@/domain/types'
import { fetchEastmoneyQuotes } from '@/providers/eastmoney/quotes'
import { type Attempt, firstSuccessful, sourceState } from '@/providers/fallback'
import {
  closeTimes,
  exchangeNow,
  type Freshness,
  provenanceFrom,
  type SourceName,
  type Sourced,
  stalest,
} from '@/providers/provenance'
import { fetchTencentQuotes } from '@/providers/tencent/quotes'

/** Latest quotes for a batch, plus the tickers no quote came back for. */
export interface QuoteBatch {
  quotes: Quote[]
  missing: Ticker[]
}

/**
 * Latest quotes: Tencent's batch endpoint (the GBK `/q=` path, decoded with
 * `TextDecoder('gbk')`), else Eastmoney `ulist.np` on push2, else on its delayed twin push2delay
 * (reported to keep answering when push2 sends 502 pages). Tickers the answering source does not
 * know are asked of the next sources (best effort; their failure leaves them `missing`).
 *
 * PE-TTM comes from Tencent only: Eastmoney's list field is the dynamic PE, so quotes from the
 * fallback carry `peTtm: null` (the watchlist shows "—", and the provenance names the source).
 *
 * Freshness, per quote: a quote of an earlier day, or stamped at or after the close, is
 * end-of-day; an intraday quote is delayed for HK (the free feeds are delayed ~15 min; Eastmoney
 * lists HK among its delayed markets) and from push2delay, real-time for A-shares otherwise.
 */
export async function fetchQuotes(
  tickers: readonly Ticker[],
  { signal }: { signal?: AbortSignal | undefined } = {},
): Promise<Sourced<QuoteBatch>> {
  const attempts = quoteAttempts()
  const ask = (list: readonly Ticker[]) =>
    attempts.map(({ source, fetch }): Attempt<QuoteBatch> => ({
      source,
      run: (s) => fetch(list, s),
    }))
  const outcome = await firstSuccessful(ask(tickers), { signal })
  const sourceOf = new Map<Ticker, SourceName>(
    outcome.value.quotes.map((quote) => [quote.ticker, outcome.source]),
  )
  let { quotes, missing } = outcome.value
  const alsoFrom: SourceName[] = []

  const answered = attempts.findIndex(({ source }) => source === outcome.source)
  const later = ask(missing)
    .slice(answered + 1)
    .filter(({ source }) => sourceState(source) === 'ready')
  if (missing.length > 0 && later.length > 0) {
    try {
      const filler = await firstSuccessful(later, { signal })
      if (filler.value.quotes.length > 0) alsoFrom.push(filler.source)
      for (const quote of filler.value.quotes) sourceOf.set(quote.ticker, filler.source)
      quotes = [...quotes, ...filler.value.quotes]
      missing = filler.value.missing
    } catch (error) {
      if (signal?.aborted) throw error
      // Best effort: the tickers stay missing; the failure is remembered by fallback.ts.
    }
  }

  const order = new Map(tickers.map((ticker, i) => [ticker, i]))
  quotes.sort((a, b) => (order.get(a.ticker) ?? 0) - (order.get(b.ticker) ?? 0))
  const now = Date.now()
  const byMarket: Partial<Record<Market, Freshness>> = {}
  let overall: Freshness | null = null
  for (const quote of quotes) {
    const freshness = quoteFreshness(quote, sourceOf.get(quote.ticker) ?? outcome.source, now)
    const market = marketOf(quote.ticker)
    const known = byMarket[market]
    byMarket[market] = known ? stalest(known, freshness) : freshness
    overall = overall === null ? freshness : stalest(overall, freshness)
  }
  const asOf = quotes.reduce<string | null>(
    (latest, quote) =>
      latest === null || Date.parse(quote.asOf) > Date.parse(latest) ? quote.asOf : latest,
    null,
  )
  return {
    data: { quotes, missing },
    provenance: provenanceFrom(outcome, {
      asOf,
      freshness: overall ?? 'end-of-day',
      freshnessByMarket: byMarket,
      alsoFrom,
      now,
    }),
  }
}

function quoteAttempts(): {
  source: SourceName
  fetch: (tickers: readonly Ticker[], signal: AbortSignal | undefined) => Promise<QuoteBatch>
}[] {
  return [
    {
      source: 'Tencent quotes',
      fetch: (tickers, signal) => fetchTencentQuotes(tickers, { signal, charset: 'gbk' }),
    },
    {
      source: 'Eastmoney ulist',
      fetch: (tickers, signal) => fetchEastmoneyQuotes(tickers, { signal }),
    },
    {
      source: 'Eastmoney ulist (delayed host)',
      fetch: (tickers, signal) => fetchEastmoneyQuotes(tickers, { signal, host: 'push2delay' }),
    },
  ]
}

/** How fresh one quote is (see fetchQuotes). */
export function quoteFreshness(quote: Quote, source: SourceName, now: number): Freshness {
  const market = marketOf(quote.ticker)
  const today = exchangeNow(now).slice(0, 10)
  const stamp = exchangeNow(Date.parse(quote.asOf))
  if (stamp.slice(0, 10) < today || stamp.slice(11, 19) >= closeTimes[market]) return 'end-of-day'
  if (source === 'Eastmoney ulist (delayed host)' || market === 'HK') return 'delayed'
  return 'real-time'
}
