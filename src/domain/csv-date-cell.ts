import { digitsAt, normalise, pad2, startsWithIdeograph } from '@/domain/csv-cell-text'
import { addDays, isIsoDate } from '@/domain/dates'
import type { IsoDate } from '@/domain/types'

/** Date cells of a CSV export: the formats exports write dates in, read as calendar dates. */

/** A date cell read: the calendar date and the way it was written (`YYYY-MM-DD`, `YYYYMMDD`, …). */
export type DateCell =
  | { ok: true; date: IsoDate; format: string }
  | { ok: false; reason: 'blank' | 'not-a-date' | 'impossible-date' }

const separatedDate =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i
const compactDate = /^(\d{4})(\d{2})(\d{2})$/
const chineseDate = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/
const separatorFormats: Record<string, string> = {
  '-': 'YYYY-MM-DD',
  '/': 'YYYY/M/D',
  '.': 'YYYY.M.D',
}

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

/** The common case `YYYY-MM-DD`, read without regular expressions; undefined for any other form. */
function isoDateFast(cell: string): DateCell | undefined {
  if (cell.length !== 10 || cell.charCodeAt(4) !== 45 || cell.charCodeAt(7) !== 45) return undefined
  const [year, month, day] = [digitsAt(cell, 0, 4), digitsAt(cell, 5, 7), digitsAt(cell, 8, 10)]
  if (year < 0 || month < 0 || day < 0) return undefined
  return validDay(year, month, day)
    ? { ok: true, date: cell, format: 'YYYY-MM-DD' }
    : { ok: false, reason: 'impossible-date' }
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

/** yyyymmdd as an integer: sortable, cheap to store for a million rows. */
export const dateKey = (date: IsoDate) =>
  digitsAt(date, 0, 4) * 10_000 + digitsAt(date, 5, 7) * 100 + digitsAt(date, 8, 10)
export const keyDate = (key: number): IsoDate =>
  `${String(Math.floor(key / 10_000)).padStart(4, '0')}-${pad2(Math.floor(key / 100) % 100)}-${pad2(key % 100)}`
