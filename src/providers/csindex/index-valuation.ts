import { compactDate, compareIsoDates, fromCompactDate, isIsoDate } from '@/domain/dates'
import type { IndexValuationPoint } from '@/domain/index-valuation'
import type { IsoDate } from '@/domain/types'
import {
  WireCsiPerfResponse,
  type WireCsiPerfRow,
  type WireCsiValue,
} from '@/providers/csindex/wire'
import { getText, parseJson, UpstreamDataError } from '@/providers/http'
import { upstreamPath } from '@/providers/upstream'
import { validateWire } from '@/providers/validate'

const source = 'CSI index valuation'

/** Default first day requested: the research view's history starts in 2018. */
export const csiHistoryStart: IsoDate = '2018-01-01'

export interface CsiIndexValuationOptions {
  signal?: AbortSignal | undefined
  /** First day requested (default {@link csiHistoryStart}). */
  from?: IsoDate
  /** Today in China time (default: from the clock); rows dated later are dropped. */
  today?: IsoDate
}

/** Today's date in China (UTC+8, no daylight saving). */
function chinaToday(): IsoDate {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
}

/**
 * Daily close and PE-TTM of a CSI index from the official site
 * (`/csindex-home/perf/index-perf?indexCode=000991&startDate=20180101&endDate=<today>`), oldest
 * first. `peg` is the vendor's PE-TTM.
 *
 * - Rows dated after `today` are dropped (the site has been seen to send a future-dated row).
 * - A request starting before the index's first published day makes the site emit a forged first
 *   row dated `startDate` that repeats the next real row; a first row dated exactly `from` whose
 *   close and PE (and open, high, low when both have them) equal the next row's is dropped.
 * - A value of 0, an empty string or `-` is "not published" (null); a close must otherwise be
 *   positive. A repeated date with identical values is dropped; with different values it is an
 *   error. Rows without close and PE are left out.
 *
 * Throws an UpstreamDataError naming the index for `success: false` or a code other than 200, no
 * rows (the answer for codes the site does not publish, such as Shenzhen 399xxx), no rows left
 * after dropping future ones, a row for another index, or a malformed row; HttpError /
 * NetworkError when the request fails.
 */
export async function fetchCsiIndexValuation(
  indexCode: string,
  options: CsiIndexValuationOptions = {},
): Promise<IndexValuationPoint[]> {
  const code = indexCode.trim()
  if (!/^[0-9A-Z]{6}$/.test(code)) {
    throw new RangeError(`${source}: "${indexCode}" is not a CSI index code`)
  }
  const from = options.from ?? csiHistoryStart
  const today = options.today ?? chinaToday()
  if (!isIsoDate(from) || !isIsoDate(today) || from > today) {
    throw new RangeError(`${source}: bad date range ${from}..${today}`)
  }
  const query = new URLSearchParams({
    indexCode: code,
    startDate: compactDate(from),
    endDate: compactDate(today),
  })
  const path = upstreamPath('csindex', 'www', `/csindex-home/perf/index-perf?${query}`)
  const text = await getText(path, { signal: options.signal, source })
  const answer = validateWire(WireCsiPerfResponse, parseJson(text, source), source)
  if (!answer.success || String(answer.code) !== '200') {
    const message = answer.msg ? ` ${answer.msg}` : ''
    throw new UpstreamDataError(source, `refused index ${code} (code ${answer.code}${message})`)
  }
  const rows = (answer.data ?? []).map((row, index) => parseRow(row, index, code))
  if (rows.length === 0) throw new UpstreamDataError(source, `no rows for index ${code}`)

  const past = rows
    .filter((row) => row.date <= today)
    .sort((a, b) => compareIsoDates(a.date, b.date))
  const [first, second] = past
  if (first && second && first.date === from && sameValues(first, second)) past.shift()

  const points: IndexValuationPoint[] = []
  past.forEach((row, i) => {
    const previous = past[i - 1]
    if (previous?.date === row.date) {
      if (sameValues(previous, row)) return
      throw new UpstreamDataError(source, `index ${code} has two different rows for ${row.date}`)
    }
    if (row.close === null && row.peTtm === null) return
    points.push({ date: row.date, close: row.close, peTtm: row.peTtm })
  })
  if (points.length === 0) {
    throw new UpstreamDataError(source, `no rows up to ${today} for index ${code}`)
  }
  return points
}

interface ParsedRow extends IndexValuationPoint {
  open: number | null
  high: number | null
  low: number | null
}

function sameValues(a: ParsedRow, b: ParsedRow): boolean {
  const same = (x: number | null, y: number | null) => x === null || y === null || x === y
  return (
    a.close === b.close &&
    a.peTtm === b.peTtm &&
    same(a.open, b.open) &&
    same(a.high, b.high) &&
    same(a.low, b.low)
  )
}

const decimal = /^[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/

function parseRow(row: WireCsiPerfRow, index: number, code: string): ParsedRow {
  const bad = (problem: string) =>
    new UpstreamDataError(
      source,
      `bad row ${index} "${row.tradeDate}" for index ${code}: ${problem}`,
    )
  if (row.indexCode !== undefined && row.indexCode.trim() !== code) {
    throw bad(`it is for index ${row.indexCode}`)
  }
  const date = fromCompactDate(row.tradeDate.trim())
  if (date === null) throw bad('tradeDate is not YYYYMMDD')
  const number = (name: string, value: WireCsiValue): number | null => {
    if (value === null || value === undefined) return null
    const text = typeof value === 'string' ? value.trim() : null
    if (text === '' || text === '-' || text === '--') return null
    const parsed = text === null ? value : decimal.test(text) ? Number(text) : Number.NaN
    if (typeof parsed !== 'number' || !Number.isFinite(parsed)) {
      throw bad(`${name} ${JSON.stringify(value)} is not a number`)
    }
    return parsed === 0 ? null : parsed
  }
  const price = (name: string, value: WireCsiValue) => {
    const parsed = number(name, value)
    if (parsed !== null && parsed < 0) throw bad(`${name} ${parsed} is negative`)
    return parsed
  }
  return {
    date,
    close: price('close', row.close),
    peTtm: number('peg', row.peg),
    open: price('open', row.open),
    high: price('high', row.high),
    low: price('low', row.low),
  }
}
