import { http, HttpResponse, type RequestHandler } from 'msw'
import type { WireUlistResponse, WireUlistRow } from '@/providers/eastmoney/wire'
import { latestValuationOf } from '@mocks/snapshot/derive'
import type { Snapshot, SnapshotListing } from '@mocks/snapshot/types'
import { jsonResponse } from '@mocks/handlers/respond'

/** `ulist.np` on push2 and on its delayed twin push2delay (same answers here). */
export const ulistPath = '*/upstream/eastmoney/:host/api/qt/ulist.np/get'

const envelope = { rt: 11, svr: 181669437, lt: 1, full: 1, dlmkts: '' }

/**
 * What the list endpoint sends when it knows none of the secids. `data: null`, as push2 answers
 * refusals and unknown instruments elsewhere; not captured for ulist itself.
 */
export const ulistEmptyBody = { rc: 0, ...envelope, data: null } satisfies WireUlistResponse

/** What one row reports, in plain units (shares, trading currency, fractions not percents). */
export interface UlistInput {
  secid: string
  name: string
  /** Unix seconds of the last update. */
  updatedAt: number
  /** `YYYYMMDD`. */
  tradeDate: number
  last: number | null
  previousClose: number
  open: number
  high: number
  low: number
  volume: number
  amount: number
  marketCap: number | null
  /** Stand-in for f9 (Eastmoney's dynamic PE; the snapshot only knows PE-TTM). */
  pe: number | null
  pb: number | null
}

/**
 * A `ulist.np` row as push2 sends it (field numbers written out here, independently of the
 * provider). Without `fltt` (`decimals: false`) prices are integers ×1000 (HK, market 116) or
 * ×100 (A-shares), f3/f9/f23 ×100; volume in A-share lots; f20/f21 in currency units. `"-"` for a
 * missing figure.
 */
export function ulistRow(input: UlistInput, decimals: boolean): WireUlistRow {
  const [market = '', code = ''] = input.secid.split('.')
  const hk = market === '116'
  const scale = decimals ? 1 : hk ? 1000 : 100
  const price = (value: number | null) =>
    value === null ? '-' : decimals ? Number(value.toFixed(hk ? 3 : 2)) : Math.round(value * scale)
  const ratio = (value: number | null) =>
    value === null ? '-' : decimals ? Number(value.toFixed(2)) : Math.round(value * 100)
  const changePercent = input.last === null ? null : (input.last / input.previousClose - 1) * 100
  return {
    f2: price(input.last),
    f3: ratio(changePercent),
    f4: input.last === null ? '-' : price(input.last - input.previousClose),
    f5: Math.round(hk ? input.volume : input.volume / 100),
    f6: Number(input.amount.toFixed(2)),
    f9: ratio(input.pe),
    f12: code,
    f13: Number(market),
    f14: input.name,
    f15: price(input.high),
    f16: price(input.low),
    f17: price(input.open),
    f18: price(input.previousClose),
    f20: input.marketCap === null ? '-' : Math.round(input.marketCap),
    f21: input.marketCap === null ? '-' : Math.round(input.marketCap),
    f23: ratio(input.pb),
    f124: input.updatedAt,
    f297: input.tradeDate,
  }
}

/** A `ulist.np` answer with these rows (`diff` as an array). */
export function ulistBody(rows: readonly WireUlistRow[]): WireUlistResponse {
  return { rc: 0, ...envelope, data: { total: rows.length, diff: [...rows] } }
}

/** Unix seconds of `date` at `time` in exchange time (UTC+8). */
function unixSeconds(date: string, time: string): number {
  return Date.parse(`${date}T${time}+08:00`) / 1000
}

/** The row input of a listing's last bar (end of day, as the sample is), or null without bars. */
function snapshotInput(snapshot: Snapshot, listing: SnapshotListing): UlistInput | null {
  const valuation = latestValuationOf(snapshot, listing.ticker)
  const bar = listing.bars.at(-1)
  if (!valuation || !bar) return null
  const [date, open, close, high, low, volume] = bar
  const hk = listing.secid.startsWith('116.')
  return {
    secid: listing.secid,
    name: listing.name,
    updatedAt: unixSeconds(date, hk ? '16:08:30' : '15:00:30'),
    tradeDate: Number(date.replaceAll('-', '')),
    last: close,
    previousClose: valuation.previousClose ?? close,
    open,
    high,
    low,
    volume,
    amount: close * volume,
    marketCap: valuation.marketCap,
    pe: valuation.peTtm,
    pb: valuation.pb,
  }
}

/**
 * push2 / push2delay `ulist.np` over a snapshot: a row per known secid from its last bar, in the
 * order asked, only the requested fields; `fltt=2` switches to decimals. No known secid: data null.
 */
export function ulistHandler(snapshot: Snapshot): RequestHandler {
  return http.get(ulistPath, ({ request, params }) => {
    const host = String(params.host ?? '')
    const query = new URL(request.url).searchParams
    const secids = (query.get('secids') ?? '').split(',').filter(Boolean)
    const fields = new Set((query.get('fields') ?? '').split(',').filter(Boolean))
    if ((host !== 'push2' && host !== 'push2delay') || secids.length === 0 || fields.size === 0) {
      return new HttpResponse(null, { status: 400 })
    }
    const decimals = query.get('fltt') === '2'
    const rows = secids.flatMap((secid) => {
      const listing = snapshot.listings.find((candidate) => candidate.secid === secid)
      const input = listing ? snapshotInput(snapshot, listing) : null
      if (!input) return []
      const row = ulistRow(input, decimals) as Record<string, unknown>
      return [Object.fromEntries(Object.entries(row).filter(([key]) => fields.has(key)))]
    })
    if (rows.length === 0) return jsonResponse(ulistEmptyBody)
    return jsonResponse(ulistBody(rows as WireUlistRow[]))
  })
}
