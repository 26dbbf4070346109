import type { Exchange, Market, Ticker } from '@/domain/types'

/** Result of parsing user or URL input: a canonical ticker, or a message naming the input. */
export type TickerParse = { ok: true; ticker: Ticker } | { ok: false; error: string }

const shanghaiPrefixes = ['600', '601', '603', '605', '688', '689']
const shenzhenPrefixes = ['000', '001', '002', '003', '300', '301']

function exchangeOfASharesCode(code: string): 'SH' | 'SZ' | null {
  const prefix = code.slice(0, 3)
  if (shanghaiPrefixes.includes(prefix)) return 'SH'
  if (shenzhenPrefixes.includes(prefix)) return 'SZ'
  return null
}

function hongKong(digits: string): Ticker | null {
  if (digits.length > 5 || Number(digits) === 0) return null
  return `${digits.padStart(5, '0')}.HK`
}

function aShare(code: string, suffix: 'SH' | 'SZ' | null): Ticker | null {
  const exchange = exchangeOfASharesCode(code)
  if (exchange === null || (suffix !== null && suffix !== exchange)) return null
  return `${code}.${exchange}`
}

/**
 * Parses the ways people write a listing into one canonical id.
 *
 * Accepted (case-insensitive, surrounding spaces and full-width characters tolerated):
 * - Hong Kong: `02696`, `2696`, `2696.HK`, `02696.HK`, `HK.02696`, `HK02696`, `hk2696`
 * - Shanghai / Shenzhen: `600276`, `600276.SH`, `600276.SS` (Yahoo), `SH600276`, `SH.600276`,
 *   `300760.SZ`, `sz300760`
 *
 * A bare 1–5 digit code is Hong Kong; a bare 6-digit code is placed on its exchange by prefix
 * (600/601/603/605/688/689 Shanghai, 000/001/002/003/300/301 Shenzhen). A suffix that contradicts
 * the prefix (`600276.SZ`) is rejected rather than corrected.
 */
export function parseTicker(input: string): TickerParse {
  const text = input.normalize('NFKC').trim().toUpperCase()
  const fail = (): TickerParse => ({
    ok: false,
    error: `"${input.trim()}" is not a ticker we recognise: use a code such as 02696, 2696.HK, 600276.SH or sz300760`,
  })

  let match = /^(\d{1,5})(?:\.HK)?$/.exec(text) ?? /^HK\.?(\d{1,5})$/.exec(text)
  if (match?.[1] !== undefined) {
    const ticker = hongKong(match[1])
    return ticker ? { ok: true, ticker } : fail()
  }

  match = /^(\d{6})(?:\.(SH|SS|SZ))?$/.exec(text)
  if (match?.[1] !== undefined) {
    const suffix = match[2] === undefined ? null : match[2] === 'SZ' ? 'SZ' : 'SH'
    const ticker = aShare(match[1], suffix)
    return ticker ? { ok: true, ticker } : fail()
  }

  match = /^(SH|SZ)\.?(\d{6})$/.exec(text)
  if (match?.[1] !== undefined && match[2] !== undefined) {
    const ticker = aShare(match[2], match[1] === 'SH' ? 'SH' : 'SZ')
    return ticker ? { ok: true, ticker } : fail()
  }

  return fail()
}

/** True when the string is already a canonical ticker id. */
export function isTicker(value: string): value is Ticker {
  const parsed = parseTicker(value)
  return parsed.ok && parsed.ticker === value
}

/** The digits of a ticker: `02696` for `02696.HK`, `600276` for `600276.SH`. */
export function tickerCode(ticker: Ticker): string {
  return ticker.slice(0, ticker.indexOf('.'))
}

/** `HK` for HKEX listings, `A` for Shanghai and Shenzhen. */
export function marketOf(ticker: Ticker): Market {
  return ticker.endsWith('.HK') ? 'HK' : 'A'
}

export function exchangeOf(ticker: Ticker): Exchange {
  if (ticker.endsWith('.HK')) return 'HKEX'
  return ticker.endsWith('.SH') ? 'SSE' : 'SZSE'
}
