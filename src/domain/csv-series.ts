import { addDays, isIsoDate } from '@/domain/dates'
import type { DateRange, IsoDate } from '@/domain/types'

/**
 * Interpretation of a user's CSV export (Lixinger, Wind, a spreadsheet) as dated numeric series.
 *
 * Pure: the input is rows of text cells with the line each starts on, already split by a CSV
 * parser; nothing here reads files or knows the delimiter. Every function returns a value or a
 * reason and never throws; no NaN or ±Infinity ever reaches a series.
 */

/** One row of a CSV file: its cells as text and the 1-based line of the file on which it starts. */
export interface CsvRow {
  line: number
  cells: readonly string[]
}

/** One observation of an imported series (any finite value, including zero and negatives). */
export interface CsvPoint {
  date: IsoDate
  value: number
}

/** One value column of the file: its header and its points, dates ascending and unique. */
export interface CsvSeries {
  name: string
  points: CsvPoint[]
}

/** Order of the data rows' dates as they appear in the file. */
export type CsvOrder = 'oldest-first' | 'newest-first' | 'unsorted'

/**
 * English message of each kind of problem, with `{placeholders}` filled from `CsvIssue.values`.
 * The UI translates these templates (they double as i18n keys).
 */
export const csvIssueMessages = {
  empty: 'the file has no rows',
  'before-header': 'skipped: comes before the header row',
  'no-date-column':
    'no date column: name one "date" or "日期", or put dates such as 2025-02-26 in a column',
  'no-data-rows': 'there are no data rows below the header',
  'no-valid-dates': 'no row has a date that could be read',
  'no-value-column': 'no column besides the date has numbers',
  'missing-date': 'no date; the row is skipped',
  'not-a-date': '"{cell}" is not a date; the row is skipped',
  'impossible-date': '"{cell}" is not a real date; the row is skipped',
  'not-a-number': '"{cell}" is not a number',
  'not-finite': '"{cell}" is too large to use',
  'extra-cells': 'more cells than the header has columns; the extra cells are ignored',
  'duplicate-date': '{date} already appeared on line {first}; the later value is used',
  'mixed-date-formats': 'dates are written in several formats ({formats}); all of them were read',
} as const satisfies Record<string, string>

export type CsvIssueCode = keyof typeof csvIssueMessages

/** A problem found in the file, at the line where it occurs. */
export interface CsvIssue {
  /** 1-based line of the file. */
  line: number
  /** Header of the value column concerned; absent for problems with a whole row or file. */
  column?: string
  code: CsvIssueCode
  /** Values for the placeholders of `csvIssueMessages[code]`. */
  values: Readonly<Record<string, string | number>>
  /** The English message, placeholders filled. */
  reason: string
}

export interface CsvInterpretation {
  /** Value columns that have at least one number on a row with a readable date, in file order. */
  series: CsvSeries[]
  /** Header of the date column, or null when none was found (then there are no series). */
  dateColumn: string | null
  /** Problems ordered by line; at most `maxIssues` of them. */
  issues: CsvIssue[]
  /** Every problem found, including those beyond `maxIssues` that were not kept. */
  issueCount: number
  /** Non-empty rows below the header, usable or not. */
  rowsRead: number
  /** First and last readable date of the data rows; null when there is none. */
  dateRange: DateRange | null
  /** Order of the readable dates in the file (ties allowed); `oldest-first` for fewer than two. */
  order: CsvOrder
}

export interface CsvInterpretOptions {
  /**
   * Comma as the decimal point (`24,1` = 24.1; `1.234,5` = 1234.5), as European spreadsheets
   * write numbers in semicolon-separated files. Default: point as the decimal, comma grouping.
   */
  decimalComma?: boolean
  /** Keep at most this many issues (the ones on the earliest lines); all are counted. */
  maxIssues?: number
}

/** An incremental interpreter: rows in, chunk by chunk; the interpretation out at the end. */
export interface CsvInterpreter {
  push: (rows: readonly CsvRow[]) => void
  finish: () => CsvInterpretation
  /** `finish` in steps: pauses (yields undefined) every 16,384 rows or points; returns the result. */
  finishInSteps: () => Generator<void, CsvInterpretation, void>
}

// ─── Cells ──────────────────────────────────────────────────────────────────────────────────────

/** A date cell read: the calendar date and the way it was written (`YYYY-MM-DD`, `YYYYMMDD`, …). */
export type DateCell =
  | { ok: true; date: IsoDate; format: string }
  | { ok: false; reason: 'blank' | 'not-a-date' | 'impossible-date' }

/** A number cell read. `missing` = an explicit marker such as `--`, `N/A` or `NaN`. */
export type NumberCell =
  | { ok: true; value: number }
  | { ok: false; reason: 'blank' | 'missing' | 'not-a-number' | 'not-finite' }

const nonPrintableAscii = /[^\x20-\x7e]/

/** Full-width forms to ASCII (NFKC), the typographic minus to `-`, outer spaces trimmed. */
function normalise(cell: string): string {
  if (!nonPrintableAscii.test(cell)) return cell.trim()
  return cell.normalize('NFKC').replaceAll('\u2212', '-').trim()
}

const separatedDate =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i
const compactDate = /^(\d{4})(\d{2})(\d{2})$/
const chineseDate = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/
const separatorFormats: Record<string, string> = {
  '-': 'YYYY-MM-DD',
  '/': 'YYYY/M/D',
  '.': 'YYYY.M.D',
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** Minutes east of UTC of `Z`, `+08`, `+0800` or `+08:00`; null when out of range. */
function offsetMinutes(offset: string): number | null {
  if (offset.toUpperCase() === 'Z') return 0
  const digits = offset.slice(1).replace(':', '')
  const hours = Number(digits.slice(0, 2))
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0
  if (hours > 23 || minutes > 59) return null
  return (offset.startsWith('-') ? -1 : 1) * (hours * 60 + minutes)
}

/**
 * Reads a date cell. Accepted, after full-width characters are folded to ASCII:
 * `2025-02-26`, `2025-2-6`, `2025/2/26`, `2025.02.26`, `20250226`, `2025年2月26日`, and any of
 * the separated forms followed by a time (`2025-02-26 09:30`, `2025-02-26T09:30:00+08:00`).
 *
 * A time without an offset is taken as exchange time and only its date is kept; with an offset
 * other than +08:00 the instant is moved to UTC+8 first (`2025-02-25T20:00:00Z` is 2025-02-26).
 * A well-formed date that does not exist (`2025-02-30`, `2025-13-01`, hour 25) is
 * `impossible-date`; anything else that is not blank is `not-a-date`.
 */
export function parseDateCell(cell: string): DateCell {
  const fast = isoDateFast(cell)
  if (fast !== undefined) return fast
  if (startsWithIdeograph(cell)) return { ok: false, reason: 'not-a-date' }
  const text = normalise(cell)
  if (text === '') return { ok: false, reason: 'blank' }

  let match = compactDate.exec(text)
  if (match) return checkedDate(match[1], match[2], match[3], 'YYYYMMDD')
  match = chineseDate.exec(text)
  if (match) return checkedDate(match[1], match[2], match[3], 'YYYY年M月D日')
  match = separatedDate.exec(text)
  if (!match) return { ok: false, reason: 'not-a-date' }

  const format = separatorFormats[match[2] ?? ''] ?? 'YYYY-MM-DD'
  const [, year, , month, day, hour, minute, second, offset] = match
  if (hour === undefined) return checkedDate(year, month, day, format)

  const day0 = checkedDate(year, month, day, `${format} hh:mm`)
  if (!day0.ok) return day0
  const [h, m, s] = [Number(hour), Number(minute), Number(second ?? '0')]
  if (h > 23 || m > 59 || s > 60) return { ok: false, reason: 'impossible-date' }
  if (offset === undefined) return day0
  const east = offsetMinutes(offset)
  if (east === null) return { ok: false, reason: 'impossible-date' }
  const shift = Math.floor((h * 60 + m - east + 8 * 60) / (24 * 60))
  if (shift === 0) return day0
  try {
    return { ...day0, date: addDays(day0.date, shift) }
  } catch {
    return { ok: false, reason: 'impossible-date' }
  }
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  if (month === 2) return day <= (isLeapYear(year) ? 29 : 28)
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31)
}

/** Digits of `text` from `start` to `end` as a number; -1 if any is not an ASCII digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/** The common case `YYYY-MM-DD`, read without regular expressions; undefined for any other form. */
function isoDateFast(cell: string): DateCell | undefined {
  if (cell.length !== 10 || cell.charCodeAt(4) !== 45 || cell.charCodeAt(7) !== 45) return undefined
  const [year, month, day] = [digitsAt(cell, 0, 4), digitsAt(cell, 5, 7), digitsAt(cell, 8, 10)]
  if (year < 0 || month < 0 || day < 0) return undefined
  return validDay(year, month, day)
    ? { ok: true, date: cell, format: 'YYYY-MM-DD' }
    : { ok: false, reason: 'impossible-date' }
}

/** A cell that starts with a CJK ideograph is text: NFKC maps no ideograph to a digit. */
function startsWithIdeograph(cell: string): boolean {
  const code = cell.charCodeAt(0)
  return code >= 0x4e00 && code <= 0x9fff
}

function checkedDate(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  format: string,
): DateCell {
  const date = `${year}-${pad2(Number(month))}-${pad2(Number(day))}`
  return isIsoDate(date) ? { ok: true, date, format } : { ok: false, reason: 'impossible-date' }
}

const missingMarkers = new Set([
  '-',
  '--',
  '---',
  '—',
  '——',
  '–',
  '/',
  'n/a',
  'na',
  'n.a.',
  'nan',
  'null',
  'none',
  '#n/a',
  '#div/0!',
  '#value!',
  '#ref!',
  '#num!',
  '#name?',
  '#null!',
])
const simpleNumber = /^-?\d+(?:\.\d+)?$/
const plainNumber = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i
const commaGrouped = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/
const pointGroupedCommaDecimal = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d*)?$/
const commaDecimal = /^[+-]?\d*,\d+$/
const pointGroupedOnly = /^[+-]?\d{1,3}(?:\.\d{3}){2,}$/

/** The cell as a plain JS number literal, grouping removed; null when the grouping is irregular. */
function ungrouped(text: string, decimalComma: boolean): string | null {
  const comma = text.includes(',')
  if (!decimalComma) {
    if (!comma) return text
    return commaGrouped.test(text) ? text.replaceAll(',', '') : null
  }
  if (comma && text.includes('.')) {
    // Both marks: whichever comes last is the decimal point.
    if (pointGroupedCommaDecimal.test(text)) return text.replaceAll('.', '').replace(',', '.')
    return commaGrouped.test(text) ? text.replaceAll(',', '') : null
  }
  if (comma) return commaDecimal.test(text) ? text.replace(',', '.') : null
  return pointGroupedOnly.test(text) ? text.replaceAll('.', '') : text
}

/**
 * Reads a number cell: `24.1`, `-3`, `1e3`, `1,234.5` (comma grouping in threes), full-width
 * `２４．１`, and a trailing `%` (read as a fraction, `12.5%` = 0.125, the domain's convention).
 * Blank is `blank`; `-`, `--`, `—`, `N/A`, `NaN`, `null`, `None` and spreadsheet errors such as
 * `#DIV/0!` are `missing`; a value beyond ±1.8e308 is `not-finite`; anything else `not-a-number`.
 * With `decimalComma` the comma is the decimal point and the full stop groups thousands.
 */
export function parseNumberCell(
  cell: string,
  options: { decimalComma?: boolean } = {},
): NumberCell {
  if (simpleNumber.test(cell)) return finiteValue(Number(cell))
  if (startsWithIdeograph(cell)) return { ok: false, reason: 'not-a-number' }
  let text = normalise(cell)
  if (text === '') return { ok: false, reason: 'blank' }
  if (missingMarkers.has(text.toLowerCase())) return { ok: false, reason: 'missing' }
  const percent = text.endsWith('%')
  if (percent) text = text.slice(0, -1).trimEnd()
  const literal = ungrouped(text, options.decimalComma === true)
  if (literal === null || !plainNumber.test(literal)) return { ok: false, reason: 'not-a-number' }
  const value = Number(literal)
  return finiteValue(percent ? value / 100 : value)
}

function finiteValue(value: number): NumberCell {
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-finite' }
  return { ok: true, value: value === 0 ? 0 : value } // no -0
}

// ─── Header ─────────────────────────────────────────────────────────────────────────────────────

const dateHeaders = new Set([
  'date',
  'dates',
  'day',
  'time',
  'datetime',
  'timestamp',
  'tradedate',
  'tradingdate',
  'tradingday',
  'tdate',
  'enddate',
  '日期',
  '交易日期',
  '交易日',
  '时间',
  '日期时间',
  '交易时间',
  '统计日期',
  '截止日期',
])

/**
 * True when a header names a date column: `date`, `Date`, `Trade Date`, `trade_date`, `日期`,
 * `交易日期`, `时间`, … (case, spaces, `_`, `-` and a trailing bracketed note ignored).
 */
export function isDateHeader(header: string): boolean {
  const key = normalise(header)
    .replace(/[(（[].*[)）\]]$/u, '')
    .toLowerCase()
    .replace(/[\s_-]/g, '')
  return dateHeaders.has(key)
}

// ─── Interpretation ────────────────────────────────────────────────────────────────────────────

// A header is the first row with two or more cells; up to this many rows may come before it.
const preambleRows = 10
// Without a date header, the date column is found in the content of this many rows.
const sniffRows = 50
const shownCellLength = 40

function shown(cell: string): string {
  const text = cell.trim()
  return text.length > shownCellLength ? `${text.slice(0, shownCellLength)}…` : text
}

function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
}

function issue(
  line: number,
  code: CsvIssueCode,
  values: Readonly<Record<string, string | number>> = {},
  column?: string,
): CsvIssue {
  const reason = fill(csvIssueMessages[code], values)
  return column === undefined
    ? { line, code, values, reason }
    : { line, column, code, values, reason }
}

/** A bounded list of issues: keeps the first `max` offered, counts all. */
class IssueList {
  readonly kept: CsvIssue[] = []
  count = 0
  private readonly max: number
  constructor(max: number) {
    this.max = max
  }
  /** Counts one more issue; true when it is to be kept (then the caller pushes it to `kept`). */
  take(): boolean {
    this.count += 1
    return this.kept.length < this.max
  }
}

/** yyyymmdd as an integer: sortable, cheap to store for a million rows. */
const dateKey = (date: IsoDate) =>
  digitsAt(date, 0, 4) * 10_000 + digitsAt(date, 5, 7) * 100 + digitsAt(date, 8, 10)
const keyDate = (key: number): IsoDate =>
  `${String(Math.floor(key / 10_000)).padStart(4, '0')}-${pad2(Math.floor(key / 100) % 100)}-${pad2(key % 100)}`

/** Unique, non-blank column names: a blank header is `Column n`, a repeated one gets ` (2)`. */
function columnNames(cells: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return cells.map((cell, i) => {
    // trim() also drops a byte-order mark left on the first cell
    const base = normalise(cell) === '' ? `Column ${i + 1}` : cell.trim()
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base} (${count})`
  })
}

// The final pass pauses after this many steps, so a caller can yield to the page in between.
const stepsPerPause = 1 << 14

/**
 * Starts an incremental interpretation (see `interpretCsv` for the rules); feed it rows in file
 * order with `push`, then call `finish` once. It keeps one integer date per row and one number per
 * row and column, never the rows themselves, so a large file can be interpreted chunk by chunk.
 * `finishInSteps` is `finish` as a generator that pauses every 16,384 rows or points, for callers
 * that must not block for long (it yields nothing; its return value is the interpretation).
 */
export function createCsvInterpreter(options: CsvInterpretOptions = {}): CsvInterpreter {
  const cellOptions = { decimalComma: options.decimalComma === true }
  const maxIssues = Math.max(0, options.maxIssues ?? Number.POSITIVE_INFINITY)
  const issues = new IssueList(maxIssues)

  let phase: 'header' | 'date-column' | 'data' = 'header'
  const pending: CsvRow[] = [] // rows before the header is known, or before the date column is
  let headerLine = 0
  let names: string[] = []
  let dateIndex = -1
  let rowsRead = 0

  // Per readable data row: its date key and line; per column, its value on that row (NaN = none).
  const keys: number[] = []
  const lines: number[] = []
  let values: number[][] = []
  let numbers: number[] = []
  let cellIssues: IssueList[] = []
  let ascending = true
  let descending = true
  const formats: string[] = []
  let mixedFormatLine = 0

  function startColumns(header: CsvRow, headerless: boolean) {
    headerLine = header.line
    names = headerless ? header.cells.map((_, i) => `Column ${i + 1}`) : columnNames(header.cells)
    values = names.map(() => [])
    numbers = names.map(() => 0)
    cellIssues = names.map(() => new IssueList(maxIssues))
    dateIndex = headerless ? -1 : names.findIndex(isDateHeader)
    phase = dateIndex >= 0 ? 'data' : 'date-column'
  }

  /** The header row is data when it already holds a date and a number (a file without header). */
  function looksLikeData(row: CsvRow): boolean {
    const dateAt = row.cells.findIndex((cell) => parseDateCell(cell).ok)
    return (
      dateAt >= 0 &&
      row.cells.some((cell, i) => i !== dateAt && parseNumberCell(cell, cellOptions).ok)
    )
  }

  function chooseHeader(at: number) {
    const header = pending[at]
    if (header === undefined) return
    const rest = pending.splice(0)
    for (const skipped of rest.slice(0, at)) {
      if (issues.take()) issues.kept.push(issue(skipped.line, 'before-header'))
    }
    const headerless = looksLikeData(header)
    startColumns(header, headerless)
    for (const row of rest.slice(headerless ? at : at + 1)) take(row)
  }

  /** The column where most of the first rows hold dates (more than half of its filled cells). */
  function chooseDateColumn() {
    let best = -1
    let bestDates = 0
    names.forEach((_, column) => {
      let dates = 0
      let filled = 0
      for (const row of pending) {
        const parsed = parseDateCell(row.cells[column] ?? '')
        if (parsed.ok) dates += 1
        if (parsed.ok || parsed.reason !== 'blank') filled += 1
      }
      if (dates > bestDates && dates * 2 > filled) [best, bestDates] = [column, dates]
    })
    dateIndex = best
    phase = 'data'
    const rows = pending.splice(0)
    rowsRead -= rows.length
    for (const row of rows) take(row)
  }

  function take(row: CsvRow) {
    if (row.cells.every((cell) => cell.trim() === '')) return
    if (phase === 'header') {
      pending.push(row)
      if (row.cells.filter((cell) => cell.trim() !== '').length >= 2) {
        chooseHeader(pending.length - 1)
      } else if (pending.length >= preambleRows) chooseHeader(0)
      return
    }
    rowsRead += 1
    if (phase === 'date-column') {
      pending.push(row)
      if (pending.length >= sniffRows) chooseDateColumn()
      return
    }
    if (dateIndex >= 0) readDataRow(row)
  }

  function readDataRow({ line, cells }: CsvRow) {
    for (let column = names.length; column < cells.length; column++) {
      if ((cells[column] ?? '').trim() === '') continue
      if (issues.take()) issues.kept.push(issue(line, 'extra-cells'))
      break
    }
    const dateText = cells[dateIndex] ?? ''
    const parsed = parseDateCell(dateText)
    if (!parsed.ok) {
      if (issues.take()) {
        issues.kept.push(
          parsed.reason === 'blank'
            ? issue(line, 'missing-date')
            : issue(line, parsed.reason, { cell: shown(dateText) }),
        )
      }
      return
    }
    if (!formats.includes(parsed.format)) {
      formats.push(parsed.format)
      if (formats.length === 2) mixedFormatLine = line
    }
    const key = dateKey(parsed.date)
    const previous = keys.length > 0 ? keys[keys.length - 1] : undefined
    if (previous !== undefined) {
      if (key < previous) ascending = false
      if (key > previous) descending = false
    }
    keys.push(key)
    lines.push(line)
    for (let column = 0; column < names.length; column++) {
      if (column === dateIndex) continue
      const cell = cells[column] ?? ''
      // Plain numbers first, without allocating a result: most cells of a large file are.
      const plain = simpleNumber.test(cell) ? Number(cell) + 0 : Number.NaN // + 0 turns -0 into 0
      if (Number.isFinite(plain)) {
        values[column]?.push(plain)
        numbers[column] = (numbers[column] ?? 0) + 1
        continue
      }
      const number = parseNumberCell(cell, cellOptions)
      values[column]?.push(number.ok ? number.value : Number.NaN)
      if (number.ok) numbers[column] = (numbers[column] ?? 0) + 1
      else if (number.reason === 'not-a-number' || number.reason === 'not-finite') {
        const list = cellIssues[column]
        if (list?.take()) {
          list.kept.push(issue(line, number.reason, { cell: shown(cell) }, names[column] ?? ''))
        }
      }
    }
  }

  function* finishInSteps(): Generator<void, CsvInterpretation, void> {
    // Whole-file findings, kept whatever the cap: they say why nothing (or little) was imported.
    const summary: CsvIssue[] = []
    if (phase === 'header') {
      if (pending.length === 0) return result([], null, [issue(1, 'empty')], 1)
      chooseHeader(0)
    }
    if (phase === 'date-column') chooseDateColumn()
    const dateColumn = dateIndex >= 0 ? (names[dateIndex] ?? null) : null
    const valueColumns = names
      .map((_, column) => column)
      .filter((column) => column !== dateIndex && (numbers[column] ?? 0) > 0)

    if (rowsRead === 0) summary.push(issue(headerLine, 'no-data-rows'))
    else if (dateColumn === null) summary.push(issue(headerLine, 'no-date-column'))
    else if (keys.length === 0) summary.push(issue(headerLine, 'no-valid-dates'))
    else if (valueColumns.length === 0) summary.push(issue(headerLine, 'no-value-column'))
    if (mixedFormatLine > 0) {
      summary.push(issue(mixedFormatLine, 'mixed-date-formats', { formats: formats.join(', ') }))
    }

    const order = rowOrder()
    yield
    // Runs of rows sharing a date: order[runStarts[r]] … order[runStarts[r + 1] − 1].
    const runStarts: number[] = []
    const dates: IsoDate[] = []
    let previousKey = Number.NaN
    for (let i = 0; i < order.length; i++) {
      const key = keys[order[i] ?? 0] ?? 0
      if (key !== previousKey) {
        runStarts.push(i)
        dates.push(keyDate(key))
        previousKey = key
      }
      if (i % stepsPerPause === stepsPerPause - 1) yield
    }
    runStarts.push(order.length)

    const series: CsvSeries[] = []
    for (const column of valueColumns) {
      const points = yield* seriesPoints(values[column] ?? [], order, runStarts, dates)
      series.push({ name: names[column] ?? '', points })
    }
    const lists = [issues, ...valueColumns.flatMap((column) => cellIssues[column] ?? [])]
    const repeated = duplicates(order, runStarts, dates)
    const first = dates[0]
    const last = dates[dates.length - 1]
    return {
      ...result(
        series,
        dateColumn,
        [...summary, ...repeated.kept],
        summary.length + repeated.count,
        lists,
      ),
      dateRange: first !== undefined && last !== undefined ? { from: first, to: last } : null,
    }
  }

  function result(
    series: CsvSeries[],
    dateColumn: string | null,
    extra: CsvIssue[],
    extraCount: number,
    lists: IssueList[] = [issues],
  ): CsvInterpretation {
    const all = [...extra, ...lists.flatMap((list) => list.kept)]
    all.sort((a, b) => a.line - b.line)
    return {
      series,
      dateColumn,
      issues: all.slice(0, maxIssues),
      issueCount: lists.reduce((sum, list) => sum + list.count, extraCount),
      rowsRead,
      dateRange: null,
      order: ascending ? 'oldest-first' : descending ? 'newest-first' : 'unsorted',
    }
  }

  /** Row indices by date, file order within a date. */
  function rowOrder(): number[] {
    const indices = keys.map((_, i) => i)
    if (ascending) return indices
    if (!descending) return indices.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b)
    indices.reverse()
    // Reversing put rows of one date in reverse file order; restore it within each date.
    for (let start = 0; start < indices.length;) {
      let end = start + 1
      while (end < indices.length && keys[indices[end] ?? 0] === keys[indices[start] ?? 0]) end++
      for (let i = start, j = end - 1; i < j; i++, j--) {
        ;[indices[i], indices[j]] = [indices[j] ?? 0, indices[i] ?? 0]
      }
      start = end
    }
    return indices
  }

  /** Of several rows with one date, the last in the file with a value for the column wins. */
  function* seriesPoints(
    column: readonly number[],
    order: readonly number[],
    runStarts: readonly number[],
    dates: readonly IsoDate[],
  ): Generator<void, CsvPoint[], void> {
    const points: CsvPoint[] = []
    for (let run = 0; run < dates.length; run++) {
      let value = Number.NaN
      for (let i = runStarts[run] ?? 0; i < (runStarts[run + 1] ?? 0); i++) {
        const candidate = column[order[i] ?? 0] ?? Number.NaN
        if (!Number.isNaN(candidate)) value = candidate
      }
      if (!Number.isNaN(value)) points.push({ date: dates[run] ?? '', value })
      if (run % stepsPerPause === stepsPerPause - 1) yield
    }
    return points
  }

  /** One issue per repeated row (the first `maxIssues` by line), pointing at the first one. */
  function duplicates(
    order: readonly number[],
    runStarts: readonly number[],
    dates: readonly IsoDate[],
  ): { kept: CsvIssue[]; count: number } {
    if (runStarts.length - 1 === order.length) return { kept: [], count: 0 } // no date repeats
    const repeats: [line: number, first: number, run: number][] = []
    for (let run = 0; run < dates.length; run++) {
      const start = runStarts[run] ?? 0
      const first = lines[order[start] ?? 0] ?? 0
      for (let i = start + 1; i < (runStarts[run + 1] ?? 0); i++) {
        repeats.push([lines[order[i] ?? 0] ?? 0, first, run])
      }
    }
    repeats.sort((a, b) => a[0] - b[0])
    const kept = repeats
      .slice(0, maxIssues)
      .map(([line, first, run]) => issue(line, 'duplicate-date', { date: dates[run] ?? '', first }))
    return { kept, count: repeats.length }
  }

  return {
    push: (rows) => {
      for (const row of rows) take(row)
    },
    finish: () => {
      const steps = finishInSteps()
      for (;;) {
        const step = steps.next()
        if (step.done) return step.value
      }
    },
    finishInSteps,
  }
}

/**
 * Reads a CSV export's rows (as split by a CSV parser, with their line numbers) as dated series.
 *
 * - Header: the first row with at least two filled cells (rows before it are reported as
 *   skipped; at most 10 of them). A first row that already holds a date and a number is data,
 *   and the columns are named `Column 1`, `Column 2`, …
 * - Date column: the first header that names a date (`date`, `日期`, `交易日期`, `时间`, …), or
 *   else the column where most of the first 50 rows hold dates. Formats: see `parseDateCell`;
 *   several formats in one file are all read and reported once.
 * - Value columns: every other column with at least one number (see `parseNumberCell`) on a row
 *   with a readable date. Zero and negative values are kept: the statistics decide what they
 *   mean. Blank cells and missing markers are skipped silently; other text is reported.
 * - Rows whose date is blank, malformed or impossible (`2025-02-30`) are skipped and reported.
 * - Points are sorted by date. When several rows share a date, each is reported as a duplicate
 *   and, per column, the last row in the file that has a value for it wins (as in
 *   `valuationStats`): a later correction overrides an earlier row.
 * - The file's order (oldest or newest first, or unsorted) is reported, not required.
 *
 * Never throws, and never yields NaN or ±Infinity.
 */
export function interpretCsv(
  rows: readonly CsvRow[],
  options: CsvInterpretOptions = {},
): CsvInterpretation {
  const interpreter = createCsvInterpreter(options)
  interpreter.push(rows)
  return interpreter.finish()
}
