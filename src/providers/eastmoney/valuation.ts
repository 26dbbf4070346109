import { marketOf, tickerCode } from '@/domain/tickers'
import type { Ticker, ValuationPoint } from '@/domain/types'
import { getText, parseJson, UpstreamDataError } from '@/providers/http'
import { compareIsoDates, isIsoDate } from '@/domain/dates'
import { WireDatacenterResponse, type WireValuationRow } from '@/providers/eastmoney/wire'
import { upstreamPath } from '@/providers/upstream'
import { validateWire } from '@/providers/validate'

const source = 'Eastmoney valuation'
const reportName = 'RPT_VALUEANALYSIS_DET'
const columns =
  'SECUCODE,SECURITY_CODE,SECURITY_NAME_ABBR,TRADE_DATE,CLOSE_PRICE,TOTAL_MARKET_CAP,TOTAL_SHARES,PE_TTM,PB_MRQ,PS_TTM'
/** The datacenter caps page size; 500 rows is two trading years. */
const pageSize = 500
/** 40 pages = 20,000 sessions, far beyond any A-share history: more means a broken answer. */
const maxPages = 40

/**
 * Daily valuation of one A-share listing as Eastmoney's data center publishes it
 * (report RPT_VALUEANALYSIS_DET), oldest first. Market cap in CNY (yuan); PE is negative for a
 * loss-maker; ratios the report leaves empty are null.
 *
 * Reads the first page, then the remaining `result.pages` in parallel. Throws an
 * UpstreamDataError for an HK ticker (the report covers A-shares only), a refusal
 * (`success: false`, e.g. code 9501 unknown report or 9201 no rows), or any unusable row.
 */
export async function fetchEastmoneyValuation(
  ticker: Ticker,
  { signal }: { signal?: AbortSignal | undefined } = {},
): Promise<ValuationPoint[]> {
  const code = tickerCode(ticker)
  if (marketOf(ticker) !== 'A' || !/^\d{6}$/.test(code)) {
    throw new UpstreamDataError(
      source,
      `${ticker} is not an A-share listing: ${reportName} covers A-shares only`,
    )
  }
  const first = await fetchPage(ticker, code, 1, signal)
  const { pages } = first
  if (!Number.isInteger(pages) || pages < 1 || pages > maxPages) {
    throw new UpstreamDataError(source, `implausible page count ${pages} for ${ticker}`)
  }
  const rest = await Promise.all(
    Array.from({ length: pages - 1 }, (_, i) => fetchPage(ticker, code, i + 2, signal)),
  )

  const byDate = new Map<string, ValuationPoint>()
  for (const row of [first, ...rest].flatMap((page) => page.data)) {
    const point = toPoint(row, ticker, code)
    // A session that opened while paging shifts rows by one: the same date may come twice.
    if (!byDate.has(point.date)) byDate.set(point.date, point)
  }
  return [...byDate.values()].sort((a, b) => compareIsoDates(a.date, b.date))
}

async function fetchPage(
  ticker: Ticker,
  code: string,
  pageNumber: number,
  signal: AbortSignal | undefined,
) {
  // Real characters in `filter`: URLSearchParams encodes once (pre-encoded text is double-encoded
  // and the data center answers with no rows).
  const query = new URLSearchParams({
    reportName,
    columns,
    filter: `(SECURITY_CODE="${code}")`,
    sortColumns: 'TRADE_DATE',
    sortTypes: '-1',
    pageSize: String(pageSize),
    pageNumber: String(pageNumber),
    source: 'WEB',
    client: 'WEB',
  })
  const path = upstreamPath('eastmoney', 'datacenter', `/api/data/v1/get?${query}`)
  const text = await getText(path, { signal, source })
  const answer = validateWire(WireDatacenterResponse, parseJson(text, source), source)
  const page = pageNumber === 1 ? '' : ` (page ${pageNumber})`
  const reason = `code ${answer.code}${answer.message ? ` ${answer.message}` : ''}`
  if (answer.code === 9201) {
    throw new UpstreamDataError(source, `no valuation rows for ${ticker}${page} (${reason})`)
  }
  if (!answer.success || answer.code !== 0) {
    throw new UpstreamDataError(source, `refused ${ticker}${page} (${reason})`)
  }
  if (!answer.result || answer.result.data.length === 0) {
    throw new UpstreamDataError(source, `no valuation rows for ${ticker}${page}`)
  }
  return answer.result
}

function toPoint(row: WireValuationRow, ticker: Ticker, code: string): ValuationPoint {
  const bad = (problem: string) =>
    new UpstreamDataError(source, `bad row "${row.TRADE_DATE}" for ${ticker}: ${problem}`)
  if (row.SECURITY_CODE !== code) throw bad(`it is for security ${row.SECURITY_CODE}`)
  const date = /^(\d{4}-\d{2}-\d{2})(?: 00:00:00)?$/.exec(row.TRADE_DATE)?.[1] ?? ''
  if (!isIsoDate(date)) throw bad('TRADE_DATE is not a date')
  if (!(row.TOTAL_MARKET_CAP > 0)) throw bad(`market cap ${row.TOTAL_MARKET_CAP} is not positive`)
  return {
    date,
    marketCap: row.TOTAL_MARKET_CAP,
    peTtm: row.PE_TTM ?? null,
    pb: row.PB_MRQ ?? null,
    psTtm: row.PS_TTM ?? null,
  }
}
