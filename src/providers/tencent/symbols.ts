import { exchangeOf, isTicker, tickerCode } from '@/domain/tickers'
import type { Ticker } from '@/domain/types'

const prefixes = { HKEX: 'hk', SSE: 'sh', SZSE: 'sz' } as const

/**
 * Tencent's symbol for a listing: `hk02696` (5-digit HK code), `sh600276`, `sz300760`.
 * Throws for a string that is not a canonical ticker (a programming error, not an upstream one).
 */
export function toTencentSymbol(ticker: Ticker): string {
  if (!isTicker(ticker)) throw new Error(`"${ticker}" is not a canonical ticker`)
  return `${prefixes[exchangeOf(ticker)]}${tickerCode(ticker)}`
}
