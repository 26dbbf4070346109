import type { Quote, Ticker } from '@/domain/types'
import { fetchTencentQuotes } from '@/providers/tencent/quotes'

/** Latest quotes for a batch, plus the tickers no quote came back for. */
export interface QuoteBatch {
  quotes: Quote[]
  missing: Ticker[]
}

/** Latest quotes (Tencent batch). */
export function fetchQuotes(
  tickers: readonly Ticker[],
  options: { signal?: AbortSignal } = {},
): Promise<QuoteBatch> {
  return fetchTencentQuotes(tickers, options)
}
