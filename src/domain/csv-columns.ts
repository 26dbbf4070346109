import { normalise } from '@/domain/csv-cell-text'

/** The header row of a CSV export: which column holds dates, and unique names for all of them. */

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

/** Unique, non-blank column names: a blank header is `Column n`, a repeated one gets ` (2)`. */
export function columnNames(cells: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return cells.map((cell, i) => {
    // trim() also drops a byte-order mark left on the first cell
    const base = normalise(cell) === '' ? `Column ${i + 1}` : cell.trim()
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base} (${count})`
  })
}
