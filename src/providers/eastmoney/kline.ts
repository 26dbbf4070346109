import { marketOf } from '@/domain/tickers'
import type { DailyBar, Ticker } from '@/domain/types'
import { getText, parseJson, UpstreamDataError } from '@/providers/http'
import { unwrapJsonp } from '@/providers/jsonp'
import { toSecid } from '@/providers/eastmoney/secid'
import { isIsoDate } from '@/domain/dates'
import { parseDecimal } from '@/providers/eastmoney/values'
import { WireKlineResponse } from '@/providers/eastmoney/wire'
import { upstreamPath } from '@/providers/upstream'
import { validateWire } from '@/providers/validate'

const barsSource = 'Eastmoney kline'

/** A validated kline CSV row, cells split, with its position for error messages. */
export interface KlineRow {
  index: number
  row: string
  cells: string[]
}

/**
 * Fetches the daily history of one secid (daily, forward-adjusted, everything from `beg=0`, or the
 * last `limit` sessions: `lmt` counts back from `end`) and returns its CSV rows. Throws an
 * UpstreamDataError when push2his refuses (`rc ≠ 0`, `data: null`, no klines), answers for another
 * instrument, sends more rows than `limit`, or sends dates out of order.
 */
export async function fetchDailyKlineRows(
  secid: string,
  subject: string,
  {
    signal,
    source,
    limit,
  }: { signal?: AbortSignal | undefined; source: string; limit?: number | undefined },
): Promise<KlineRow[]> {
  const query = new URLSearchParams({
    secid,
    klt: '101', // daily
    fqt: '1', // forward-adjusted (前复权)
    beg: '0',
    end: '20500101',
    lmt: String(limit ?? 1_000_000), // default: the full history (the app filters ranges itself)
    fields1: 'f1,f2,f3,f4,f5,f6',
    fields2: 'f51,f52,f53,f54,f55,f56,f57', // date, open, close, high, low, volume, amount
  })
  const path = upstreamPath('eastmoney', 'push2his', `/api/qt/stock/kline/get?${query}`)
  const text = await getText(path, { signal, source })
  const { rc, data } = validateWire(
    WireKlineResponse,
    parseJson(unwrapJsonp(text, source), source),
    source,
  )
  if (rc !== 0) throw new UpstreamDataError(source, `refused ${subject} (rc ${rc})`)
  if (data === null) throw new UpstreamDataError(source, `no data for ${subject} (data: null)`)
  const answered = `${data.market}.${data.code}`
  if (answered !== secid) {
    throw new UpstreamDataError(source, `asked for ${subject} (${secid}) but got ${answered}`)
  }
  if (data.klines.length === 0) throw new UpstreamDataError(source, `no bars for ${subject}`)
  if (limit !== undefined && data.klines.length > limit) {
    throw new UpstreamDataError(
      source,
      `${data.klines.length} bars for ${subject}, more than the ${limit} asked`,
    )
  }

  let previousDate = ''
  return data.klines.map((row, index) => {
    const cells = row.split(',')
    const date = cells[0] ?? ''
    if (!isIsoDate(date)) throw badRow(source, subject, index, row, 'no valid date')
    if (date <= previousDate) {
      throw badRow(source, subject, index, row, `date not after the previous ${previousDate}`)
    }
    previousDate = date
    return { index, row, cells }
  })
}

/** An UpstreamDataError naming the bad row: `bad kline row 3 for 02696.HK "…": high below low`. */
export function badRow(
  source: string,
  subject: string,
  index: number,
  row: string,
  problem: string,
): UpstreamDataError {
  return new UpstreamDataError(source, `bad kline row ${index} for ${subject} "${row}": ${problem}`)
}

/**
 * Full daily history of one listing (or its last `limit` sessions), forward-adjusted (前复权),
 * oldest first, from push2his. Prices in the trading currency; volume in shares (A-share lots of
 * 100 converted); amount in the trading currency. Suspended sessions have no bar. Throws (naming
 * the ticker) for a refusal, an empty history, or any row that is not a valid bar. Forward
 * adjustment rescales the past to the latest price, so the last sessions of the full history and a
 * window of them carry the same prices.
 */
export async function fetchEastmoneyDailyBars(
  ticker: Ticker,
  { signal, limit }: { signal?: AbortSignal | undefined; limit?: number | undefined } = {},
): Promise<DailyBar[]> {
  const rows = await fetchDailyKlineRows(toSecid(ticker), ticker, {
    signal,
    source: barsSource,
    limit,
  })
  // A-share volume is in lots (手) of 100 shares; HK volume is already in shares.
  const sharesPerUnit = marketOf(ticker) === 'A' ? 100 : 1
  return rows.map((row) => parseBar(row, ticker, sharesPerUnit))
}

// Column order is date, open, close, high, low, volume, amount: not OHLC.
function parseBar(
  { index, row, cells }: KlineRow,
  ticker: Ticker,
  sharesPerUnit: number,
): DailyBar {
  const bad = (problem: string) => badRow(barsSource, ticker, index, row, problem)
  if (cells.length < 7) throw bad(`${cells.length} columns, expected at least 7`)
  const price = (name: string, cell: string | undefined) => {
    const value = parseDecimal(cell)
    if (value === null || value <= 0) throw bad(`${name} "${cell ?? ''}" is not a positive price`)
    return value
  }
  const [date = '', openCell, closeCell, highCell, lowCell, volumeCell, amountCell = ''] = cells
  const open = price('open', openCell)
  const close = price('close', closeCell)
  const high = price('high', highCell)
  const low = price('low', lowCell)
  if (high < low) throw bad(`high ${high} below low ${low}`)

  const volume = parseDecimal(volumeCell)
  // In shares it must stay finite too (A-share lots × 100).
  if (volume === null || volume < 0 || !Number.isFinite(volume * sharesPerUnit)) {
    throw bad(`volume "${volumeCell ?? ''}" is not a count`)
  }
  // Some vendors leave turnover blank or '-' when they do not have it.
  const amount = amountCell === '' || amountCell === '-' ? null : parseDecimal(amountCell)
  if (amount === null ? amountCell !== '' && amountCell !== '-' : amount < 0) {
    throw bad(`amount "${amountCell}" is not a sum of money`)
  }
  return { date, open, close, high, low, volume: volume * sharesPerUnit, amount }
}
