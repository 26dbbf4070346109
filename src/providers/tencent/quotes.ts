import { isIsoDate } from '@/domain/dates'
import { marketOf, tickerCode } from '@/domain/tickers'
import type { Currency, IsoDateTime, Market, Quote, Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'
import { getText, UpstreamDataError } from '@/providers/http'
import { toTencentSymbol } from '@/providers/tencent/symbols'
import {
  tencentAMinFields,
  tencentHkMinFields,
  WireTencentAQuote,
  WireTencentHkQuote,
} from '@/providers/tencent/wire'
import { upstreamPath } from '@/providers/upstream'

const source = 'Tencent quotes'

/** Symbols per request: easyquotation's batch size (other clients use 100). */
export const tencentQuoteBatchSize = 60

/** Latest quotes of a batch of tickers, and the tickers Tencent did not know. */
export interface TencentQuoteBatch {
  /** One quote per ticker Tencent answered for, in request order. */
  quotes: Quote[]
  /** Tickers answered with `v_pv_none_match="1";` or left out of the answer, in request order. */
  missing: Ticker[]
}

export interface TencentQuoteOptions {
  signal?: AbortSignal | undefined
  /**
   * `utf-8` (default) requests `/utf8/q=…`; `gbk` requests the plain `/q=…` path, whose body is
   * GBK and is decoded with `TextDecoder('gbk')`. Both carry the same fields.
   */
  charset?: 'utf-8' | 'gbk'
}

/**
 * Positions in a line split on `~` (0-based). HK: shidenggui/easyquotation `hkquote.py` and a real
 * 2026-08-07 capture; A-share: easyquotation `tencent.py`, chengzuopeng/stock-sdk `parsers.ts`.
 * Both markets share the positions read here; only their units differ (see `units`).
 */
const field = {
  name: 1,
  code: 2,
  last: 3,
  previousClose: 4,
  /** HK: shares; A-share: lots of 100 shares. */
  volume: 6,
  /** HK `YYYY/MM/DD hh:mm:ss`; A-share `YYYYMMDDhhmmss`; exchange time (UTC+8). */
  timestamp: 30,
  /** Change in percent, rounded to 2 decimals: only used to cross-check last / previous close. */
  changePercent: 32,
  /** HK: HKD; A-share: CNY 10 k. */
  amount: 37,
  /** PE (TTM for A-shares; HK: "PE" as Tencent shows it); negative for a loss-maker. */
  pe: 39,
  /** Total market value in 100 m of the trading currency (44 is the float / H-share value). */
  totalMarketCap: 45,
  /** HK only: trading currency, e.g. `HKD`. */
  hkCurrency: 75,
} as const

const units: Record<Market, { sharesPerVolumeUnit: number; amountUnit: number }> = {
  HK: { sharesPerVolumeUnit: 1, amountUnit: 1 },
  A: { sharesPerVolumeUnit: 100, amountUnit: 10_000 },
}

/** Tencent rounds field 32 to 2 decimals; anything further off means the fields have moved. */
const changePercentTolerance = 0.05

/**
 * Latest quotes from Tencent's batch endpoint (`qt.gtimg.cn/utf8/q=hk02696,sh600276`), at most 60
 * symbols per request, batches in parallel.
 *
 * - `change` is computed from last / previous close and cross-checked against Tencent's own
 *   change-percent field; `asOf` is the line's timestamp at `+08:00`.
 * - `marketCap` is field 45 (total, 100 m units) × 1e8; `peTtm` is null when the field is empty or
 *   0 (Tencent has no figure); A-share volume is converted from lots to shares and turnover from
 *   CNY 10 k to CNY.
 * - `currency` is the listing's trading currency from the universe (HKD / CNY by market outside it);
 *   an HK line naming another currency is an error.
 *
 * A ticker Tencent does not know (`v_pv_none_match="1";`, or no line) goes to `missing`. Throws
 * UpstreamDataError when no requested ticker came back, or when any line is malformed (truncated,
 * non-numeric, inconsistent), and HttpError / NetworkError when a request fails.
 */
export async function fetchTencentQuotes(
  tickers: readonly Ticker[],
  { signal, charset = 'utf-8' }: TencentQuoteOptions = {},
): Promise<TencentQuoteBatch> {
  const requested = [...new Set(tickers)]
  if (requested.length === 0) return { quotes: [], missing: [] }
  const symbols = requested.map(toTencentSymbol)

  const bodies = await Promise.all(
    chunk(symbols, tencentQuoteBatchSize).map((batch) => {
      const query = `q=${batch.join(',')}`
      const path = upstreamPath('tencent', 'qt', charset === 'gbk' ? `/${query}` : `/utf8/${query}`)
      return getText(path, { signal, source, ...(charset === 'gbk' ? { encoding: 'gbk' } : {}) })
    }),
  )
  const lines = new Map<string, string>()
  for (const body of bodies) {
    for (const [symbol, value] of parseStatements(body)) lines.set(symbol, value)
  }

  const quotes: Quote[] = []
  const missing: Ticker[] = []
  requested.forEach((ticker, i) => {
    const symbol = symbols[i] ?? ''
    const value = lines.get(symbol)
    if (value === undefined) missing.push(ticker)
    else quotes.push(parseQuoteLine(ticker, symbol, value))
  })
  if (quotes.length === 0) {
    throw new UpstreamDataError(source, `no quote for ${symbols.join(', ')} (unknown symbols)`)
  }
  return { quotes, missing }
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/**
 * `v_hk02696="…";\nv_pv_none_match="1";` → symbol → value, without the no-match statements.
 * Anything between statements other than whitespace and semicolons is an error.
 */
function parseStatements(body: string): Map<string, string> {
  // Sticky (`y`) patterns, local because their lastIndex is state.
  const separators = /[\s;]*/y
  const statement = /v_(\w+)="([^"\r\n]*)"[ \t]*;?/y // a value never spans lines
  const values = new Map<string, string>()
  let count = 0
  let at = 0
  for (;;) {
    separators.lastIndex = at
    separators.exec(body)
    at = separators.lastIndex
    if (at >= body.length) break

    statement.lastIndex = at
    const match = statement.exec(body)
    if (!match) throw new UpstreamDataError(source, describeUnexpected(body.slice(at)))
    const [, symbol = '', value = ''] = match
    if (symbol !== 'pv_none_match') {
      if (values.has(symbol)) {
        throw new UpstreamDataError(source, `${symbol}: two lines in one answer`)
      }
      values.set(symbol, value)
    }
    count += 1
    at = statement.lastIndex
  }
  if (count === 0) throw new UpstreamDataError(source, 'empty answer')
  return values
}

function describeUnexpected(rest: string): string {
  const start = rest.slice(0, 60).replace(/\s+/g, ' ')
  if (/^<(!doctype|html)/i.test(start)) {
    return 'expected v_<symbol>="…"; statements but received an HTML page'
  }
  const symbol = /^v_(\w+)="/.exec(rest)?.[1]
  if (symbol !== undefined) return `${symbol}: unterminated line (truncated answer?)`
  return `expected v_<symbol>="…"; statements but received "${start}"`
}

function parseQuoteLine(ticker: Ticker, symbol: string, value: string): Quote {
  const market = marketOf(ticker)
  const fields = value.split('~')
  const [schema, minFields] =
    market === 'HK'
      ? [WireTencentHkQuote, tencentHkMinFields]
      : [WireTencentAQuote, tencentAMinFields]
  if (!schema.safeParse(fields).success) {
    throw new UpstreamDataError(
      source,
      `${symbol}: line has ${fields.length} fields, expected at least ${minFields} (truncated?)`,
    )
  }
  const text = (index: number) => fields[index] ?? ''
  const fail = (detail: string) => new UpstreamDataError(source, `${symbol}: ${detail}`)

  const code = text(field.code)
  if (code !== tickerCode(ticker)) throw fail(`line is for code "${code}"`)
  const name = text(field.name).trim()
  if (name === '') throw fail(`empty name (field ${field.name})`)

  const number = (index: number, label: string) => readNumber(fields, index, label, symbol)
  const optional = (index: number, label: string) =>
    text(index).trim() === '' ? null : number(index, label)
  const nonZero = (value: number | null) => (value === 0 ? null : value)

  const last = number(field.last, 'last price')
  const previousClose = number(field.previousClose, 'previous close')
  if (last <= 0) throw fail(`last price (field ${field.last}) is ${last}`)
  if (previousClose <= 0) {
    throw fail(`previous close (field ${field.previousClose}) is ${previousClose}`)
  }
  const change = last / previousClose - 1
  if (!Number.isFinite(change)) {
    throw fail(`last ${last} / previous close ${previousClose} is not a usable change`)
  }

  const reportedPercent = optional(field.changePercent, 'change %')
  if (
    reportedPercent !== null &&
    Math.abs(reportedPercent - change * 100) > changePercentTolerance
  ) {
    throw fail(
      `change ${reportedPercent}% (field ${field.changePercent}) disagrees with last ${last} / previous close ${previousClose}`,
    )
  }

  const currency = findListing(ticker)?.currency ?? (market === 'HK' ? 'HKD' : 'CNY')
  if (market === 'HK') checkCurrency(text(field.hkCurrency), currency, fail)

  const { sharesPerVolumeUnit, amountUnit } = units[market]
  // Scaled to shares, currency units and currency: the products must stay finite too.
  const scaled = (value: number | null, unit: number, index: number, label: string) => {
    if (value === null) return null
    const product = value * unit
    if (!Number.isFinite(product)) throw fail(`${label} (field ${index}) is ${value}`)
    return product
  }
  const volume = optional(field.volume, 'volume')
  const amount = optional(field.amount, 'amount')
  const marketCap = nonZero(optional(field.totalMarketCap, 'total market value'))
  return {
    ticker,
    name,
    last,
    previousClose,
    change,
    asOf: parseTimestamp(text(field.timestamp), fail),
    volume: scaled(volume, sharesPerVolumeUnit, field.volume, 'volume'),
    amount: scaled(amount, amountUnit, field.amount, 'amount'),
    marketCap: scaled(marketCap, 1e8, field.totalMarketCap, 'total market value'),
    peTtm: nonZero(optional(field.pe, 'PE')),
    currency,
  }
}

function checkCurrency(
  reported: string,
  expected: Currency,
  fail: (detail: string) => UpstreamDataError,
) {
  if (reported !== '' && reported !== expected) {
    throw fail(`currency "${reported}" (field ${field.hkCurrency}), expected ${expected}`)
  }
}

const decimal = /^[-+]?\d+(?:\.\d+)?$/

/** A finite decimal number, or an UpstreamDataError naming the symbol, field and text. */
function readNumber(fields: readonly string[], index: number, label: string, symbol: string) {
  const text = (fields[index] ?? '').trim()
  const value = decimal.test(text) ? Number(text) : Number.NaN
  if (!Number.isFinite(value)) {
    throw new UpstreamDataError(
      source,
      `${symbol}: ${label} (field ${index}) is "${text}", not a number`,
    )
  }
  return value
}

// `2026/08/07 16:08:23` (HK) or `20260807150003` (A-share); dashes tolerated in place of slashes.
const timestamp =
  /^(\d{4})[-/]?(0[1-9]|1[0-2])[-/]?(0[1-9]|[12]\d|3[01]) ?([01]\d|2[0-3]):?([0-5]\d):?([0-5]\d)$/

function parseTimestamp(text: string, fail: (detail: string) => UpstreamDataError): IsoDateTime {
  const match = timestamp.exec(text.trim())
  if (!match) throw fail(`timestamp (field ${field.timestamp}) is "${text}"`)
  const [, year, month, day, hour, minute, second] = match
  const date = `${year}-${month}-${day}`
  // The pattern lets 2026/02/31 through, which Date.parse would read as 3 March.
  if (!isIsoDate(date)) throw fail(`timestamp (field ${field.timestamp}) is "${text}"`)
  return `${date}T${hour}:${minute}:${second}+08:00`
}
