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
 * interim periods; annual reports carry the table's figures exactly.
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
  events.sort((a, b) => a.report.publishedOn.localeCompare(b.report.publishedOn))
  const before = events.filter((e) => e.report.publishedOn < range.from)
  return [
    ...before.slice(-1),
    ...events.filter((e) => e.report.publishedOn >= range.from && e.report.publishedOn <= range.to),
  ]
}
