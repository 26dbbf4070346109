import type { CsvIssue } from '@/domain/csv-issues'
import { createCsvInterpreter } from '@/domain/csv-interpreter'
import type { DateRange, IsoDate } from '@/domain/types'

export { isDateHeader } from '@/domain/csv-columns'
export { parseDateCell, type DateCell } from '@/domain/csv-date-cell'
export { createCsvInterpreter } from '@/domain/csv-interpreter'
export { csvIssueMessages, type CsvIssue, type CsvIssueCode } from '@/domain/csv-issues'
export { parseNumberCell, type NumberCell } from '@/domain/csv-number-cell'

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
