import { http, HttpResponse, type RequestHandler } from 'msw'
import type { WireCsiPerfResponse, WireCsiPerfRow } from '@/providers/csindex/wire'
import type { Snapshot, SnapshotIndexPoint } from '@mocks/snapshot/types'
import { jsonResponse } from '@mocks/handlers/respond'

export const csindexPerfPath = '*/upstream/csindex/www/csindex-home/perf/index-perf'

/** Names the site prints on every row of an index. */
interface IndexNames {
  indexNameCnAll: string
  indexNameCn: string
  indexNameEnAll: string
  indexNameEn: string
  /** Constituent count (the real one changes over time; a constant here). */
  consNumber: number
}

const indexNames: Readonly<Record<string, IndexNames>> = {
  '000991': {
    indexNameCnAll: '中证全指医药卫生指数',
    indexNameCn: '全指医药',
    indexNameEnAll: 'CSI All Share Health Care Index',
    indexNameEn: 'CSI All Share Health Care',
    consNumber: 480,
  },
}

/**
 * What the site answers for an index it does not publish (e.g. Shenzhen 399xxx codes, per public
 * clients): success with empty `data`. `msg` is our choice, not a capture.
 */
export const csindexEmptyBody = {
  code: '200',
  msg: 'success',
  data: [],
  success: true,
} satisfies WireCsiPerfResponse

/** An index-perf answer around `rows`, in the site's envelope. */
export function csindexPerfBody(rows: readonly WireCsiPerfRow[]): WireCsiPerfResponse {
  return { code: '200', msg: 'success', data: [...rows], success: true }
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals))

/**
 * Index-perf rows for a snapshot series, in the shape of the real row (upstream-apis.md §4.2):
 * open = previous close, high / low 0.4% beyond the open-close range, a turnover in CNY 100 m
 * (`tradingValue`) and 10 k lots (`tradingVol`) that grow with the day's move, `peg` = PE-TTM.
 */
export function csindexPerfRows(
  code: string,
  points: readonly SnapshotIndexPoint[],
  names: IndexNames | undefined = indexNames[code],
): WireCsiPerfRow[] {
  return points.map(([date, close, pe], i) => {
    const previous = points[i - 1]?.[1] ?? close
    const changePct = (close / previous - 1) * 100
    const tradingValue = round(300 + 60 * Math.abs(changePct), 2)
    return {
      tradeDate: date.replaceAll('-', ''),
      indexCode: code,
      ...names,
      open: round(previous, 2),
      high: round(Math.max(previous, close) * 1.004, 2),
      low: round(Math.min(previous, close) * 0.996, 2),
      close: round(close, 2),
      change: round(close - previous, 2),
      changePct: round(changePct, 2),
      tradingVol: round((tradingValue * 1e8) / 3_000 / 1e4, 2), // at ~30 yuan a share, 100 a lot
      tradingValue,
      consNumber: names?.consNumber ?? null,
      peg: round(pe, 2),
    }
  })
}

/**
 * CSI `index-perf` over a snapshot's `indices`: rows from `startDate` to `endDate` (YYYYMMDD).
 * Like the real site, a `startDate` before the first published row and not itself a row yields a
 * forged first row dated `startDate` that repeats the first real row. Unknown codes, and a
 * snapshot without indices, get the empty answer; a missing or malformed date gets HTTP 400.
 */
export function csindexHandlers(snapshot: Snapshot): RequestHandler[] {
  return [
    http.get(csindexPerfPath, ({ request }) => {
      const query = new URL(request.url).searchParams
      const code = query.get('indexCode') ?? ''
      const [start, end] = [query.get('startDate') ?? '', query.get('endDate') ?? '']
      if (!/^\d{8}$/.test(start) || !/^\d{8}$/.test(end)) {
        return new HttpResponse(null, { status: 400 })
      }
      const series = snapshot.indices?.[code] ?? []
      const compact = (date: string) => date.replaceAll('-', '')
      const rows = csindexPerfRows(code, series).filter(
        ({ tradeDate }) => start <= tradeDate && tradeDate <= end,
      )
      const [first] = rows
      if (!first) return jsonResponse(csindexEmptyBody)
      const firstPublished = compact(series[0]?.[0] ?? '')
      if (start < firstPublished && start < first.tradeDate) {
        rows.unshift({ ...first, tradeDate: start })
      }
      return jsonResponse(csindexPerfBody(rows))
    }),
  ]
}
