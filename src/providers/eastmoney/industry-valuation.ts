import { tradingDays } from '@/domain/calendar'
import { addDays, compareIsoDates, isIsoDate, weekdayOf } from '@/domain/dates'
import type { IsoDate } from '@/domain/types'
import { getText, parseJson, UpstreamDataError } from '@/providers/http'
import {
  WireIndustryLatestDateResponse,
  WireIndustryValuationResponse,
  type WireIndustryValuationRow,
} from '@/providers/eastmoney/wire'
import { upstreamPath } from '@/providers/upstream'
import { validateWire } from '@/providers/validate'

const source = 'Eastmoney industry valuation'
const reportName = 'RPT_VALUEINDUSTRY_DET'

/**
 * The pharmaceutical industries of Eastmoney's industry classification, by the names the data
 * center gives them. Their BOARD_CODEs are not known in advance (upstream-apis.md §4.1): they are
 * found by name in a one-day listing of every board and cached.
 */
export const pharmaBoardNames = [
  '化学制药',
  '生物制品',
  '医疗器械',
  '医疗服务',
  '中药',
  '医药商业',
] as const
export type PharmaBoardName = (typeof pharmaBoardNames)[number]

/** One day of an industry's valuation as the data center publishes it. */
export interface IndustryValuationPoint {
  date: IsoDate
  /** Industry PE-TTM as Eastmoney computes it; null when not published. */
  peTtm: number | null
  /** Static PE (last annual results); null when not published. */
  peStatic: number | null
  pb: number | null
  psTtm: number | null
  /** Constituents on that day (NUM), when published. */
  constituents: number | null
  /** Loss-making constituents (LOSS_COUNT), when published. */
  lossMakers: number | null
}

/** A pharma board found by name, with the code the data center uses for it. */
export interface IndustryBoard {
  name: PharmaBoardName
  code: string
  /** The trading day whose listing the code was read from. */
  listedOn: IsoDate
}

/** Resolved board codes are kept this long (industry codes do not change from day to day). */
export const boardCacheMs = 24 * 3_600_000
/** Trading days tried, newest first, when the latest day is not known. */
const daysToTry = 10
/** Boards in one day's listing: Eastmoney has ~100 industries; 400 per page as public clients ask. */
const boardsPageSize = 400
/** History page size; the 2,400-row single request reported by one client is not relied on. */
const historyPageSize = 500
const maxHistoryPages = 20

let cached: { boards: IndustryBoard[]; until: number } | null = null

/** Forgets the resolved codes (tests; a forced refresh). */
export function resetIndustryBoardCache(): void {
  cached = null
}

export interface IndustryOptions {
  signal?: AbortSignal | undefined
  /** Today in China time (default: from the clock). */
  today?: IsoDate
}

/**
 * The pharma boards and their codes, read from one day's listing of every industry
 * (`filter=(TRADE_DATE='YYYY-MM-DD')`) and cached for {@link boardCacheMs}.
 *
 * The day: first the latest TRADE_DATE of the report (one row, newest first, no filter); if that
 * query is refused, the A-share trading days up to `today`, newest first, up to ten. Boards are
 * matched by exact name, then ignoring a trailing level mark (`Ⅱ`, `II`) and spaces. Names not
 * found are left out; none found is an UpstreamDataError.
 */
export async function fetchPharmaBoards({ signal, today }: IndustryOptions = {}): Promise<
  IndustryBoard[]
> {
  if (cached && Date.now() < cached.until) return cached.boards
  const day = today ?? chinaToday()
  const latest = await latestTradeDate(signal)
  const candidates = latest ? [latest] : recentTradingDays(day)
  for (const date of candidates) {
    const rows = await boardsListedOn(date, signal)
    if (rows.length === 0) continue
    const boards = pharmaBoardNames.flatMap((name): IndustryBoard[] => {
      const row =
        rows.find((candidate) => candidate.BOARD_NAME.trim() === name) ??
        rows.find((candidate) => normaliseName(candidate.BOARD_NAME) === name)
      return row ? [{ name, code: row.BOARD_CODE, listedOn: date }] : []
    })
    if (boards.length === 0) {
      throw new UpstreamDataError(
        source,
        `no pharma board (${pharmaBoardNames.join(', ')}) among ${rows.length} boards on ${date}`,
      )
    }
    cached = { boards, until: Date.now() + boardCacheMs }
    return boards
  }
  throw new UpstreamDataError(
    source,
    `no board listing for any of ${candidates.join(', ')} (report empty or refused)`,
  )
}

/**
 * Daily valuation of one pharma board (found by name, see {@link fetchPharmaBoards}), oldest
 * first: PE-TTM, static PE, PB-MRQ and PS-TTM where published, with the constituent and
 * loss-maker counts (NUM, LOSS_COUNT). All pages are read (500 rows each). Throws an
 * UpstreamDataError when the board is unknown, the report refuses or is empty, or a row is for
 * another board or has no valid date.
 */
export async function fetchEastmoneyIndustryValuation(
  board: PharmaBoardName,
  options: IndustryOptions = {},
): Promise<IndustryValuationPoint[]> {
  const boards = await fetchPharmaBoards(options)
  const found = boards.find((candidate) => candidate.name === board)
  if (!found) {
    throw new UpstreamDataError(
      source,
      `board ${board} not in the industry listing (found ${boards.map((b) => b.name).join(', ')})`,
    )
  }
  const { signal } = options
  const first = await historyPage(found, 1, signal)
  const pages = first.pages
  if (!Number.isInteger(pages) || pages < 1 || pages > maxHistoryPages) {
    throw new UpstreamDataError(source, `implausible page count ${pages} for ${board}`)
  }
  const rest = await Promise.all(
    Array.from({ length: pages - 1 }, (_, i) => historyPage(found, i + 2, signal)),
  )
  const byDate = new Map<IsoDate, IndustryValuationPoint>()
  for (const row of [first, ...rest].flatMap((page) => page.data)) {
    const point = toPoint(row, found)
    if (!byDate.has(point.date)) byDate.set(point.date, point)
  }
  return [...byDate.values()].sort((a, b) => compareIsoDates(a.date, b.date))
}

function query(params: Record<string, string>): string {
  // Real characters in `filter`: URLSearchParams encodes once (pre-encoded text is double-encoded
  // and the data center answers with no rows).
  const search = new URLSearchParams({ reportName, ...params, source: 'WEB', client: 'WEB' })
  return upstreamPath('eastmoney', 'datacenter', `/api/data/v1/get?${search}`)
}

async function request(path: string, signal: AbortSignal | undefined) {
  const text = await getText(path, { signal, source })
  return validateWire(WireIndustryValuationResponse, parseJson(text, source), source)
}

const noRows = (answer: WireIndustryValuationResponse) =>
  answer.code === 9201 || (answer.success && (answer.result?.data.length ?? 0) === 0)

function refusal(answer: WireIndustryValuationResponse, what: string): UpstreamDataError {
  const reason = `code ${answer.code}${answer.message ? ` ${answer.message}` : ''}`
  return new UpstreamDataError(source, `refused ${what} (${reason})`)
}

/** The report's newest TRADE_DATE, or null when that form of query is refused or empty. */
async function latestTradeDate(signal: AbortSignal | undefined): Promise<IsoDate | null> {
  try {
    const path = query({
      columns: 'TRADE_DATE',
      sortColumns: 'TRADE_DATE',
      sortTypes: '-1',
      pageSize: '1',
      pageNumber: '1',
    })
    const text = await getText(path, { signal, source })
    const answer = validateWire(WireIndustryLatestDateResponse, parseJson(text, source), source)
    const date = dayOf(answer.result?.data[0]?.TRADE_DATE ?? '')
    return answer.success && answer.code === 0 ? date : null
  } catch (error) {
    if (signal?.aborted) throw error
    // Only the shape of this shortcut is unverified: the dated listing below is the documented way.
    if (error instanceof UpstreamDataError) return null
    throw error
  }
}

/** Every board's row on one day (all pages, at most 3). Empty when that day has no rows. */
async function boardsListedOn(
  date: IsoDate,
  signal: AbortSignal | undefined,
): Promise<WireIndustryValuationRow[]> {
  const rows: WireIndustryValuationRow[] = []
  for (let page = 1; page <= 3; page += 1) {
    const answer = await request(
      query({
        columns: 'BOARD_CODE,BOARD_NAME,ORIGINALCODE,TRADE_DATE',
        filter: `(TRADE_DATE='${date}')`,
        sortColumns: 'BOARD_CODE',
        sortTypes: '1',
        pageSize: String(boardsPageSize),
        pageNumber: String(page),
      }),
      signal,
    )
    if (noRows(answer)) return rows
    if (!answer.success || answer.code !== 0 || !answer.result) {
      throw refusal(answer, `the board listing of ${date}`)
    }
    rows.push(...answer.result.data)
    if (page >= answer.result.pages) break
  }
  return rows
}

async function historyPage(board: IndustryBoard, page: number, signal: AbortSignal | undefined) {
  const answer = await request(
    query({
      columns: 'ALL',
      filter: `(BOARD_CODE="${board.code}")`,
      sortColumns: 'TRADE_DATE',
      sortTypes: '-1',
      pageSize: String(historyPageSize),
      pageNumber: String(page),
    }),
    signal,
  )
  const what = `${board.name} (${board.code})${page > 1 ? ` page ${page}` : ''}`
  if (noRows(answer)) throw new UpstreamDataError(source, `no valuation rows for ${what}`)
  if (!answer.success || answer.code !== 0 || !answer.result) throw refusal(answer, what)
  return answer.result
}

function toPoint(row: WireIndustryValuationRow, board: IndustryBoard): IndustryValuationPoint {
  const bad = (problem: string) =>
    new UpstreamDataError(source, `bad row "${row.TRADE_DATE}" for ${board.name}: ${problem}`)
  if (row.BOARD_CODE !== board.code) throw bad(`it is for board ${row.BOARD_CODE}`)
  const date = dayOf(row.TRADE_DATE)
  if (date === null) throw bad('TRADE_DATE is not a date')
  const count = (value: number | null | undefined, name: string) => {
    if (value === null || value === undefined) return null
    if (!Number.isInteger(value) || value < 0) throw bad(`${name} ${value} is not a count`)
    return value
  }
  const constituents = count(row.NUM, 'NUM')
  const lossMakers = count(row.LOSS_COUNT, 'LOSS_COUNT')
  if (constituents !== null && lossMakers !== null && lossMakers > constituents) {
    throw bad(`${lossMakers} loss-makers among ${constituents} constituents`)
  }
  return {
    date,
    peTtm: row.PE_TTM ?? null,
    peStatic: row.PE_LAR ?? null,
    pb: row.PB_MRQ ?? null,
    psTtm: row.PS_TTM ?? null,
    constituents,
    lossMakers,
  }
}

/** `2026-08-13 00:00:00` or `2026-08-13` → `2026-08-13`, else null. */
function dayOf(text: string): IsoDate | null {
  const date = /^(\d{4}-\d{2}-\d{2})(?: 00:00:00)?$/.exec(text.trim())?.[1] ?? ''
  return isIsoDate(date) ? date : null
}

/** `化学制药Ⅱ` / `中药 II` → `化学制药` / `中药`. */
function normaliseName(name: string): string {
  return name.replace(/\s+/g, '').replace(/(Ⅰ|Ⅱ|Ⅲ|III|II|I)$/, '')
}

/** Up to ten A-share trading days up to `today`, newest first (today's rows come after the close). */
function recentTradingDays(today: IsoDate): IsoDate[] {
  try {
    return tradingDays('A', { from: addDays(today, -30), to: today })
      .reverse()
      .slice(0, daysToTry)
  } catch {
    // Outside the calendar's coverage: weekdays stand in for trading days.
    const days: IsoDate[] = []
    for (let date = today; days.length < daysToTry; date = addDays(date, -1)) {
      const weekday = weekdayOf(date)
      if (weekday !== 0 && weekday !== 6) days.push(date)
    }
    return days
  }
}

/** Today's date in China (UTC+8, no daylight saving). */
function chinaToday(): IsoDate {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
}
