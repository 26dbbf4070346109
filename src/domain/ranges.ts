import type { DateRange, IsoDate } from '@/domain/types'

/** Range presets offered on every time chart. */
export const rangePresets = ['1M', '3M', '6M', 'YTD', '1Y', '3Y', '5Y', 'Max'] as const
export type RangePreset = (typeof rangePresets)[number]

export function isRangePreset(value: unknown): value is RangePreset {
  return typeof value === 'string' && (rangePresets as readonly string[]).includes(value)
}

/** Same day `months` calendar months earlier, clamped to the month's last day (31 Mar − 1M = 28/29 Feb). */
export function subtractMonths(date: IsoDate, months: number): IsoDate {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number)
  const total = y * 12 + (m - 1) - months
  const year = Math.floor(total / 12)
  const month = total - year * 12 + 1
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const day = Math.min(d, lastDay)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * The inclusive date range a preset covers, ending on `latest` (the last session with data).
 * `1M` from 2025-03-31 is 2025-03-01..2025-03-31 (the day after the same date one month before);
 * `YTD` starts on 1 January of `latest`'s year; `Max` starts at `earliest`. A start before
 * `earliest` is clamped to it.
 */
export function presetRange(preset: RangePreset, latest: IsoDate, earliest: IsoDate): DateRange {
  const months: Partial<Record<RangePreset, number>> = {
    '1M': 1,
    '3M': 3,
    '6M': 6,
    '1Y': 12,
    '3Y': 36,
    '5Y': 60,
  }
  let from: IsoDate
  if (preset === 'Max') from = earliest
  else if (preset === 'YTD') from = `${latest.slice(0, 4)}-01-01`
  else {
    const back = subtractMonths(latest, months[preset] ?? 12)
    const next = new Date(Date.parse(`${back}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
    from = next
  }
  return { from: from < earliest ? earliest : from, to: latest }
}
