import { http, HttpResponse, type RequestHandler } from 'msw'
import { findListing } from '@/domain/universe'
import {
  tencentNoMatchStatement,
  type WireTencentKlineResponse,
  type WireTencentKlineSeries,
} from '@/providers/tencent/wire'
import { encodeGbk } from '@mocks/handlers/gbk'
import { tencentQuoteLine } from '@mocks/handlers/tencent-quote-line'
import { latestValuationOf } from '@mocks/snapshot/derive'
import type { Snapshot, SnapshotBar, SnapshotListing } from '@mocks/snapshot/types'

export {
  tencentQuoteFields,
  tencentQuoteLine,
  type TencentQuoteInput,
} from '@mocks/handlers/tencent-quote-line'
import { textResponse } from '@mocks/handlers/respond'

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

/** Seconds of the end-of-day stamp, spread by code so lines do not all share one instant. */
function stampSeconds(code: string): string {
  return String(Number(code) % 60).padStart(2, '0')
}

/** The line for a listing's last bar (end-of-day), or null when the snapshot has no bar. */
function snapshotLine(snapshot: Snapshot, listing: SnapshotListing): string | null {
  const valuation = latestValuationOf(snapshot, listing.ticker)
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
      textResponse(body, { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
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
