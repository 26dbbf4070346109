import { http, HttpResponse, type RequestHandler } from 'msw'
import type { WireKlineResponse } from '@/providers/eastmoney/wire'
import { announcementsHandler } from '@mocks/handlers/eastmoney-announcements'
import { datacenterHandler } from '@mocks/handlers/eastmoney-datacenter'
import { ulistHandler } from '@mocks/handlers/eastmoney-quotes'
import { searchHandler } from '@mocks/handlers/eastmoney-search'
import type { Snapshot, SnapshotBar } from '@mocks/snapshot/types'

export {
  datacenterBody,
  datacenterPath,
  noRowsBody,
  unknownReportBody,
} from '@mocks/handlers/eastmoney-datacenter'
import { jsonResponse, textResponse } from '@mocks/handlers/respond'
export { searchJsonp, searchPath } from '@mocks/handlers/eastmoney-search'

/** Every Eastmoney host the app reads, emulated from a snapshot in the real wire formats. */
export function eastmoneyHandlers(snapshot: Snapshot): RequestHandler[] {
  return [
    klineHandler(snapshot),
    datacenterHandler(snapshot),
    searchHandler(snapshot),
    ulistHandler(snapshot),
    announcementsHandler(snapshot),
  ]
}

export const klinePath = '*/upstream/eastmoney/push2his/api/qt/stock/kline/get'

const envelope = { rc: 0, rt: 17, svr: 181669437, lt: 1, full: 0, dlmkts: '', dsc: '0' }

/** What push2his sends for an unknown secid, and while it is refusing service. */
export const emptyKlineBody = { ...envelope, data: null } satisfies WireKlineResponse

/** CFETS central parity series, CNY per unit (Eastmoney market 120). */
const paritySeries = {
  HKD: ['120.HKDCNYC', '港币人民币中间价'],
  USD: ['120.USDCNYC', '美元人民币中间价'],
} as const

/** Bar columns push2his can send (`fields2`), as this emulation computes them. */
type Column = (bar: SnapshotBar, previousClose: number, format: Format) => string
interface Format {
  price: (value: number) => string
  volume: (shares: number) => string
  amount: (money: number) => string
}

const columns: Record<string, Column> = {
  f51: ([date]) => date,
  f52: ([, open], _, f) => f.price(open),
  f53: ([, , close], _, f) => f.price(close),
  f54: ([, , , high], _, f) => f.price(high),
  f55: ([, , , , low], _, f) => f.price(low),
  f56: ([, , , , , volume], _, f) => f.volume(volume),
  f57: ([, open, close, high, low, volume], _, f) =>
    f.amount(((open + close + high + low) / 4) * volume),
  f58: ([, , , high, low], prev) => (((high - low) / prev) * 100).toFixed(2), // amplitude %
  f59: ([, , close], prev) => ((close / prev - 1) * 100).toFixed(2), // change %
  f60: ([, , close], prev, f) => f.price(close - prev), // change
}

const defaultFields2 = ['f51', 'f52', 'f53', 'f54', 'f55', 'f56', 'f57'] as const

function formatFor(market: string): Format {
  if (market === '120') {
    // A fixing: the rate is the open, close, high and low; nothing is traded.
    return { price: (v) => v.toFixed(4), volume: () => '0', amount: () => '0.00' }
  }
  const hk = market === '116'
  return {
    price: (value) => value.toFixed(hk ? 3 : 2),
    // HK volume in shares; A-share volume in lots (手) of 100 shares.
    volume: (shares) => String(Math.round(hk ? shares : shares / 100)),
    amount: (money) => money.toFixed(hk ? 3 : 2),
  }
}

/**
 * A kline body as push2his sends it: CSV rows in `fields2` order (default
 * "date,open,close,high,low,volume,amount"), HK prices with 3 decimals, A-shares with 2, FX with 4;
 * A-share volume in lots. `preKPrice` is the close before the first bar (default: its open);
 * `dktotal` the bars available in total (default: these bars).
 */
export function klineBody(
  secid: string,
  name: string,
  bars: readonly SnapshotBar[],
  options: { preKPrice?: number; dktotal?: number; fields2?: readonly string[] } = {},
): WireKlineResponse {
  const [market = '', code = ''] = secid.split('.')
  const format = formatFor(market)
  const fields = options.fields2 ?? defaultFields2
  const preKPrice = options.preKPrice ?? bars[0]?.[1] ?? 0
  let previousClose = preKPrice
  const klines = bars.map((bar) => {
    const row = fields.map((field) => columns[field]?.(bar, previousClose, format) ?? '-')
    previousClose = bar[2]
    return row.join(',')
  })
  const decimal = market === '120' ? 4 : market === '116' ? 3 : 2
  return {
    ...envelope,
    data: {
      code,
      market: Number(market),
      name,
      decimal,
      dktotal: options.dktotal ?? bars.length,
      preKPrice: Number(format.price(preKPrice)),
      klines,
    },
  }
}

function klineHandler(snapshot: Snapshot): RequestHandler {
  const series = new Map<string, { name: string; bars: SnapshotBar[] }>(
    snapshot.listings.map(({ secid, name, bars }) => [secid, { name, bars }]),
  )
  for (const currency of ['HKD', 'USD'] as const) {
    const [secid, name] = paritySeries[currency]
    const bars = snapshot.fx[currency].map(([date, rate]): SnapshotBar => [
      date,
      rate,
      rate,
      rate,
      rate,
      0,
    ])
    series.set(secid, { name, bars })
  }

  return http.get(klinePath, ({ request }) => {
    const query = new URL(request.url).searchParams
    const beg = query.get('beg') ?? '0'
    const end = query.get('end') ?? '20500101'
    const lmt = query.get('lmt') ?? '0'
    const fields2 = (query.get('fields2') ?? '').split(',')
    // Daily forward-adjusted only, with well-formed bounds and known columns; else a bad request.
    if (
      query.get('klt') !== '101' ||
      query.get('fqt') !== '1' ||
      ![beg, end, lmt].every((value) => /^\d+$/.test(value)) ||
      !fields2.every((field) => field in columns)
    ) {
      return new HttpResponse(null, { status: 400 })
    }
    const found = series.get(query.get('secid') ?? '')
    let body: WireKlineResponse = emptyKlineBody
    if (found) {
      const day = (date: string) => Number(date.replaceAll('-', ''))
      const last = found.bars.findLastIndex(([date]) => day(date) <= Number(end))
      const firstInRange = found.bars.findIndex(([date]) => day(date) >= Number(beg))
      // lmt counts back from `end`; 0 means no limit.
      const first = Number(lmt) > 0 ? Math.max(firstInRange, last + 1 - Number(lmt)) : firstInRange
      const bars = firstInRange === -1 || last < first ? [] : found.bars.slice(first, last + 1)
      const before = first > 0 ? found.bars[first - 1] : undefined
      body = klineBody(query.get('secid') ?? '', found.name, bars, {
        dktotal: found.bars.length,
        fields2,
        ...(before ? { preKPrice: before[2] } : {}),
      })
    }
    const callback = query.get('cb')
    return callback
      ? textResponse(`${callback}(${JSON.stringify(body)});`, {
          headers: { 'Content-Type': 'application/javascript; charset=UTF-8' },
        })
      : jsonResponse(body)
  })
}
