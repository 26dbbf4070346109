import { http, type RequestHandler } from 'msw'
import type { FiscalPeriod } from '@/domain/financials'
import { findListing } from '@/domain/universe'
import type {
  WireDatacenterResponse,
  WireHkMainIndicatorRow,
  WireIndustryValuationRow,
  WireValuationRow,
} from '@/providers/eastmoney/wire'
import { industryValuationRows } from '@mocks/handlers/eastmoney-industry'
import { derivedValuationsOf, type DerivedValuation } from '@mocks/snapshot/derive'
import type { Snapshot, SnapshotListing } from '@mocks/snapshot/types'
import { jsonResponse, textResponse } from '@mocks/handlers/respond'

export const datacenterPath = '*/upstream/eastmoney/datacenter/api/data/v1/get'

/** What datacenter-web answers (HTTP 200) for a report name it does not know. */
export const unknownReportBody = {
  version: null,
  result: null,
  success: false,
  message: '报表配置不存在',
  code: 9501,
} satisfies WireDatacenterResponse

/** What datacenter-web answers (HTTP 200) when the filter selects nothing, or is malformed. */
export const noRowsBody = {
  version: null,
  result: null,
  success: false,
  message: '返回数据为空',
  code: 9201,
} satisfies WireDatacenterResponse

/** The data center never returns more rows than this per page, whatever `pageSize` asks. */
const maxPageSize = 500

/** A row of any report this emulation serves. */
export type DatacenterRow = WireValuationRow | WireHkMainIndicatorRow | WireIndustryValuationRow

/**
 * One page of a datacenter answer: `rows` are that page's rows, `pages` the page count for the
 * query and `count` the total rows (defaults to `rows.length`, right for a single page).
 */
export function datacenterBody<Row extends DatacenterRow = WireValuationRow>(
  rows: readonly Row[],
  page = 1,
  pages = 1,
  count = rows.length,
) {
  if (page < 1 || page > pages) throw new RangeError(`page ${page} is not in 1..${pages}`)
  return {
    version: '5e2d6bd7a23a4e1c8a2e0f3f1b7c9d44',
    result: { pages, data: [...rows], count },
    success: true,
    message: 'ok',
    code: 0,
  }
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals))

/** A RPT_VALUEANALYSIS_DET row as the data center publishes it, rounded as it rounds. */
function valuationRow(listing: SnapshotListing, day: DerivedValuation): WireValuationRow {
  const code = listing.ticker.slice(0, 6)
  return {
    SECUCODE: listing.ticker,
    SECURITY_CODE: code,
    SECURITY_NAME_ABBR: listing.name,
    TRADE_DATE: `${day.date} 00:00:00`,
    CLOSE_PRICE: round(day.close, 2),
    TOTAL_MARKET_CAP: round(day.marketCap, 2), // yuan
    TOTAL_SHARES: Math.round(day.totalShares),
    PE_TTM: day.peTtm === null ? null : round(day.peTtm, 4),
    PB_MRQ: day.pb === null ? null : round(day.pb, 4),
    PS_TTM: day.psTtm === null ? null : round(day.psTtm, 4),
  }
}

/** HK F10 report kinds: DATE_TYPE_CODE (only 001 = annual is attested; the rest assumed) and name. */
const hkReportKinds: Record<FiscalPeriod, [code: string, name: string]> = {
  FY: ['001', '年报'],
  H1: ['002', '中报'],
  Q1: ['003', '一季报'],
  Q3: ['004', '三季报'],
}

/**
 * RPT_HKF10_FN_MAININDICATOR rows of an HK listing's issuer: one per snapshot report that carries
 * cumulative figures, in the issuer's reporting currency, NOTICE_DATE = the publication day.
 */
function hkMainIndicatorRows(snapshot: Snapshot, filter: string): WireHkMainIndicatorRow[] {
  const secucode = /^\(SECUCODE=(["'])(\d{5}\.HK)\1\)$/.exec(filter)?.[2]
  const listing = snapshot.listings.find(({ ticker }) => ticker === secucode)
  const issuerId = listing ? findListing(listing.ticker)?.issuerId : undefined
  const issuer = snapshot.issuers.find(({ id }) => id === issuerId)
  if (!listing || !issuer) return []
  return issuer.reports.flatMap((report) => {
    const { fiscalPeriod, cumulativeRevenue, cumulativeNetProfit } = report
    if (fiscalPeriod === undefined) return []
    const [code, name] = hkReportKinds[fiscalPeriod]
    return [
      {
        SECUCODE: listing.ticker,
        SECURITY_CODE: listing.ticker.slice(0, 5),
        SECURITY_NAME_ABBR: listing.name,
        REPORT_DATE: `${report.periodEnd} 00:00:00`,
        DATE_TYPE_CODE: code,
        REPORT_TYPE: name,
        CURRENCY: issuer.reportingCurrency,
        OPERATE_INCOME: cumulativeRevenue ?? null,
        HOLDER_PROFIT: cumulativeNetProfit ?? null,
        NOTICE_DATE: `${report.publishedOn} 00:00:00`,
      },
    ]
  })
}

/** Reports this emulation serves: rows for one `(FIELD="value")` filter. */
const reports: Record<string, (snapshot: Snapshot, filter: string) => DatacenterRow[]> = {
  RPT_HKF10_FN_MAININDICATOR: hkMainIndicatorRows,
  RPT_VALUEINDUSTRY_DET: industryValuationRows,
  RPT_VALUEANALYSIS_DET: (snapshot, filter) => {
    const code = /^\(SECURITY_CODE=(["'])(\d{6})\1\)$/.exec(filter)?.[2]
    const listing = snapshot.listings.find(
      ({ ticker }) => ticker === `${code}.SH` || ticker === `${code}.SZ`,
    )
    if (!listing) return []
    return derivedValuationsOf(snapshot, listing.ticker).map((day) => valuationRow(listing, day))
  },
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a).localeCompare(String(b))
}

function reply(body: Record<string, unknown>, callback: string | null) {
  return callback
    ? textResponse(`${callback}(${JSON.stringify(body)});`, {
        headers: { 'Content-Type': 'application/javascript; charset=UTF-8' },
      })
    : jsonResponse(body)
}

/**
 * datacenter-web `/api/data/v1/get`: `reportName`, `filter`, `sortColumns`/`sortTypes`
 * (1 ascending, -1 descending), `pageSize` (capped at 500), `pageNumber`, `columns` (a list or
 * ALL) and the optional `callback` (JSONP). Refusals are HTTP 200 with `success: false`.
 */
export function datacenterHandler(snapshot: Snapshot): RequestHandler {
  return http.get(datacenterPath, ({ request }) => {
    const query = new URL(request.url).searchParams
    const callback = query.get('callback')
    const report = reports[query.get('reportName') ?? '']
    if (!report) return reply(unknownReportBody, callback)

    const rows = report(snapshot, query.get('filter') ?? '')
    const sortColumn = query.get('sortColumns') ?? 'TRADE_DATE'
    const direction = query.get('sortTypes') === '-1' ? -1 : 1
    const cell = (row: DatacenterRow): unknown => (row as Record<string, unknown>)[sortColumn]
    rows.sort((a, b) => direction * compare(cell(a), cell(b)))

    const pageSize = Math.min(Number(query.get('pageSize') ?? '50') || 50, maxPageSize)
    const pageNumber = Number(query.get('pageNumber') ?? '1') || 1
    const pages = Math.ceil(rows.length / pageSize)
    if (rows.length === 0 || pageNumber < 1 || pageNumber > pages)
      return reply(noRowsBody, callback)

    const slice = rows.slice((pageNumber - 1) * pageSize, pageNumber * pageSize)
    const body = datacenterBody(slice, pageNumber, pages, rows.length)
    const wanted = (query.get('columns') ?? 'ALL').split(',')
    if (wanted.includes('ALL')) return reply(body, callback)
    const data = slice.map((row) =>
      Object.fromEntries(Object.entries(row).filter(([column]) => wanted.includes(column))),
    )
    return reply({ ...body, result: { ...body.result, data } }, callback)
  })
}
