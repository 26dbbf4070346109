import { http, HttpResponse, type RequestHandler } from 'msw'
import type { IsoDate } from '@/domain/types'
import { findListing } from '@/domain/universe'
import {
  tencentNoMatchStatement,
  type WireTencentAQuote,
  type WireTencentHkQuote,
  type WireTencentKlineResponse,
  type WireTencentKlineSeries,
} from '@/providers/tencent/wire'
import { encodeGbk } from '@mocks/handlers/gbk'
import { deriveValuations } from '@mocks/snapshot/derive'
import type { Snapshot, SnapshotBar, SnapshotListing } from '@mocks/snapshot/types'

/** The UTF-8 batch quote path; the last segment is `q=hk02696,sh600276`. */
export const tencentQuotePath = '*/upstream/tencent/qt/utf8/:query'

/** The GBK batch quote path (`qt.gtimg.cn/q=hk02696,sh600276`), the one the app reads. */
export const tencentGbkQuotePath = '*/upstream/tencent/qt/:query'

/** A quote answer as `qt.gtimg.cn/q=` sends it: the statements in GBK bytes. */
export function tencentGbkResponse(body: string, init: ResponseInit = {}): HttpResponse<BodyInit> {
  return new HttpResponse(encodeGbk(body), {
    ...init,
    headers: { 'Content-Type': 'text/html; charset=GBK' },
  })
}

/** The daily kline endpoint (`web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=…`). */
export const tencentKlinePath = '*/upstream/tencent/ifzq/appstock/app/fqkline/get'

/** What one quote line reports, in plain units: shares, trading currency, not 100 m or lots. */
export interface TencentQuoteInput {
  /** `hk02696`, `sh600276`, `sz300760`: the market is read from the prefix. */
  symbol: string
  name: string
  date: IsoDate
  /** `hh:mm:ss`; default 16:08:00 (HK) / 15:00:00 (A-share), end-of-day stamps. */
  time?: string
  last: number
  previousClose: number
  open?: number
  high?: number
  low?: number
  /** Shares traded; default 0. */
  volume?: number
  /** Turnover in the trading currency; default last × volume. */
  amount?: number
  /** Total market value in the trading currency; null or absent leaves the fields empty. */
  marketCap?: number | null
  totalShares?: number | null
  peTtm?: number | null
  /** A-share lines only (HK lines carry no PB field that is known). */
  pb?: number | null
  yearHigh?: number
  yearLow?: number
  /** HK line only; default HKD. */
  currency?: string
  nameEn?: string
  lotSize?: number
  /** A-share daily limit as a fraction (0.1 main boards, 0.2 STAR / ChiNext); default 0.1. */
  priceLimit?: number
}

const fixed = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined ? '' : value.toFixed(digits)

/**
 * The `~` fields of one line, positions as Tencent sends them (written out here independently of
 * the provider's field table). HK: 78 fields, A-share: 88; fields the app does not read carry
 * plausible filler.
 */
export function tencentQuoteFields(
  input: TencentQuoteInput,
): WireTencentHkQuote | WireTencentAQuote {
  const { symbol, last, previousClose } = input
  const hk = symbol.startsWith('hk')
  const code = symbol.slice(2)
  const open = input.open ?? previousClose
  const high = input.high ?? Math.max(open, last)
  const low = input.low ?? Math.min(open, last)
  const volume = input.volume ?? 0
  const amount = input.amount ?? last * volume
  const capIn100m = input.marketCap == null ? null : input.marketCap / 1e8
  const shares = input.totalShares ?? null
  const turnoverPercent = shares ? (volume / shares) * 100 : null
  const averagePrice = volume > 0 ? amount / volume : last
  const change = last - previousClose
  const changePercent = (last / previousClose - 1) * 100
  const amplitude = ((high - low) / previousClose) * 100
  const [yearHigh, yearLow] = [input.yearHigh ?? high, input.yearLow ?? low]

  if (hk) {
    const price = (value: number) => value.toFixed(3)
    const stamp = `${input.date.replaceAll('-', '/')} ${input.time ?? '16:08:00'}`
    const fields = Array.from({ length: 78 }, (_, i) => (i >= 10 && i <= 28 ? '0' : ''))
    Object.assign(fields, {
      0: '100',
      1: input.name,
      2: code,
      3: price(last),
      4: price(previousClose),
      5: price(open),
      6: volume.toFixed(1),
      7: '0',
      8: '0',
      9: price(last),
      19: price(last),
      29: volume.toFixed(1),
      30: stamp,
      31: change.toFixed(3),
      32: changePercent.toFixed(2),
      33: price(high),
      34: price(low),
      35: price(last),
      36: volume.toFixed(1),
      37: amount.toFixed(3),
      38: '0',
      39: fixed(input.peTtm, 2),
      41: '0',
      42: '0',
      43: amplitude.toFixed(2),
      44: fixed(capIn100m, 4), // float (H-share) value: the whole issuer here
      45: fixed(capIn100m, 4), // total value
      46: (input.nameEn ?? '').toUpperCase(),
      48: price(yearHigh),
      49: price(yearLow),
      59: fixed(turnoverPercent, 2),
      60: String(input.lotSize ?? 100),
      69: fixed(shares, 0),
      70: fixed(shares, 0),
      73: price(averagePrice),
      75: input.currency ?? 'HKD',
      76: '1',
      77: '50',
    })
    return fields
  }

  const price = (value: number) => value.toFixed(2)
  const lots = Math.round(volume / 100)
  const outer = Math.ceil(lots / 2)
  const limit = input.priceLimit ?? 0.1
  const stamp = `${input.date.replaceAll('-', '')}${(input.time ?? '15:00:00').replaceAll(':', '')}`
  const fields = Array.from({ length: 88 }, () => '')
  for (let level = 0; level < 5; level += 1) {
    fields[9 + level * 2] = price(last - level * 0.01) // bid 1..5
    fields[10 + level * 2] = String(10 * (level + 1))
    fields[19 + level * 2] = price(last + (level + 1) * 0.01) // ask 1..5
    fields[20 + level * 2] = String(10 * (level + 2))
  }
  Object.assign(fields, {
    0: symbol.startsWith('sh') ? '1' : '51',
    1: input.name,
    2: code,
    3: price(last),
    4: price(previousClose),
    5: price(open),
    6: String(lots),
    7: String(outer),
    8: String(lots - outer),
    30: stamp,
    31: change.toFixed(2),
    32: changePercent.toFixed(2),
    33: price(high),
    34: price(low),
    35: `${price(last)}/${lots}/${Math.round(amount)}`,
    36: String(lots),
    37: String(Math.round(amount / 10_000)),
    38: fixed(turnoverPercent, 2),
    39: fixed(input.peTtm, 2),
    41: price(high),
    42: price(low),
    43: amplitude.toFixed(2),
    44: fixed(capIn100m, 2), // float value: the whole issuer here
    45: fixed(capIn100m, 2), // total value
    46: fixed(input.pb, 2),
    47: price(previousClose * (1 + limit)),
    48: price(previousClose * (1 - limit)),
    49: '1.00',
    50: '0',
    51: price(averagePrice),
    57: (amount / 10_000).toFixed(4),
    58: '0.0000',
    59: '0',
    61: 'GP-A',
    67: price(yearHigh),
    68: price(yearLow),
    72: fixed(shares, 0),
    73: fixed(shares, 0),
    76: fixed(shares, 0),
    82: 'CNY',
    83: '0',
  })
  return fields
}

/** One statement as Tencent sends it: `v_hk02696="100~复宏汉霖~02696~…";`. */
export function tencentQuoteLine(input: TencentQuoteInput): string {
  return `v_${input.symbol}="${tencentQuoteFields(input).join('~')}";`
}

/** Seconds of the end-of-day stamp, spread by code so lines do not all share one instant. */
function stampSeconds(code: string): string {
  return String(Number(code) % 60).padStart(2, '0')
}

/** The line for a listing's last bar (end-of-day), or null when the snapshot has no bar. */
function snapshotLine(snapshot: Snapshot, listing: SnapshotListing): string | null {
  const valuation = deriveValuations(snapshot, listing.ticker).at(-1)
  const bar = listing.bars.at(-1)
  const universeListing = findListing(listing.ticker)
  if (!valuation || !bar || !universeListing) return null
  const [date, open, close, high, low, volume] = bar
  const yearAgo = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`
  const lastYear = listing.bars.filter(([day]) => day > yearAgo)
  const hk = universeListing.market === 'HK'
  const code = listing.tencent.slice(2)
  return tencentQuoteLine({
    symbol: listing.tencent,
    name: listing.name,
    nameEn: universeListing.nameEn,
    date,
    time: `${hk ? '16:08' : '15:00'}:${stampSeconds(code)}`,
    open,
    last: close,
    previousClose: valuation.previousClose ?? close,
    high,
    low,
    volume,
    amount: close * volume,
    marketCap: valuation.marketCap,
    totalShares: valuation.totalShares,
    peTtm: valuation.peTtm,
    pb: valuation.pb,
    yearHigh: Math.max(...lastYear.map(([, , , barHigh]) => barHigh)),
    yearLow: Math.min(...lastYear.map(([, , , , barLow]) => barLow)),
    currency: universeListing.currency,
    lotSize: universeListing.lotSize,
    priceLimit: universeListing.board === 'STAR' || universeListing.board === 'ChiNext' ? 0.2 : 0.1,
  })
}

/**
 * An fqkline answer for one symbol, as web.ifzq.gtimg.cn sends it: rows `[date, open, close,
 * high, low, volume]` as strings (HK prices with 3 decimals, A-shares with 2; HK volume in shares,
 * A-share volume in lots, both with 2 decimals), under `qfqday`, with a `qt` quote summary and
 * `prec` (the close before the first row). `variable` adds the `_var=` prefix (`kline_dayqfq=`).
 */
export function tencentKlineBody(
  symbol: string,
  name: string,
  bars: readonly SnapshotBar[],
  previousClose: number | null,
  variable?: string,
): string {
  const hk = symbol.startsWith('hk')
  const price = (value: number) => value.toFixed(hk ? 3 : 2)
  const rows = bars.map(([date, open, close, high, low, volume]) => [
    date,
    price(open),
    price(close),
    price(high),
    price(low),
    (hk ? volume : volume / 100).toFixed(2),
  ])
  const last = bars.at(-1)
  const series = {
    qfqday: rows as WireTencentKlineSeries['qfqday'],
    qt: { [symbol]: [hk ? '100' : '1', name, symbol.slice(2), last ? price(last[2]) : ''] },
    prec: previousClose === null ? '' : price(previousClose),
    version: '4',
  } satisfies WireTencentKlineSeries
  const body = { code: 0, msg: '', data: { [symbol]: series } } satisfies WireTencentKlineResponse
  return variable ? `${variable}=${JSON.stringify(body)}` : JSON.stringify(body)
}

/**
 * Answer for a symbol Tencent has no kline for: code 0 and no series (an empty PHP array). The
 * shape is our choice, not a capture.
 */
export const tencentEmptyKlineBody = {
  code: 0,
  msg: '',
  data: [],
} satisfies WireTencentKlineResponse

const isoDay = /^\d{4}-\d{2}-\d{2}$/

function klineHandler(snapshot: Snapshot): RequestHandler {
  return http.get(tencentKlinePath, ({ request }) => {
    const query = new URL(request.url).searchParams
    const [symbol = '', period, start = '', end = '', countText = '', adjust] = (
      query.get('param') ?? ''
    ).split(',')
    const count = Number(countText)
    // Daily, forward-adjusted only (the snapshot is 前复权), with well-formed bounds and count.
    if (
      period !== 'day' ||
      adjust !== 'qfq' ||
      ![start, end].every((date) => date === '' || isoDay.test(date)) ||
      !Number.isInteger(count) ||
      count <= 0
    ) {
      return new HttpResponse(null, { status: 400 })
    }
    const listing = snapshot.listings.find((candidate) => candidate.tencent === symbol)
    const variable = query.get('_var') ?? undefined
    const text = (body: string) =>
      HttpResponse.text(body, { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
    if (!listing) {
      const empty = JSON.stringify(tencentEmptyKlineBody)
      return text(variable ? `${variable}=${empty}` : empty)
    }
    const inRange = listing.bars.filter(
      ([date]) => (start === '' || date >= start) && (end === '' || date <= end),
    )
    const bars = inRange.slice(-count) // the latest `count` bars of the range
    const first = bars[0] ? listing.bars.indexOf(bars[0]) : -1
    const previous = first > 0 ? (listing.bars[first - 1]?.[2] ?? null) : null
    return text(tencentKlineBody(symbol, listing.name, bars, previous, variable))
  })
}

/**
 * Tencent's batch quote endpoint over a snapshot: one line per requested symbol from its last bar
 * (the sample is end-of-day data), `v_pv_none_match="1";` for a symbol the snapshot lacks. Served
 * on both paths: `/utf8/q=` in UTF-8 and `/q=` in GBK bytes, as the real host does. Plus the daily
 * fqkline endpoint.
 */
export function tencentHandlers(snapshot: Snapshot): RequestHandler[] {
  const lines = new Map<string, string | null>()
  const lineFor = (symbol: string) => {
    if (!lines.has(symbol)) {
      const listing = snapshot.listings.find((candidate) => candidate.tencent === symbol)
      lines.set(symbol, listing ? snapshotLine(snapshot, listing) : null)
    }
    return lines.get(symbol) ?? null
  }

  const bodyFor = (query: string) => {
    const symbols = query.slice(2).split(',').filter(Boolean)
    const body = symbols.map((symbol) => lineFor(symbol) ?? tencentNoMatchStatement).join('\n')
    return `${body}\n`
  }

  return [
    http.get(tencentQuotePath, ({ params }) => {
      const query = String(params.query ?? '')
      if (!query.startsWith('q=')) return new HttpResponse(null, { status: 404 })
      return new HttpResponse(bodyFor(query), {
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      })
    }),
    http.get(tencentGbkQuotePath, ({ params }) => {
      const query = String(params.query ?? '')
      if (!query.startsWith('q=')) return new HttpResponse(null, { status: 404 })
      return tencentGbkResponse(bodyFor(query))
    }),
    klineHandler(snapshot),
  ]
}
