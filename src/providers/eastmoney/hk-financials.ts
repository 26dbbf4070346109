import { compareIsoDates, isIsoDate } from '@/domain/dates'
import {
  assumedPublicationDate,
  type FinancialReport,
  type FiscalPeriod,
} from '@/domain/financials'
import { marketOf, tickerCode } from '@/domain/tickers'
import type { Currency, IsoDate, Ticker } from '@/domain/types'
import { findListing, issuerOf } from '@/domain/universe'
import { getText, parseJson, UpstreamDataError } from '@/providers/http'
import {
  WireHkMainIndicatorResponse,
  type WireHkMainIndicatorRow,
} from '@/providers/eastmoney/wire'
import { upstreamPath } from '@/providers/upstream'
import { validateWire } from '@/providers/validate'

const source = 'Eastmoney HK financials'
const reportName = 'RPT_HKF10_FN_MAININDICATOR'
/** The 50 latest reports: 12 years of quarterly, 25 of half-yearly reporting. */
const pageSize = 50

/** CURRENCY as the report may spell it. */
const currencies: Readonly<Record<string, Currency>> = {
  CNY: 'CNY',
  RMB: 'CNY',
  人民币: 'CNY',
  HKD: 'HKD',
  港币: 'HKD',
  港元: 'HKD',
  USD: 'USD',
  美元: 'USD',
}

/**
 * Published results of a Hong Kong listing's issuer from Eastmoney's HK F10 main indicators
 * (datacenter report RPT_HKF10_FN_MAININDICATOR, the 50 latest reports), oldest period first:
 * revenue (`OPERATE_INCOME`) and net profit attributable (`HOLDER_PROFIT`), cumulated from the
 * start of the financial year, in the report's currency.
 *
 * Reading of each row (from public clients; not verified against a live answer):
 * - Fiscal period: `DATE_TYPE_CODE` `001` is the annual report (FY). Otherwise `REPORT_TYPE`
 *   decides when it names the period (中报 → H1, 一季报 → Q1, 三季报 → Q3), else the month of the
 *   period end: June → H1 (an interim report, whatever its code), March → Q1, September → Q3.
 *   A row without `DATE_TYPE_CODE` ending in December, or typed 年报, is annual. Anything else is
 *   an error naming the row. Financial years are assumed to be calendar years, as for every issuer
 *   of the universe.
 * - Currency: `CURRENCY` (CNY/RMB/人民币, HKD/港币, USD/美元); when absent, the issuer's reporting
 *   currency from the universe. Another currency is an error.
 * - Publication: `NOTICE_DATE`; when absent, {@link assumedPublicationDate} (period end + 3
 *   months for FY, + 2 months otherwise).
 * - A missing or null figure stays null (no TTM can be built from it).
 *
 * Throws an UpstreamDataError for a non-HK ticker, a refusal (`success: false`, e.g. 9501
 * unknown report), no rows (9201 or an empty list), a row for another security, or a malformed row.
 */
export async function fetchEastmoneyHkFinancials(
  ticker: Ticker,
  { signal }: { signal?: AbortSignal | undefined } = {},
): Promise<FinancialReport[]> {
  const code = tickerCode(ticker)
  if (marketOf(ticker) !== 'HK' || !/^\d{5}$/.test(code)) {
    throw new UpstreamDataError(source, `${ticker} is not a Hong Kong listing`)
  }
  const secucode = `${code}.HK`
  // Real characters in `filter`: URLSearchParams encodes once (see upstream-apis.md §4.1).
  const query = new URLSearchParams({
    reportName,
    columns: 'ALL',
    filter: `(SECUCODE="${secucode}")`,
    pageNumber: '1',
    pageSize: String(pageSize),
    sortTypes: '-1',
    sortColumns: 'REPORT_DATE',
    source: 'WEB',
    client: 'WEB',
  })
  const path = upstreamPath('eastmoney', 'datacenter', `/api/data/v1/get?${query}`)
  const text = await getText(path, { signal, source })
  const answer = validateWire(WireHkMainIndicatorResponse, parseJson(text, source), source)
  const reason = `code ${answer.code}${answer.message ? ` ${answer.message}` : ''}`
  if (answer.code === 9201) {
    throw new UpstreamDataError(source, `no financial reports for ${ticker} (${reason})`)
  }
  if (!answer.success || answer.code !== 0) {
    throw new UpstreamDataError(source, `refused ${ticker} (${reason})`)
  }
  const rows = answer.result?.data ?? []
  if (rows.length === 0) throw new UpstreamDataError(source, `no financial reports for ${ticker}`)

  const fallbackCurrency = findListing(ticker) ? issuerOf(ticker).reportingCurrency : null
  return rows
    .map((row) => toReport(row, ticker, secucode, fallbackCurrency))
    .sort((a, b) =>
      a.periodEnd !== b.periodEnd
        ? compareIsoDates(a.periodEnd, b.periodEnd)
        : compareIsoDates(a.publishedOn, b.publishedOn),
    )
}

const dateTime = /^(\d{4}-\d{2}-\d{2})(?:[ T]00:00:00)?$/

function dayOf(text: string | null | undefined): IsoDate | null {
  const date = dateTime.exec(text?.trim() ?? '')?.[1]
  return date !== undefined && isIsoDate(date) ? date : null
}

function toReport(
  row: WireHkMainIndicatorRow,
  ticker: Ticker,
  secucode: string,
  fallbackCurrency: Currency | null,
): FinancialReport {
  const bad = (problem: string) =>
    new UpstreamDataError(source, `bad report row "${row.REPORT_DATE}" for ${ticker}: ${problem}`)
  if (row.SECUCODE !== secucode) throw bad(`it is for security ${row.SECUCODE}`)
  const periodEnd = dayOf(row.REPORT_DATE)
  if (periodEnd === null) throw bad('REPORT_DATE is not a date')
  const fiscalPeriod = fiscalPeriodOf(row, periodEnd)
  if (fiscalPeriod === null) {
    throw bad(
      `cannot tell the period (DATE_TYPE_CODE ${row.DATE_TYPE_CODE ?? 'absent'}, ` +
        `REPORT_TYPE ${row.REPORT_TYPE ?? 'absent'})`,
    )
  }

  const currencyText = row.CURRENCY?.trim() ?? ''
  const currency = currencyText === '' ? fallbackCurrency : currencies[currencyText.toUpperCase()]
  if (currency === undefined) throw bad(`unknown CURRENCY "${currencyText}"`)
  if (currency === null) throw bad('no CURRENCY, and the issuer is not in the universe')

  let publishedOn = assumedPublicationDate(periodEnd, fiscalPeriod)
  if (row.NOTICE_DATE !== null && row.NOTICE_DATE !== undefined) {
    const notice = dayOf(row.NOTICE_DATE)
    if (notice === null) throw bad(`NOTICE_DATE "${row.NOTICE_DATE}" is not a date`)
    if (notice < periodEnd) throw bad(`published ${notice}, before the period ended`)
    publishedOn = notice
  }

  return {
    periodEnd,
    publishedOn,
    fiscalPeriod,
    cumulativeRevenue: row.OPERATE_INCOME ?? null,
    cumulativeNetProfit: row.HOLDER_PROFIT ?? null,
    currency,
  }
}

function fiscalPeriodOf(row: WireHkMainIndicatorRow, periodEnd: IsoDate): FiscalPeriod | null {
  const code = row.DATE_TYPE_CODE?.trim() ?? ''
  const type = row.REPORT_TYPE ?? ''
  if (code === '001') return 'FY'
  if (/中报|中期|半年/.test(type)) return 'H1'
  if (/一季/.test(type)) return 'Q1'
  if (/三季/.test(type)) return 'Q3'
  const month = periodEnd.slice(5, 7)
  if (month === '06') return 'H1'
  if (month === '03') return 'Q1'
  if (month === '09') return 'Q3'
  if (code === '' && (month === '12' || /年报/.test(type))) return 'FY'
  return null
}
