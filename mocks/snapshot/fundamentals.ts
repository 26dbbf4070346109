import { calendarCoverage, isTradingDay, previousTradingDay } from '@/domain/calendar'
import { addDays, weekdayOf } from '@/domain/dates'
import type { DateRange, IsoDate, Market } from '@/domain/types'
import { type Issuer, universe } from '@/domain/universe'
import { issuerData } from '@mocks/snapshot/issuer-data'
import { randomStream } from '@mocks/snapshot/random'
import { parseDated, parseRows } from '@mocks/snapshot/tables'
import type { SnapshotReport } from '@mocks/snapshot/types'

/**
 * Share counts and TTM reports of the sample issuers.
 *
 * Issuers with an A-share listing publish quarterly (Q1 by end-April, H1 by end-August, Q3 by
 * end-October, FY by end-March/April); before their A-share listing, and for Hong Kong-only
 * issuers, only interim and annual results. TTM figures of a period are the year-weighted blend of
 * the two financial years it spans (TTM to 30 June = half of each), with a little seeded noise on
 * interim periods; annual reports carry the table's figures exactly. Every report also carries its
 * cumulative (year-to-date) revenue and profit, consistent with those TTM figures (see
 * `addCumulatives`).
 */
export type ReportPeriod = 'FY' | 'Q1' | 'H1' | 'Q3'

export interface ReportEvent {
  period: ReportPeriod
  /** Financial year the period belongs to. */
  year: number
  report: SnapshotReport
}

const firstYear = 2017
const lastYear = 2026
const quarterOf: Record<ReportPeriod, number> = { Q1: 1, H1: 2, Q3: 3, FY: 4 }
const publishKey = { FY: 'fy', Q1: 'q1', H1: 'h1', Q3: 'q3' } as const

function dataOf(issuerId: string) {
  const data = issuerData[issuerId]
  if (!data) throw new Error(`no sample data for issuer ${issuerId}`)
  return data
}

/** Share count steps of an issuer: [effective from, total shares]. */
export function issuerShares(issuerId: string): [IsoDate, number][] {
  return parseDated(dataOf(issuerId).shares)
}

function aListingDate(issuerId: string): IsoDate | null {
  const listing = universe.find((l) => l.issuerId === issuerId && l.market === 'A')
  return listing?.listingDate ?? null
}

function firstMarket(issuerId: string): Market {
  const listings = universe.filter((l) => l.issuerId === issuerId)
  const first = [...listings].sort((a, b) => a.listingDate.localeCompare(b.listingDate))[0]
  return first?.market ?? 'HK'
}

/** The date itself if the market trades then, else its last trading day (weekdays before 2018). */
function onTradingDay(market: Market, date: IsoDate): IsoDate {
  const coverage = calendarCoverage[market]
  if (date < coverage.from || date > coverage.to) {
    const weekday = weekdayOf(date)
    return weekday === 6 ? addDays(date, -1) : weekday === 0 ? addDays(date, -2) : date
  }
  return isTradingDay(market, date) ? date : previousTradingDay(market, date)
}

/**
 * Every report of an issuer published up to `range.to`, starting with the last one published
 * before `range.from` (so every session of the range has figures), oldest first.
 */
export function issuerReports(seed: number, issuer: Issuer, range: DateRange): ReportEvent[] {
  const data = dataOf(issuer.id)
  const rows = new Map(parseRows(data.annual, 4).map((row) => [row[0] ?? 0, row]))
  const field = (year: number, column: number) => {
    const row = rows.get(year)
    if (!row) throw new Error(`${issuer.id} has no figures for ${year}`)
    return (row[column] ?? 0) * 1e9
  }
  const aSince = aListingDate(issuer.id)
  const random = randomStream(seed, `reports/${issuer.id}`)
  const events: ReportEvent[] = []

  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const period of ['Q1', 'H1', 'Q3', 'FY'] as const) {
      const noise = [random.normal(), random.normal(), random.normal()] // drawn for every period
      const monthDay = data.publish[publishKey[period]]
      const nominal = `${period === 'FY' ? year + 1 : year}-${monthDay}`
      const quarterly = aSince !== null && aSince <= nominal
      if ((period === 'Q1' || period === 'Q3') && !quarterly) continue
      const market: Market = quarterly ? 'A' : firstMarket(issuer.id)
      const f = quarterOf[period] / 4
      const blend = (column: number) => (1 - f) * field(year - 1, column) + f * field(year, column)
      const jitter = (i: number) =>
        period === 'FY' ? 0 : (noise[i] ?? 0) * ([0.03, 0.015, 0.01][i] ?? 0)
      const month = ['03-31', '06-30', '09-30', '12-31'][quarterOf[period] - 1]
      events.push({
        period,
        year,
        report: {
          periodEnd: `${year}-${month}`,
          publishedOn: onTradingDay(market, nominal),
          ttmNetProfit: Math.round(blend(1) * (1 + jitter(0))),
          ttmRevenue: Math.round(blend(2) * (1 + jitter(1))),
          bookEquity: Math.round(blend(3) * (1 + jitter(2))),
        },
      })
    }
  }
  addCumulatives(events)
  events.sort((a, b) => a.report.publishedOn.localeCompare(b.report.publishedOn))
  const before = events.filter((e) => e.report.publishedOn < range.from)
  return [
    ...before.slice(-1),
    ...events.filter((e) => e.report.publishedOn >= range.from && e.report.publishedOn <= range.to),
  ]
}

/** Share of the financial year a period covers: a cumulative figure is about this share of FY. */
const yearShare: Record<ReportPeriod, number> = { Q1: 0.25, H1: 0.5, Q3: 0.75, FY: 1 }

type Figure = 'ttmRevenue' | 'ttmNetProfit'
const cumulativeKey = {
  ttmRevenue: 'cumulativeRevenue',
  ttmNetProfit: 'cumulativeNetProfit',
} as const

/**
 * Sets `fiscalPeriod` and the cumulative figures of every report so that, wherever the same period
 * of the previous year and the FY between exist, cumulative + last FY − that period = the TTM figure
 * exactly (whole units). A FY report's cumulative figures are its TTM figures.
 *
 * The relation fixes each period's chain of cumulative figures up to its first value: with
 * d(y) = cumulative(y) − share × FY(y), d(y) = d(y − 1) + (TTM noise of year y), a walk of the
 * interim noise. Its start is chosen to keep the largest deviation, relative to share × FY, as small
 * as possible (so cumulative figures stay near share × FY), raised for revenue where needed so that
 * no cumulative revenue is negative. A chain
 * restarts where the previous year's period is missing (an issuer that starts quarterly reporting).
 */
function addCumulatives(events: readonly ReportEvent[]): void {
  const fy = new Map<number, SnapshotReport>()
  for (const { period, year, report } of events) {
    if (period !== 'FY') continue
    fy.set(year, report)
    report.fiscalPeriod = 'FY'
    report.cumulativeRevenue = report.ttmRevenue
    report.cumulativeNetProfit = report.ttmNetProfit
  }
  for (const period of ['Q1', 'H1', 'Q3'] as const) {
    const byYear = new Map(events.filter((e) => e.period === period).map((e) => [e.year, e]))
    const years = [...byYear.keys()].sort((a, b) => a - b)
    let chain: ReportEvent[] = []
    const close = () => {
      if (chain.length > 0) {
        for (const figure of ['ttmRevenue', 'ttmNetProfit'] as const) {
          cumulateChain(chain, figure, fy)
        }
      }
      chain = []
    }
    for (const year of years) {
      if (!byYear.has(year - 1) || !fy.has(year - 1)) close()
      const event = byYear.get(year)
      if (event) chain.push(event)
    }
    close()
  }
}

function cumulateChain(
  chain: readonly ReportEvent[],
  figure: Figure,
  fy: ReadonlyMap<number, SnapshotReport>,
): void {
  const fyOf = (year: number) => {
    const report = fy.get(year)
    if (!report) throw new Error(`no FY report for ${year}`)
    return report[figure]
  }
  const share = yearShare[chain[0]?.period ?? 'FY']
  const base = chain.map(({ year }) => share * fyOf(year))
  // Partial sums of the TTM noise along the chain.
  const walk = [0]
  chain.forEach(({ year, report }, k) => {
    if (k === 0) return
    const blend = (1 - share) * fyOf(year - 1) + share * fyOf(year)
    walk.push((walk[k - 1] ?? 0) + report[figure] - blend)
  })
  // The start minimising the largest deviation relative to each period's size (a convex function
  // of the start, so a ternary search finds it), floored for revenue so none is negative.
  const largest = Math.max(...base.map(Math.abs))
  const weights = base.map((b) => Math.max(Math.abs(b), 0.05 * largest, 1))
  const worst = (start: number) =>
    Math.max(...walk.map((w, k) => Math.abs(start + w) / (weights[k] ?? 1)))
  let [low, high] = [-Math.max(...walk) - 1, -Math.min(...walk) + 1]
  for (let i = 0; i < 200; i += 1) {
    const a = low + (high - low) / 3
    const b = high - (high - low) / 3
    if (worst(a) <= worst(b)) high = b
    else low = a
  }
  let start = (low + high) / 2
  if (figure === 'ttmRevenue') {
    start = Math.max(start, ...base.map((b, k) => -b - (walk[k] ?? 0)))
  }
  let previous = 0
  chain.forEach(({ period, year, report }, k) => {
    const cumulative =
      k === 0 ? Math.round((base[0] ?? 0) + start) : report[figure] - fyOf(year - 1) + previous
    report.fiscalPeriod = period
    report[cumulativeKey[figure]] = cumulative
    previous = cumulative
  })
}
