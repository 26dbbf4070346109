import { tradingDays, calendarCoverage } from '@/domain/calendar'
import { addDays } from '@/domain/dates'
import { marketOf } from '@/domain/tickers'
import type { Currency, FxHistory, IsoDate, NewsItem, Ticker, ValuationPoint } from '@/domain/types'
import { issuers, universe } from '@/domain/universe'
import { fetchDailyBars } from '@/providers/daily-bars'
import { directRoute } from '@/providers/direct'
import { toSecid } from '@/providers/eastmoney/secid'
import { fetchFxHistory } from '@/providers/fx'
import { resetHttpTransport, setHttpTransport } from '@/providers/http'
import { fetchIndexValuation } from '@/providers/index-valuation'
import { fetchNews } from '@/providers/news'
import { exchangeNow, type Provenance } from '@/providers/provenance'
import { toTencentSymbol } from '@/providers/tencent/symbols'
import { fetchValuationHistory } from '@/providers/valuation'
import { deriveValuations } from '@mocks/snapshot/derive'
import type {
  Snapshot,
  SnapshotBar,
  SnapshotIndexPoint,
  SnapshotIssuer,
  SnapshotListing,
  SnapshotNews,
  SnapshotRate,
  SnapshotReport,
} from '@mocks/snapshot/types'

/**
 * The snapshot recorder behind `npm run snapshot:record` (tests/tools/snapshot-record.mjs): it
 * fetches the live sources for the universe through the app's own provider code (fallbacks,
 * validation, provenance included) and writes what they answered in the format the sample mode
 * serves (mocks/snapshot/types.ts `Snapshot`), so `?snapshot=recorded` replays real data offline.
 *
 * What the format can hold, and how the recorder fills it:
 * - bars, FX, news and announcements: as fetched (news needs an http(s) URL; items without one are
 *   left out and counted);
 * - valuations: the format stores per issuer a share count and TTM figures, from which the mocks
 *   derive market cap, PE, PB and PS every day. The recorder inverts the recorded series: shares =
 *   market cap ÷ close (a new step when it moves by more than 0.02 %), and a "report" (TTM profit,
 *   revenue, book equity in the reporting currency) each time the recorded ratios stop matching
 *   the current one (PE within 0.02 % or 0.005), published the session before. A+H issuers are
 *   anchored on the A-share listing (the verified source): the H listing's derived cap and PE
 *   then price the same share count at the H price. Reports carry no reporting period
 *   (`periodEnd` = `publishedOn`) and no cumulative figures.
 * - the CSI 000991 index (close and PE-TTM), when its source answers.
 * The derivation is checked against the recorded series (see `RecordReport.valuationCheck`).
 */

export interface RecordOptions {
  /** Listings to record (default: the whole universe). */
  tickers?: readonly Ticker[]
  /** First date kept (default 2018-01-01, where the trading calendars start). */
  from?: IsoDate
  /** Minimum gap between two requests, ms (the CLI never goes below 500). */
  paceMs?: number
  /**
   * Environment of the direct transport: `BIOPULSE_DIRECT=1` sends requests straight to the real
   * hosts or their `BIOPULSE_UPSTREAM_<SOURCE>_<HOST>` overrides; without it requests keep their
   * same-origin paths (only useful where something answers them, e.g. MSW in tests).
   */
  env?: Readonly<Record<string, string | undefined>>
  /** Progress lines (default: none). */
  log?: (line: string) => void
}

/** What was recorded, from where, and what failed. */
export interface RecordReport {
  listings: {
    ticker: Ticker
    bars: number
    barsFrom: string | null
    valuation: string | null
    news: string | null
    problems: string[]
  }[]
  fx: string | null
  index: string | null
  newsKept: number
  newsWithoutUrl: number
  /** Largest relative error of the derived market cap and PE against the recorded ones. */
  valuationCheck: { ticker: Ticker; capError: number; peError: number; days: number }[]
  problems: string[]
}

/** Resolves after at least `minGapMs` since the previous request started (requests in order). */
export function createPacer(
  minGapMs: number,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
): () => Promise<void> {
  let next = 0
  let chain: Promise<void> = Promise.resolve()
  return () => {
    chain = chain.then(async () => {
      const wait = next - Date.now()
      if (wait > 0) await sleep(wait)
      next = Date.now() + minGapMs
    })
    return chain
  }
}

const describe = (provenance: Provenance) =>
  `${provenance.sources.join(' + ')}${provenance.fallbackUsed ? ' (fallback)' : ''}`
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Records a snapshot (see the module comment). The HTTP transport is restored afterwards. */
export async function recordSnapshot(
  options: RecordOptions = {},
): Promise<{ snapshot: Snapshot; report: RecordReport }> {
  const env = options.env ?? {}
  const pace = createPacer(options.paceMs ?? 500)
  const log = options.log ?? (() => {})
  setHttpTransport({
    ...(env.BIOPULSE_DIRECT === '1' ? { route: directRoute(env) } : {}),
    beforeRequest: pace,
  })
  try {
    return await record(options, log)
  } finally {
    resetHttpTransport()
  }
}

async function record(
  options: RecordOptions,
  log: (line: string) => void,
): Promise<{ snapshot: Snapshot; report: RecordReport }> {
  const from = options.from ?? '2018-01-01'
  const tickers = options.tickers ?? universe.map((listing) => listing.ticker)
  const report: RecordReport = {
    listings: [],
    fx: null,
    index: null,
    newsKept: 0,
    newsWithoutUrl: 0,
    valuationCheck: [],
    problems: [],
  }
  const keep = <T extends { date: IsoDate }>(rows: readonly T[]) =>
    rows.filter((row) => row.date >= from)

  let fx: FxHistory = { HKD: [], USD: [] }
  try {
    const result = await fetchFxHistory()
    fx = { HKD: keep(result.data.HKD), USD: keep(result.data.USD) }
    report.fx = describe(result.provenance)
    log(`FX: ${fx.HKD.length} HKD, ${fx.USD.length} USD fixings from ${report.fx}`)
  } catch (error) {
    report.problems.push(`FX: ${messageOf(error)}`)
    log(`FX failed: ${messageOf(error)}`)
  }

  const listings: SnapshotListing[] = []
  const valuations = new Map<Ticker, ValuationPoint[]>()
  const newsByKey = new Map<string, SnapshotNews>()
  for (const ticker of tickers) {
    const listing = universe.find((candidate) => candidate.ticker === ticker)
    if (!listing) throw new RangeError(`${ticker} is not in the universe`)
    const entry: RecordReport['listings'][number] = {
      ticker,
      bars: 0,
      barsFrom: null,
      valuation: null,
      news: null,
      problems: [],
    }
    report.listings.push(entry)
    try {
      const result = await fetchDailyBars(ticker)
      const bars = keep(result.data).map(
        ({ date, open, close, high, low, volume }): SnapshotBar => [
          date,
          open,
          close,
          high,
          low,
          volume,
        ],
      )
      listings.push({
        ticker,
        secid: toSecid(ticker),
        tencent: toTencentSymbol(ticker),
        name: listing.nameZh,
        bars,
        suspensions: suspensionsOf(ticker, bars),
      })
      entry.bars = bars.length
      entry.barsFrom = describe(result.provenance)
    } catch (error) {
      entry.problems.push(`bars: ${messageOf(error)}`)
    }
    try {
      const result = await fetchValuationHistory(ticker)
      valuations.set(ticker, keep(result.data))
      entry.valuation = describe(result.provenance)
    } catch (error) {
      entry.problems.push(`valuation: ${messageOf(error)}`)
    }
    try {
      const result = await fetchNews(ticker)
      entry.news = describe(result.provenance)
      for (const failure of result.provenance.failures) {
        entry.problems.push(`news: ${failure.source}: ${failure.message}`)
      }
      for (const item of result.data) {
        const news = toSnapshotNews(item)
        if (!news) {
          report.newsWithoutUrl += 1
          continue
        }
        const key = `${news.publishedAt}\n${news.title}\n${news.url}`
        const known = newsByKey.get(key)
        newsByKey.set(
          key,
          known ? { ...known, tickers: [...new Set([...known.tickers, ...news.tickers])] } : news,
        )
      }
    } catch (error) {
      entry.problems.push(`news: ${messageOf(error)}`)
    }
    log(
      `${ticker}: ${entry.bars} bars (${entry.barsFrom ?? '—'}), valuation ${entry.valuation ?? '—'}, ` +
        `news ${entry.news ?? '—'}${entry.problems.length > 0 ? `; ${entry.problems.join('; ')}` : ''}`,
    )
  }

  const snapshotIssuers = issuers.flatMap((issuer): SnapshotIssuer[] => {
    const own = universe.filter(
      (listing) =>
        listing.issuerId === issuer.id && listings.some((item) => item.ticker === listing.ticker),
    )
    if (own.length === 0) return []
    // The anchor: the A-share listing when it has a valuation (verified source), else the HK one.
    const anchor =
      own.find((listing) => listing.market === 'A' && valuations.has(listing.ticker)) ??
      own.find((listing) => valuations.has(listing.ticker))
    const bars = listings.find((item) => item.ticker === anchor?.ticker)?.bars ?? []
    const points = anchor ? (valuations.get(anchor.ticker) ?? []) : []
    const { shares, reports } = anchor
      ? invertValuations(bars, points, anchor.currency, issuer.reportingCurrency, fx)
      : { shares: [], reports: [] }
    if (!anchor) report.problems.push(`${issuer.id}: no valuation recorded for any listing`)
    return [{ id: issuer.id, reportingCurrency: issuer.reportingCurrency, shares, reports }]
  })

  let indices: Snapshot['indices']
  try {
    const { data: points } = await fetchIndexValuation('000991')
    const rows = points.flatMap((point): SnapshotIndexPoint[] =>
      point.date >= from && point.close !== null && point.peTtm !== null
        ? [[point.date, point.close, point.peTtm]]
        : [],
    )
    indices = { '000991': rows }
    report.index = `CSI index valuation (${rows.length} sessions)`
  } catch (error) {
    report.problems.push(`index 000991: ${messageOf(error)}`)
  }

  const dates = listings.flatMap(({ bars }) => [bars[0]?.[0], bars.at(-1)?.[0]]).filter(Boolean)
  const sorted = (dates as IsoDate[]).sort()
  const news = [...newsByKey.values()].sort(
    (a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id.localeCompare(b.id),
  )
  report.newsKept = news.length
  const rates = (series: FxHistory['HKD']): SnapshotRate[] =>
    series.map(({ date, cnyPerUnit }) => [date, cnyPerUnit])
  const snapshot: Snapshot = {
    version: 1,
    seed: 0,
    recordedAt: exchangeNow(),
    range: { from: sorted[0] ?? from, to: sorted.at(-1) ?? from },
    listings,
    issuers: snapshotIssuers,
    fx: { HKD: rates(fx.HKD), USD: rates(fx.USD) },
    news,
    ...(indices ? { indices } : {}),
  }
  report.valuationCheck = checkValuations(snapshot, valuations)
  return { snapshot, report }
}

/** Trading days of the listing's market between its first and last bar that have no bar. */
function suspensionsOf(ticker: Ticker, bars: readonly SnapshotBar[]): IsoDate[] {
  const first = bars[0]?.[0]
  const last = bars.at(-1)?.[0]
  const coverage = calendarCoverage[marketOf(ticker)]
  if (!first || !last) return []
  const range = {
    from: first > coverage.from ? first : coverage.from,
    to: last < coverage.to ? last : coverage.to,
  }
  if (range.from > range.to) return []
  const traded = new Set(bars.map(([date]) => date))
  return tradingDays(marketOf(ticker), range).filter((date) => !traded.has(date))
}

/** A news item as the snapshot stores it, or null without a URL to link to. */
function toSnapshotNews(item: NewsItem): SnapshotNews | null {
  if (item.url === null) return null
  // The snapshot format names the issuers concerned in the content (the news search emulation
  // finds items by issuer name, as the real search does); the recorder does not keep article text.
  const names = [
    ...new Set(
      item.tickers.flatMap((ticker) => {
        const listing = universe.find((candidate) => candidate.ticker === ticker)
        return listing ? [listing.nameZh] : []
      }),
    ),
  ]
  return {
    id: item.id,
    publishedAt: item.publishedAt,
    source: item.source,
    title: item.title,
    content: names.join('、'),
    url: item.url,
    tickers: [...item.tickers],
    kind: item.kind,
  }
}

/** Last value on or before `date` in date-sorted [date, value] rows (derive.ts semantics). */
function lastOnOrBefore(rows: readonly { date: IsoDate; cnyPerUnit: number }[], date: IsoDate) {
  let found: number | null = null
  for (const row of rows) {
    if (row.date > date) break
    found = row.cnyPerUnit
  }
  return found
}

const shareTolerance = 2e-4
const close = (derived: number, target: number) =>
  Math.abs(derived - target) <= Math.max(2e-4 * Math.abs(target), 0.005)

/**
 * Share counts and TTM "reports" from which deriveValuations (mocks/snapshot/derive.ts) gives back
 * the recorded market cap, PE, PB and PS of the anchor listing (see the module comment).
 */
export function invertValuations(
  bars: readonly SnapshotBar[],
  points: readonly ValuationPoint[],
  listingCurrency: Currency,
  reportingCurrency: Currency,
  fx: FxHistory,
): { shares: [IsoDate, number][]; reports: SnapshotReport[] } {
  const byDate = new Map(points.map((point) => [point.date, point]))
  const rate = (currency: Currency, date: IsoDate) =>
    currency === 'CNY' ? 1 : lastOnOrBefore(currency === 'HKD' ? fx.HKD : fx.USD, date)
  const shares: [IsoDate, number][] = []
  const reports: SnapshotReport[] = []
  let previousDate: IsoDate | null = null
  for (const [date, , closePrice] of bars) {
    const point = byDate.get(date)
    const dayBefore: IsoDate = previousDate ?? addDays(date, -1)
    previousDate = date
    if (!point || !(closePrice > 0)) continue
    const exactShares = point.marketCap / closePrice
    const current = shares.at(-1)?.[1]
    if (current === undefined || Math.abs(exactShares / current - 1) > shareTolerance) {
      shares.push([date, Math.round(exactShares)])
    }
    const cap = closePrice * (shares.at(-1)?.[1] ?? exactShares)
    const listingRate = rate(listingCurrency, date)
    const reportingRate = rate(reportingCurrency, date)
    if (listingRate === null || reportingRate === null) continue
    const capInReporting = (cap * listingRate) / reportingRate
    const denominator = (ratio: number | null, positiveOnly: boolean) =>
      ratio === null || ratio === 0 || (positiveOnly && ratio < 0) ? 0 : capInReporting / ratio
    const matches = (report: SnapshotReport | undefined) => {
      if (!report) return false
      const check = (ratio: number | null, value: number, positiveOnly: boolean) => {
        const derived = value === 0 || (positiveOnly && value < 0) ? null : capInReporting / value
        if (ratio === null || ratio === 0 || (positiveOnly && ratio < 0)) return derived === null
        return derived !== null && close(derived, ratio)
      }
      return (
        check(point.peTtm, report.ttmNetProfit, false) &&
        check(point.pb, report.bookEquity, false) &&
        check(point.psTtm, report.ttmRevenue, true)
      )
    }
    if (matches(reports.at(-1))) continue
    reports.push({
      periodEnd: dayBefore,
      publishedOn: dayBefore,
      ttmNetProfit: Math.round(denominator(point.peTtm, false)),
      ttmRevenue: Math.round(denominator(point.psTtm, true)),
      bookEquity: Math.round(denominator(point.pb, false)),
    })
  }
  return { shares, reports }
}

/** How far the mocks' derivation of each anchor listing is from what was recorded. */
function checkValuations(
  snapshot: Snapshot,
  recorded: ReadonlyMap<Ticker, ValuationPoint[]>,
): RecordReport['valuationCheck'] {
  return [...recorded.entries()].flatMap(([ticker, points]) => {
    const derived = new Map(deriveValuations(snapshot, ticker).map((day) => [day.date, day]))
    let capError = 0
    let peError = 0
    let days = 0
    for (const point of points) {
      const day = derived.get(point.date)
      if (!day) continue
      days += 1
      capError = Math.max(capError, Math.abs(day.marketCap / point.marketCap - 1))
      if (point.peTtm !== null && day.peTtm !== null && point.peTtm !== 0) {
        peError = Math.max(peError, Math.abs(day.peTtm / point.peTtm - 1))
      }
    }
    return days > 0 ? [{ ticker, capError, peError, days }] : []
  })
}

/**
 * The snapshot as JSON: lossless (no rounding, unlike the generator's formatter), one bar, rate,
 * report or news item per line.
 */
export function formatRecordedSnapshot(snapshot: Snapshot): string {
  const j = (value: unknown) => JSON.stringify(value)
  const lines = (items: readonly unknown[]) => items.map(j).join(',\n')
  const { listings, issuers: snapshotIssuers, fx, news, indices, ...head } = snapshot
  const listing = ({ bars, ...rest }: SnapshotListing) =>
    `${j(rest).slice(0, -1)},"bars":[\n${lines(bars)}\n]}`
  const issuer = ({ reports, ...rest }: SnapshotIssuer) =>
    `${j(rest).slice(0, -1)},"reports":[\n${lines(reports)}\n]}`
  const parts = [
    `${j(head).slice(0, -1)},`,
    `"listings":[\n${listings.map(listing).join(',\n')}\n],`,
    `"issuers":[\n${snapshotIssuers.map(issuer).join(',\n')}\n],`,
    `"fx":{"HKD":[\n${lines(fx.HKD)}\n],"USD":[\n${lines(fx.USD)}\n]},`,
    `"news":[\n${lines(news)}\n]`,
  ]
  if (indices) {
    const series = Object.entries(indices).map(
      ([code, points]) => `${j(code)}:[\n${lines(points)}\n]`,
    )
    parts[parts.length - 1] += ','
    parts.push(`"indices":{${series.join(',\n')}}`)
  }
  return `${parts.join('\n')}\n}\n`
}
