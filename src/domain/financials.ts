import { addDays, daysBetween, isIsoDate } from '@/domain/dates'
import { cnyPerUnit } from '@/domain/fx'
import { subtractMonths } from '@/domain/ranges'
import type { Currency, FxHistory, IsoDate, ValuationPoint } from '@/domain/types'

/**
 * Periodic results of a company and the trailing-twelve-month (TTM) figures derived from them.
 *
 * Companies publish figures cumulated from the start of their financial year (Q1 = 3 months,
 * H1 = 6, Q3 = 9, FY = 12). TTM figures for a period p of year y are
 *
 *   TTM(p, y) = cumulative(p, y) + FY(y − 1) − cumulative(p, y − 1)
 *
 * and an annual report is its own TTM. Money is in units of the report's currency (not 10 k, not
 * 100 m); a loss is negative.
 */

/** Which part of the financial year a report covers, cumulated from the year's start. */
export type FiscalPeriod = 'Q1' | 'H1' | 'Q3' | 'FY'

/** One published set of results (income figures only), as the issuer reported them. */
export interface FinancialReport {
  /** Last day of the period covered, e.g. `2024-06-30`. */
  periodEnd: IsoDate
  /** Day the figures became public; they apply from the next session on. */
  publishedOn: IsoDate
  fiscalPeriod: FiscalPeriod
  /** Revenue from the start of the financial year to `periodEnd`; null when not published. */
  cumulativeRevenue: number | null
  /** Net profit attributable to shareholders, same span; negative for a loss; null when absent. */
  cumulativeNetProfit: number | null
  /** Currency of the accounts (BeiGene reports in USD, most issuers here in CNY). */
  currency: Currency
}

/** Trailing-twelve-month figures derived from one report, in force from `from` on. */
export interface TtmFigures {
  /** First date the figures apply to: the day after publication (so the next session on). */
  from: IsoDate
  /** Period end of the report they come from. */
  periodEnd: IsoDate
  /** TTM revenue; null when a figure needed for it is missing. */
  ttmRevenue: number | null
  /** TTM net profit attributable; negative for a loss; null when a figure is missing. */
  ttmNetProfit: number | null
  currency: Currency
}

/** Months after the period end by which results are assumed public when no date is given. */
const assumedDelayMonths: Record<FiscalPeriod, number> = { Q1: 2, H1: 2, Q3: 2, FY: 3 }

/**
 * Assumed publication day of results whose publication date the source does not give: the last
 * day of the third month after the period end for an annual report (2024-12-31 → 2025-03-31, the
 * Hong Kong deadline), of the second month for any other period (2024-06-30 → 2024-08-31, the
 * interim deadline). Conservative: real results rarely come later, so figures are not used before
 * they could have been known. Throws RangeError for an invalid date.
 */
export function assumedPublicationDate(periodEnd: IsoDate, fiscalPeriod: FiscalPeriod): IsoDate {
  if (!isIsoDate(periodEnd)) throw new RangeError(`"${periodEnd}" is not a calendar date`)
  const firstOfMonth = `${periodEnd.slice(0, 8)}01`
  return addDays(subtractMonths(firstOfMonth, -(assumedDelayMonths[fiscalPeriod] + 1)), -1)
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null
}

/** Calendar days from one period end to the same period a year later: 365 or 366, allowing ±7. */
function aYearApart(earlier: IsoDate, later: IsoDate): boolean {
  const days = daysBetween(earlier, later)
  return days >= 358 && days <= 373
}

/** later − earlier arithmetic of one TTM figure; null when any part is missing or it overflows. */
function ttmOf(current: number | null, lastYear: number | null, comparison: number | null) {
  if (current === null || lastYear === null || comparison === null) return null
  return finiteOrNull(current + lastYear - comparison)
}

/**
 * TTM revenue and net profit in force over time, one entry per usable report, ordered by `from`
 * (strictly ascending): entry i applies from its `from` until the next entry's `from`.
 *
 * - A FY report is its own TTM. A Q1 / H1 / Q3 report needs the same period of the previous year
 *   (same `fiscalPeriod`, period end a year earlier) and the FY report whose period ends between
 *   the two; TTM = cumulative + that FY − the comparison period. Without either (the first year
 *   after listing, the first quarterly report of an issuer that used to report half-yearly) the
 *   report gives no TTM and the previous entry stays in force.
 * - Comparison reports must be published on or before the report itself (no look-ahead); of
 *   several reports for the same period (a correction), the latest published by then is used.
 *   A comparison in another currency than the report gives no TTM.
 * - A figure missing (null or not finite) in any report involved makes that TTM figure null; a
 *   report whose TTM revenue and profit are both null gives no entry.
 * - An entry takes effect the day after `publishedOn`. Of entries taking effect the same day the
 *   one with the latest period end wins; an entry for an older period than the one in force (a
 *   late-published or restated old period) is dropped, so the figures never go back in time.
 * - Reports with an invalid date, or published before their period end, are ignored. Losses stay negative: TTM net profit may be
 *   negative, and so may TTM revenue on inconsistent data (callers treat it as not meaningful).
 */
export function ttmFromReports(reports: readonly FinancialReport[]): TtmFigures[] {
  const usable = reports.filter(
    (report) =>
      isIsoDate(report.periodEnd) &&
      isIsoDate(report.publishedOn) &&
      report.publishedOn >= report.periodEnd,
  )
  // The latest version of (period, period end) known by `asOf`.
  const known = (fiscalPeriod: FiscalPeriod, asOf: IsoDate, accept: (end: IsoDate) => boolean) => {
    let found: FinancialReport | undefined
    for (const report of usable) {
      if (report.fiscalPeriod !== fiscalPeriod || report.publishedOn > asOf) continue
      if (!accept(report.periodEnd)) continue
      if (
        found === undefined ||
        report.periodEnd > found.periodEnd ||
        (report.periodEnd === found.periodEnd && report.publishedOn >= found.publishedOn)
      ) {
        found = report
      }
    }
    return found
  }

  const candidates: TtmFigures[] = []
  for (const report of usable) {
    const from = addDays(report.publishedOn, 1)
    const revenue = finiteOrNull(report.cumulativeRevenue)
    const profit = finiteOrNull(report.cumulativeNetProfit)
    let figures: { ttmRevenue: number | null; ttmNetProfit: number | null }
    if (report.fiscalPeriod === 'FY') {
      figures = { ttmRevenue: revenue, ttmNetProfit: profit }
    } else {
      const comparison = known(report.fiscalPeriod, report.publishedOn, (end) =>
        aYearApart(end, report.periodEnd),
      )
      if (comparison === undefined) continue
      const lastYear = known(
        'FY',
        report.publishedOn,
        (end) => end > comparison.periodEnd && end < report.periodEnd,
      )
      if (lastYear === undefined) continue
      if (comparison.currency !== report.currency || lastYear.currency !== report.currency) {
        continue
      }
      figures = {
        ttmRevenue: ttmOf(
          revenue,
          finiteOrNull(lastYear.cumulativeRevenue),
          finiteOrNull(comparison.cumulativeRevenue),
        ),
        ttmNetProfit: ttmOf(
          profit,
          finiteOrNull(lastYear.cumulativeNetProfit),
          finiteOrNull(comparison.cumulativeNetProfit),
        ),
      }
    }
    if (figures.ttmRevenue === null && figures.ttmNetProfit === null) continue
    candidates.push({ from, periodEnd: report.periodEnd, ...figures, currency: report.currency })
  }

  candidates.sort((a, b) =>
    a.from !== b.from ? (a.from < b.from ? -1 : 1) : a.periodEnd < b.periodEnd ? -1 : 1,
  )
  const result: TtmFigures[] = []
  for (const entry of candidates) {
    const last = result[result.length - 1]
    if (last !== undefined && entry.periodEnd < last.periodEnd) continue
    if (last !== undefined && last.from === entry.from) result[result.length - 1] = entry
    else result.push(entry)
  }
  return result
}

/**
 * Longest gap, in calendar days, between a TTM period end and a session that still uses it: about
 * 16 months, beyond the longest regular wait for the next results (an annual report due three
 * months after the year end, then an interim report without a comparison period).
 */
export const maxTtmAgeDays = 500

/**
 * Valuation points with `psTtm` computed from TTM revenue: market cap converted from the listing's
 * currency into the accounts' currency at the day's CNY rates, ÷ TTM revenue.
 *
 * - The TTM in force on a point's date is the entry with the latest `from` on or before it
 *   (`ttm` from {@link ttmFromReports}; any order).
 * - `psTtm` is replaced on every point: null when no TTM is in force, its revenue is null or
 *   ≤ 0 (not meaningful), its period ended more than {@link maxTtmAgeDays} before the point, a CNY
 *   rate for either currency is missing that day ({@link cnyPerUnit}, last rate within 10 days;
 *   no rate is needed when both currencies agree), or the result is not a finite positive number.
 * - The other fields are kept as they are; points come back in input order, as new objects.
 */
export function withPsTtm(
  points: readonly ValuationPoint[],
  ttm: readonly TtmFigures[],
  fx: FxHistory,
  listingCurrency: Currency,
): ValuationPoint[] {
  const entries = [...ttm]
    .filter((entry) => isIsoDate(entry.from) && isIsoDate(entry.periodEnd))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  const inForce = (date: IsoDate): TtmFigures | undefined => {
    let low = 0
    let high = entries.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((entries[middle]?.from ?? '') <= date) low = middle + 1
      else high = middle
    }
    return entries[low - 1]
  }

  return points.map((point) => {
    const entry = isIsoDate(point.date) ? inForce(point.date) : undefined
    return { ...point, psTtm: entry ? priceToSales(point, entry, fx, listingCurrency) : null }
  })
}

function priceToSales(
  point: ValuationPoint,
  entry: TtmFigures,
  fx: FxHistory,
  listingCurrency: Currency,
): number | null {
  const revenue = entry.ttmRevenue
  if (revenue === null || !(revenue > 0) || !Number.isFinite(revenue)) return null
  if (daysBetween(entry.periodEnd, point.date) > maxTtmAgeDays) return null
  if (!(point.marketCap > 0) || !Number.isFinite(point.marketCap)) return null
  let cap = point.marketCap
  if (entry.currency !== listingCurrency) {
    const listingRate = cnyPerUnit(fx, listingCurrency, point.date)
    const reportingRate = cnyPerUnit(fx, entry.currency, point.date)
    if (listingRate === null || reportingRate === null) return null
    cap = (cap * listingRate) / reportingRate
  }
  const ratio = cap / revenue
  return Number.isFinite(ratio) && ratio > 0 ? ratio : null
}
