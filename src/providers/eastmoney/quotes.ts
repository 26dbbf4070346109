import { isIsoDate } from '@/domain/dates'
import { marketOf } from '@/domain/tickers'
import type { IsoDateTime, Market, Quote, Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'
import { getText, parseJson, UpstreamDataError } from '@/providers/http'
import { toSecid } from '@/providers/eastmoney/secid'
import {
  type WireUlistRow,
  WireUlistResponse,
  type WireUlistValue,
} from '@/providers/eastmoney/wire'
import { upstreamPath } from '@/providers/upstream'
import { validateWire } from '@/providers/validate'

/** Secids per request (as the Tencent batches). */
export const eastmoneyQuoteBatchSize = 60

export const eastmoneyQuoteFields =
  'f2,f3,f4,f5,f6,f9,f12,f13,f14,f15,f16,f17,f18,f20,f21,f23,f124,f297'

/** Integer scale of prices without `fltt`: 10^decimals (HK 3 decimals, A-shares 2). */
const priceScale: Record<Market, number> = { HK: 1000, A: 100 }
/** Percentages (f3) come ×100 without `fltt`. */
const percentScale = 100
/** Shares per volume unit: A-share volume is in lots (手). */
const sharesPerVolumeUnit: Record<Market, number> = { HK: 1, A: 100 }
/** f3 is rounded to 2 decimals: anything further off means mis-scaled or moved fields. */
const changePercentTolerance = 0.05

export interface EastmoneyQuoteOptions {
  signal?: AbortSignal | undefined
  /** `push2` (default; A-shares real-time) or its delayed twin `push2delay`. */
  host?: 'push2' | 'push2delay'
  /** `2` asks for decimals (`fltt=2`); default: scaled integers (no `fltt`), as the site asks. */
  fltt?: 2
}

export interface EastmoneyQuoteBatch {
  quotes: Quote[]
  /** Tickers without a row, or whose row has no last price (`"-"`: no trade, suspended). */
  missing: Ticker[]
}

/**
 * Latest quotes from Eastmoney's batch list endpoint
 * (`push2.eastmoney.com/api/qt/ulist.np/get?secids=116.02696,1.600276&fields=…`), 60 per request.
 *
 * - Without `fltt` (the default) prices are integers scaled by 10^decimals (HK ÷1000, A ÷100),
 *   f3 (change %) ÷100; a price with a fraction there is an error (the answer is not what was
 *   asked). With `fltt: 2` all values are decimals.
 * - `change` is last / previous close − 1, cross-checked against f3; `asOf` is f124 (unix
 *   seconds) at +08:00, else the f297 trade date at the market's close.
 * - `marketCap` is f20 in the trading currency (never scaled). `peTtm` is always null: f9 is the
 *   dynamic PE (annualised latest quarter), not a trailing-twelve-month PE.
 * - A-share volume (f5) is in lots and converted to shares; f6 is turnover in the currency.
 *
 * Throws UpstreamDataError for `rc ≠ 0`, `data: null`, rows for unrequested secids, malformed or
 * inconsistent rows, or when no requested ticker came back; HttpError / NetworkError on failure.
 */
export async function fetchEastmoneyQuotes(
  tickers: readonly Ticker[],
  { signal, host = 'push2', fltt }: EastmoneyQuoteOptions = {},
): Promise<EastmoneyQuoteBatch> {
  const source = host === 'push2' ? 'Eastmoney ulist' : 'Eastmoney ulist (delayed host)'
  const requested = [...new Set(tickers)]
  if (requested.length === 0) return { quotes: [], missing: [] }
  const secids = requested.map(toSecid)
  const byTicker = new Map<Ticker, WireUlistRow>()

  const batches = chunk(requested, eastmoneyQuoteBatchSize)
  const answers = await Promise.all(
    batches.map(async (batch) => {
      const query = new URLSearchParams({
        ...(fltt ? { fltt: String(fltt) } : {}),
        secids: batch.map(toSecid).join(','),
        fields: eastmoneyQuoteFields,
      })
      const text = await getText(upstreamPath('eastmoney', host, `/api/qt/ulist.np/get?${query}`), {
        signal,
        source,
      })
      return validateWire(WireUlistResponse, parseJson(text, source), source)
    }),
  )
  for (const [i, answer] of answers.entries()) {
    const batch = batches[i] ?? []
    if (answer.rc !== 0) throw new UpstreamDataError(source, `refused (rc ${answer.rc})`)
    if (answer.data === null) {
      throw new UpstreamDataError(source, `no data for ${batch.join(', ')} (data: null)`)
    }
    const rows = Array.isArray(answer.data.diff)
      ? answer.data.diff
      : Object.values(answer.data.diff)
    for (const row of rows) {
      const secid = `${row.f13}.${row.f12}`
      const index = secids.indexOf(secid)
      const ticker = requested[index]
      if (ticker === undefined) throw new UpstreamDataError(source, `row for unrequested ${secid}`)
      if (byTicker.has(ticker)) throw new UpstreamDataError(source, `two rows for ${secid}`)
      byTicker.set(ticker, row)
    }
  }

  const quotes: Quote[] = []
  const missing: Ticker[] = []
  for (const ticker of requested) {
    const row = byTicker.get(ticker)
    const quote = row && parseRow(row, ticker, source, fltt === 2)
    if (quote) quotes.push(quote)
    else missing.push(ticker)
  }
  if (quotes.length === 0) {
    throw new UpstreamDataError(source, `no quote for ${secids.join(', ')}`)
  }
  return { quotes, missing }
}

/** The quote of one row, or null when it has no last price. */
function parseRow(
  row: WireUlistRow,
  ticker: Ticker,
  source: string,
  decimals: boolean,
): Quote | null {
  const market = marketOf(ticker)
  const secid = `${row.f13}.${row.f12}`
  const fail = (detail: string) => new UpstreamDataError(source, `${secid}: ${detail}`)
  const price = (value: WireUlistValue | undefined, field: string): number | null => {
    if (value === undefined || value === '-') return null
    if (!Number.isFinite(value)) throw fail(`${field} is ${value}`)
    if (decimals) return value
    if (!Number.isInteger(value)) {
      throw fail(`${field} is ${value}: expected a scaled integer (an fltt=2 answer?)`)
    }
    return value / priceScale[market]
  }

  const last = price(row.f2, 'f2 (last)')
  if (last === null) return null
  const previousClose = price(row.f18, 'f18 (previous close)')
  if (last <= 0) throw fail(`last price ${last}`)
  if (previousClose === null || previousClose <= 0) {
    throw fail(`previous close is ${String(row.f18)}`)
  }
  const change = last / previousClose - 1
  if (!Number.isFinite(change)) {
    throw fail(`last ${last} / previous close ${previousClose} is not a usable change`)
  }
  if (row.f3 !== '-') {
    const percent = decimals ? row.f3 : row.f3 / percentScale
    if (Math.abs(percent - change * 100) > changePercentTolerance) {
      throw fail(
        `change ${percent}% (f3) disagrees with last ${last} / previous close ${previousClose}`,
      )
    }
  }
  const name = row.f14.trim()
  if (name === '') throw fail('empty name (f14)')

  const count = (value: WireUlistValue | undefined, field: string) => {
    if (value === undefined || value === '-') return null
    if (!Number.isFinite(value) || value < 0) throw fail(`${field} is ${value}`)
    return value
  }
  const volume = count(row.f5, 'f5 (volume)')
  const amount = count(row.f6, 'f6 (turnover)')
  const cap = count(row.f20, 'f20 (market value)')
  const shares = volume === null ? null : volume * sharesPerVolumeUnit[market]
  if (shares !== null && !Number.isFinite(shares)) throw fail(`f5 (volume) is ${volume}`)
  return {
    ticker,
    name,
    last,
    previousClose,
    change,
    asOf: asOfRow(row, market, fail),
    volume: shares,
    amount,
    marketCap: cap === null || cap === 0 ? null : cap,
    peTtm: null, // f9 is the dynamic PE, not PE-TTM: deliberately not shown as PE-TTM
    currency: findListing(ticker)?.currency ?? (market === 'HK' ? 'HKD' : 'CNY'),
  }
}

const closeTime: Record<Market, string> = { HK: '16:00:00', A: '15:00:00' }
/** 2100-01-01T00:00:00Z in unix seconds. */
const latestUpdateSeconds = 4_102_444_800

function asOfRow(
  row: WireUlistRow,
  market: Market,
  fail: (detail: string) => UpstreamDataError,
): IsoDateTime {
  if (typeof row.f124 === 'number' && row.f124 > 0) {
    // Unix seconds; beyond the year 2100 is not a quote time (and past ±8.64e15 ms no Date at all).
    if (!(row.f124 < latestUpdateSeconds)) {
      throw fail(`update time (f124) ${row.f124} is implausible`)
    }
    const local = new Date(row.f124 * 1000 + 8 * 3_600_000).toISOString()
    return `${local.slice(0, 19)}+08:00`
  }
  const day = /^(\d{4})(\d{2})(\d{2})$/.exec(String(row.f297 ?? ''))
  const date = day ? `${day[1]}-${day[2]}-${day[3]}` : ''
  if (isIsoDate(date)) return `${date}T${closeTime[market]}+08:00`
  throw fail(`no update time (f124) or trade date (f297 ${String(row.f297 ?? 'absent')})`)
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
