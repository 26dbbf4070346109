import { marketOf, tickerCode } from '@/domain/tickers'
import type { Ticker } from '@/domain/types'

/**
 * Eastmoney security id `<market>.<code>` of a listing (upstream-apis.md §1.1):
 * `116.02696` for Hong Kong (5 digits), `1.600276` for Shanghai (STAR 688xxx included),
 * `0.300760` / `0.000661` for Shenzhen.
 *
 * Throws a RangeError for a string that only looks like a ticker (`2696.HK`, `60027.SH`).
 */
export function toSecid(ticker: Ticker): string {
  const code = tickerCode(ticker)
  if (marketOf(ticker) === 'HK') {
    if (!/^\d{5}$/.test(code)) throw new RangeError(`Eastmoney: no secid for "${ticker}"`)
    return `116.${code}`
  }
  if (!/^\d{6}$/.test(code)) throw new RangeError(`Eastmoney: no secid for "${ticker}"`)
  return `${ticker.endsWith('.SH') ? 1 : 0}.${code}`
}
