/**
 * Number and date formatting for display. The only place that turns domain values (fractions,
 * raw currency amounts, ISO strings) into text. Non-finite input never reaches the screen: every
 * formatter returns the em dash for null, NaN or ±Infinity.
 */
import type { Currency, IsoDate, IsoDateTime, Market } from '@/domain/types'

export const missing = '—'

const finite = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value)

const signedPercentFormat = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
})

/** `0.1823` → `+18.23%`; `-0.05` → `−5.00%` (typographic minus). */
export function formatSignedPercent(fraction: number | null | undefined): string {
  if (!finite(fraction)) return missing
  return signedPercentFormat.format(fraction).replace('-', '−')
}

const percentFormat = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 })

/** `0.18` → `18%` (no sign). */
export function formatPercent(fraction: number | null | undefined): string {
  if (!finite(fraction)) return missing
  return percentFormat.format(fraction)
}

/** Display language of numbers and dates (the UI language). */
export type DisplayLanguage = 'en' | 'zh'

/** Ordinal percentile: `0.18` → `18th` (`18%分位` in Chinese), `0.01` → `1st`, `1` → `100th`. */
export function formatPercentile(
  fraction: number | null | undefined,
  language: DisplayLanguage = 'en',
): string {
  if (!finite(fraction)) return missing
  const n = Math.round(fraction * 100)
  if (language === 'zh') return `${n}%分位`
  const tens = n % 100
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : n % 10 === 1
        ? 'st'
        : n % 10 === 2
          ? 'nd'
          : n % 10 === 3
            ? 'rd'
            : 'th'
  return `${n}${suffix}`
}

/** Prices: 2 decimals, 3 below 1 (HK penny stocks), thousands separators. */
export function formatPrice(value: number | null | undefined): string {
  if (!finite(value)) return missing
  const digits = Math.abs(value) < 1 ? 3 : 2
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
}

/** Price with its currency: `HKD 23.10`. */
export function formatMoney(value: number | null | undefined, currency: Currency): string {
  return finite(value) ? `${currency} ${formatPrice(value)}` : missing
}

/** A multiple such as PE: one decimal (`24.1`). */
export function formatMultiple(value: number | null | undefined): string {
  if (!finite(value)) return missing
  return value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
}

/** `4.04` → `4.0×`. */
export function formatTimes(value: number | null | undefined): string {
  return finite(value) ? `${formatMultiple(value)}×` : missing
}

/**
 * PE-TTM for a watchlist cell: `n/m` (not meaningful) for a loss-maker (PE ≤ 0), the dash when
 * unknown.
 */
export function formatPe(value: number | null | undefined): string {
  if (!finite(value)) return missing
  return value <= 0 ? 'n/m' : formatMultiple(value)
}

/** Large amounts in English short scale (`1.23 bn`, `456.7 m`), or 亿/万 in Chinese. */
export function formatCompact(
  value: number | null | undefined,
  currency?: Currency,
  language: DisplayLanguage = 'en',
): string {
  if (!finite(value)) return missing
  if (language === 'zh') return `${formatChineseUnits(value)}${currency ? ` ${currency}` : ''}`
  const abs = Math.abs(value)
  const [divisor, unit] =
    abs >= 1e12 ? [1e12, ' tn'] : abs >= 1e9 ? [1e9, ' bn'] : abs >= 1e6 ? [1e6, ' m'] : [1, '']
  const number = (value / divisor).toLocaleString('en-US', {
    maximumFractionDigits: divisor === 1 ? 0 : 2,
  })
  return `${currency ? `${currency} ` : ''}${number}${unit}`
}

/** Amounts in Chinese units: `1.23亿`, `4,567万`. */
export function formatChineseUnits(value: number | null | undefined): string {
  if (!finite(value)) return missing
  const abs = Math.abs(value)
  if (abs >= 1e8) return `${(value / 1e8).toLocaleString('en-US', { maximumFractionDigits: 2 })}亿`
  if (abs >= 1e4) return `${(value / 1e4).toLocaleString('en-US', { maximumFractionDigits: 0 })}万`
  return value.toLocaleString('en-US', { maximumFractionDigits: 0 })
}

/** Exchange-time zone label: HKT for Hong Kong, CST (China Standard Time) for the mainland. */
export function zoneLabel(market: Market): string {
  return market === 'HK' ? 'HKT' : 'CST'
}

/**
 * `2025-02-26T09:01:00+08:00` → `2025-02-26 09:01`. Instants are shown in exchange time
 * (UTC+8), whatever the viewer's own zone.
 */
export function formatExchangeTime(instant: IsoDateTime): string {
  const ms = Date.parse(instant)
  if (Number.isNaN(ms)) return missing
  const local = new Date(ms + 8 * 3_600_000).toISOString()
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`
}

/** `2025-02-26` → `26 Feb 2025` (`2025年2月26日` in Chinese). */
export function formatLongDate(date: IsoDate, language: DisplayLanguage = 'en'): string {
  const ms = Date.parse(`${date}T00:00:00Z`)
  if (Number.isNaN(ms)) return missing
  if (language === 'zh') {
    const d = new Date(ms)
    return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
  }
  return longDateFormat.format(new Date(ms))
}

/** One formatter for every call: `toLocaleDateString` builds a new one each time (slow in lists). */
const longDateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** Axis tick: `Feb 25` month labels, `26 Feb` for short spans, years for long ones (Chinese: 25年2月, 2月26日). */
export function formatAxisDate(
  date: IsoDate,
  span: 'days' | 'months' | 'years',
  language: DisplayLanguage = 'en',
): string {
  const ms = Date.parse(`${date}T00:00:00Z`)
  if (Number.isNaN(ms)) return ''
  const d = new Date(ms)
  if (language === 'zh') {
    if (span === 'days') return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
    if (span === 'months') return `${String(d.getUTCFullYear()).slice(2)}年${d.getUTCMonth() + 1}月`
    return `${d.getUTCFullYear()}年`
  }
  if (span === 'days')
    return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
  if (span === 'months')
    return d.toLocaleDateString('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' })
  return String(d.getUTCFullYear())
}
