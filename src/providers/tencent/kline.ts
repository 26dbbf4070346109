import { isIsoDate } from '@/domain/dates'
import { marketOf } from '@/domain/tickers'
import type { DailyBar, IsoDate, Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'
import { getText, parseJson, UpstreamDataError } from '@/providers/http'
import { toTencentSymbol } from '@/providers/tencent/symbols'
import {
  type WireTencentKlineCell,
  WireTencentKlineResponse,
  type WireTencentKlineRow,
  WireTencentKlineSeries,
} from '@/providers/tencent/wire'
import { upstreamPath } from '@/providers/upstream'
import { validateWire } from '@/providers/validate'

const source = 'Tencent fqkline'

/** Bars asked per yearly request: akshare's count, above any year's ~250 sessions. */
const barsPerRequest = 640
/** Yearly requests in flight at once. */
const concurrency = 3

export interface TencentKlineOptions {
  signal?: AbortSignal | undefined
  /** First year requested (default: the listing's first year, else ten years back). */
  fromYear?: number
  /** Last year requested (default: the current year, China time). */
  toYear?: number
}

/**
 * Daily forward-adjusted (qfq) history of one listing from Tencent's fqkline endpoint, oldest
 * first, one calendar year per request (akshare's paging; a request returns at most 640 bars).
 *
 * Rows are `[date, open, close, high, low, volume]` (not OHLC). A-share volume is in lots of 100
 * and converted to shares; HK volume is in shares. Tencent sends no turnover in these columns, so
 * `amount` is null. A year without rows (before listing, a year-long suspension) is allowed; no row
 * in any year is an UpstreamDataError, as are `code ≠ 0`, a series for another symbol, and any row
 * that is not a valid bar or out of date order. Rounding may differ from Eastmoney's qfq prices by
 * a few thousandths (upstream-apis.md §2.2).
 */
export async function fetchTencentDailyBars(
  ticker: Ticker,
  { signal, fromYear, toYear }: TencentKlineOptions = {},
): Promise<DailyBar[]> {
  const symbol = toTencentSymbol(ticker)
  const lastYear = toYear ?? Number(chinaToday().slice(0, 4))
  const listedYear = Number(findListing(ticker)?.listingDate.slice(0, 4) ?? lastYear - 10)
  const firstYear = fromYear ?? listedYear
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || firstYear > lastYear) {
    throw new RangeError(`${source}: bad year range ${firstYear}..${lastYear}`)
  }
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i)
  const sharesPerUnit = marketOf(ticker) === 'A' ? 100 : 1

  const perYear = await mapLimited(years, concurrency, (year) =>
    fetchYear(ticker, symbol, year, signal),
  )
  const rows = perYear.flat()
  if (rows.length === 0) throw new UpstreamDataError(source, `no bars for ${ticker} (${symbol})`)

  let previous = ''
  return rows.map((row, index) => {
    const bar = parseRow(row, ticker, index, sharesPerUnit)
    if (bar.date <= previous) {
      throw badRow(ticker, index, row, `date not after the previous ${previous}`)
    }
    previous = bar.date
    return bar
  })
}

async function fetchYear(
  ticker: Ticker,
  symbol: string,
  year: number,
  signal: AbortSignal | undefined,
): Promise<WireTencentKlineRow[]> {
  const param = [symbol, 'day', `${year}-01-01`, `${year}-12-31`, barsPerRequest, 'qfq'].join(',')
  const path = upstreamPath(
    'tencent',
    'ifzq',
    `/appstock/app/fqkline/get?${new URLSearchParams({ param })}`,
  )
  const text = await getText(path, { signal, source })
  const answer = validateWire(
    WireTencentKlineResponse,
    parseJson(stripVariable(text), source),
    source,
  )
  if (answer.code !== 0) {
    throw new UpstreamDataError(
      source,
      `refused ${ticker} ${year} (code ${answer.code}${answer.msg ? ` ${answer.msg}` : ''})`,
    )
  }
  const data = answer.data
  if (data === null || data === undefined || Array.isArray(data)) return []
  const others = Object.keys(data).filter((key) => key !== symbol)
  const entry = data[symbol]
  if (entry === undefined) {
    if (others.length > 0) {
      throw new UpstreamDataError(source, `asked for ${symbol} but got ${others.join(', ')}`)
    }
    return []
  }
  const series = validateWire(WireTencentKlineSeries, entry, source)
  const rows = series.qfqday ?? series.day ?? []
  if (rows.length > barsPerRequest) {
    throw new UpstreamDataError(
      source,
      `${rows.length} bars for ${ticker} in ${year}, more than asked`,
    )
  }
  const outside = rows.find(([date]) => !date.startsWith(`${year}-`))
  if (outside) {
    throw new UpstreamDataError(
      source,
      `bar dated ${outside[0]} in the ${year} answer for ${ticker}`,
    )
  }
  return rows
}

/** `kline_dayqfq={…}` (the `_var=` form) → `{…}`; a plain JSON body passes unchanged. */
function stripVariable(text: string): string {
  const body = text.trim()
  const match = /^[A-Za-z_$][\w$]*\s*=\s*([\s\S]*?);?$/.exec(body)
  return match && !body.startsWith('{') ? (match[1] ?? '') : body
}

function badRow(ticker: Ticker, index: number, row: WireTencentKlineRow, problem: string) {
  const text = JSON.stringify(row.slice(0, 6))
  return new UpstreamDataError(source, `bad kline row ${index} for ${ticker} ${text}: ${problem}`)
}

const decimal = /^-?\d+(\.\d+)?$/

/** A finite number, or null (a 400-digit cell reads as Infinity and is refused too). */
function cellNumber(cell: WireTencentKlineCell): number | null {
  const value = typeof cell === 'number' ? cell : decimal.test(cell.trim()) ? Number(cell) : null
  return value !== null && Number.isFinite(value) ? value : null
}

// Column order is date, open, close, high, low, volume: not OHLC.
function parseRow(
  row: WireTencentKlineRow,
  ticker: Ticker,
  index: number,
  sharesPerUnit: number,
): DailyBar {
  const [date, openCell, closeCell, highCell, lowCell, volumeCell] = row
  const bad = (problem: string) => badRow(ticker, index, row, problem)
  if (!isIsoDate(date)) throw bad('no valid date')
  const price = (name: string, cell: WireTencentKlineCell) => {
    const value = cellNumber(cell)
    if (value === null || value <= 0) throw bad(`${name} "${cell}" is not a positive price`)
    return value
  }
  const open = price('open', openCell)
  const close = price('close', closeCell)
  const high = price('high', highCell)
  const low = price('low', lowCell)
  if (high < low) throw bad(`high ${high} below low ${low}`)
  const volume = cellNumber(volumeCell)
  if (volume === null || volume < 0 || !Number.isFinite(volume * sharesPerUnit)) {
    throw bad(`volume "${volumeCell}" is not a count`)
  }
  return {
    date: date as IsoDate,
    open,
    close,
    high,
    low,
    volume: volume * sharesPerUnit,
    amount: null,
  }
}

/** Today's date in China (UTC+8, no daylight saving). */
function chinaToday(): IsoDate {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
}

/** `run` over `items` with at most `limit` in flight; results in input order. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  let failed = false
  const worker = async () => {
    // After a failure no new request starts: the whole history fails anyway.
    while (next < items.length && !failed) {
      const index = next
      next += 1
      try {
        results[index] = await run(items[index] as T)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
