import { isIsoDate } from '@/domain/dates'
import type { IsoDateTime } from '@/domain/types'

/** A decimal number as vendors write it in CSV cells (`6.18`, `842743`, `-1.46`), or null. */
export function parseDecimal(cell: string | undefined): number | null {
  if (cell === undefined || !/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell.trim())) return null
  const value = Number(cell)
  return Number.isFinite(value) ? value : null
}

/**
 * `2026-08-28 08:18:00` (China time; trailing milliseconds `:123` or `.123` tolerated) →
 * `2026-08-28T08:18:00+08:00`, or null.
 */
export function chinaDateTime(text: string): IsoDateTime | null {
  const match = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:[.:]\d{1,3})?$/.exec(
    text.trim(),
  )
  if (!match || !isIsoDate(match[1] ?? '')) return null
  const [, date, hours, minutes, seconds] = match
  return `${date}T${hours}:${minutes}:${seconds}+08:00`
}
