import { tradingDays } from '@/domain/calendar'
import type { DateRange, IsoDate } from '@/domain/types'

/**
 * The model's day axis: every day on which HKEX or the mainland exchanges trade. Latent paths
 * (prices, premiums, FX) move on every axis day; a market closed on a day simply prints no bar,
 * so what happened during its holiday shows up in its next bar.
 */
export interface DayAxis {
  days: readonly IsoDate[]
}

export function buildAxis(span: DateRange): DayAxis {
  const union = new Set([...tradingDays('HK', span), ...tradingDays('A', span)])
  return { days: [...union].sort() }
}

/** Index of the first axis day on or after `date` (`days.length` if none). */
export function indexOnOrAfter(axis: DayAxis, date: IsoDate): number {
  let low = 0
  let high = axis.days.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((axis.days[middle] ?? '') < date) low = middle + 1
    else high = middle
  }
  return low
}

/** Index of a date that must be an axis day. */
export function indexOf(axis: DayAxis, date: IsoDate): number {
  const index = indexOnOrAfter(axis, date)
  if (axis.days[index] !== date) throw new Error(`${date} is not a trading day of either market`)
  return index
}

/**
 * Dated values moved to axis indices (a date off the axis moves to the next axis day), dropping
 * any after the axis ends. Two dates landing on the same axis day are a table error.
 */
export function onAxis(
  axis: DayAxis,
  dated: readonly (readonly [IsoDate, number])[],
): [number, number][] {
  const out: [number, number][] = []
  for (const [date, value] of dated) {
    const index = indexOnOrAfter(axis, date)
    if (index >= axis.days.length) continue
    if (out.length > 0 && (out[out.length - 1]?.[0] ?? -1) >= index) {
      throw new Error(`anchors on ${date} and the one before fall on the same session`)
    }
    out.push([index, value])
  }
  return out
}
