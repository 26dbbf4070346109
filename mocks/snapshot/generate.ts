import { isTradingDay, tradingDays } from '@/domain/calendar'
import { isIsoDate } from '@/domain/dates'
import type { DateRange, IsoDate, Ticker } from '@/domain/types'
import { issuers, type Listing, universe } from '@/domain/universe'
import { buildAxis } from '@mocks/snapshot/axis'
import { buildBars } from '@mocks/snapshot/bars'
import { issuerReports, issuerShares, type ReportEvent } from '@mocks/snapshot/fundamentals'
import { generateFx } from '@mocks/snapshot/fx'
import { deriveValuations } from '@mocks/snapshot/derive'
import { generateIndex, indexSpecs } from '@mocks/snapshot/indices'
import { type ListingSpec, listingSpecs } from '@mocks/snapshot/listings'
import { generateNews } from '@mocks/snapshot/news'
import { generatePaths } from '@mocks/snapshot/prices'
import type {
  Snapshot,
  SnapshotIndexPoint,
  SnapshotListing,
  SnapshotRate,
} from '@mocks/snapshot/types'

/**
 * Generator of the sample snapshot (`mocks/data/snapshot.json`): synthetic, deterministic data in
 * real-world shapes for the 18 listings of the universe, and the CSI All Share Health Care index
 * (000991) for comparison. Same options, same bytes.
 *
 * The model runs on a fixed span (2018-01-02..2026-11-20, widened to cover the range), and the
 * requested range is cut out of it, so a shorter range gives exactly the default snapshot's
 * figures for its dates. The range must lie within the trading calendars' coverage.
 */
export const defaultRange: DateRange = { from: '2018-01-02', to: '2026-11-20' }
export const defaultSeed = 20_250_226

export interface GenerateOptions {
  /** Inclusive date range of bars, rates, reports and news (default 2018-01-02..2026-11-20). */
  range?: DateRange
  /** Integer seed; only its low 32 bits matter. */
  seed?: number
}

function specOf(ticker: Ticker): ListingSpec {
  const spec = listingSpecs.find((candidate) => candidate.ticker === ticker)
  if (!spec) throw new Error(`no snapshot settings for ${ticker}`)
  return spec
}

function checkSuspensions(listing: Listing, spec: ListingSpec): void {
  for (const day of spec.suspensions ?? []) {
    if (day < listing.listingDate || !isTradingDay(listing.market, day)) {
      throw new Error(`${listing.ticker}: suspension ${day} is not a trading day after listing`)
    }
  }
}

export function generateSnapshot(options: GenerateOptions = {}): Snapshot {
  const range = options.range ?? defaultRange
  const seed = options.seed ?? defaultSeed
  if (!isIsoDate(range.from) || !isIsoDate(range.to) || range.from > range.to) {
    throw new RangeError(`bad snapshot range ${range.from}..${range.to}`)
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed ${seed} is not an integer`)
  const span: DateRange = {
    from: range.from < defaultRange.from ? range.from : defaultRange.from,
    to: range.to > defaultRange.to ? range.to : defaultRange.to,
  }
  const inRange = (date: IsoDate) => range.from <= date && date <= range.to
  const axis = buildAxis(span)
  const fx = generateFx(seed, axis)
  const paths = generatePaths(seed, axis, fx, listingSpecs)
  const daysOf = (listing: Listing) =>
    tradingDays(listing.market, {
      from: listing.listingDate > span.from ? listing.listingDate : span.from,
      to: span.to,
    })

  const modelListings = universe.map((listing): SnapshotListing => {
    const spec = specOf(listing.ticker)
    checkSuspensions(listing, spec)
    const path = paths.get(listing.ticker)
    if (!path) throw new Error(`no price path for ${listing.ticker}`)
    return {
      ticker: listing.ticker,
      secid: spec.secid,
      tencent: spec.tencent,
      name: listing.nameZh,
      bars: buildBars({ seed, listing, spec, axis, path, days: daysOf(listing) }),
      suspensions: spec.suspensions ?? [],
    }
  })
  const listings = modelListings.map((listing) => ({
    ...listing,
    bars: listing.bars.filter(([date]) => inRange(date)),
    suspensions: listing.suspensions.filter(inRange),
  }))

  const reportsByIssuer = new Map<string, ReportEvent[]>(
    issuers.map((issuer) => [issuer.id, issuerReports(seed, issuer, range)]),
  )
  const snapshotIssuers = issuers.map((issuer) => ({
    id: issuer.id,
    reportingCurrency: issuer.reportingCurrency,
    shares: issuerShares(issuer.id).filter(([date]) => date <= range.to),
    reports: (reportsByIssuer.get(issuer.id) ?? []).map((event) => event.report),
  }))

  // Rates from the last mainland session on or before the range start, so every HK session of
  // the range has a rate on or before it.
  const published = fx.published.filter((k) => (axis.days[k] ?? '') <= range.to)
  const firstRate = published.findLastIndex((k) => (axis.days[k] ?? '') <= range.from)
  const rateIndices = published.slice(Math.max(0, firstRate))
  const rates = (series: Float64Array): SnapshotRate[] =>
    rateIndices.map((k) => [axis.days[k] ?? '', series[k] ?? 0])

  const news = generateNews({
    seed,
    range,
    listings: universe,
    reportsByIssuer,
    suspensions: new Map(universe.map((l) => [l.ticker, specOf(l.ticker).suspensions ?? []])),
    tradingDays: daysOf,
  })

  return {
    version: 1,
    seed,
    range: { from: range.from, to: range.to },
    listings,
    issuers: snapshotIssuers,
    fx: { HKD: rates(fx.HKD), USD: rates(fx.USD) },
    news,
    indices: generateIndices(seed, span, modelListings, inRange),
  }
}

/**
 * The sample indices over the model span, then cut to the range (so a shorter range gives the
 * same figures). They co-move with the A-share listings' own valuations over the whole span.
 */
function generateIndices(
  seed: number,
  span: DateRange,
  modelListings: SnapshotListing[],
  inRange: (date: IsoDate) => boolean,
): Record<string, SnapshotIndexPoint[]> {
  const model: Snapshot = {
    version: 1,
    seed,
    range: span,
    listings: modelListings,
    issuers: issuers.map((issuer) => ({
      id: issuer.id,
      reportingCurrency: issuer.reportingCurrency,
      shares: issuerShares(issuer.id),
      reports: issuerReports(seed, issuer, span).map((event) => event.report),
    })),
    fx: { HKD: [], USD: [] }, // unused: the A-share listings trade and report in CNY
    news: [],
  }
  const ownAShares = universe
    .filter((listing) => listing.market === 'A')
    .map((listing) => ({
      ticker: listing.ticker,
      currency: listing.currency,
      points: deriveValuations(model, listing.ticker),
    }))
  return Object.fromEntries(
    indexSpecs.map((spec) => [
      spec.code,
      generateIndex(seed, spec, span, ownAShares).filter(([date]) => inRange(date)),
    ]),
  )
}

const json = (value: unknown) => JSON.stringify(value)

/**
 * The snapshot as committed JSON: keys in the order of `types.ts`, one bar, rate, report, news
 * item or index point per line, prices with the listing's fixed decimals (HK 3, A-shares 2),
 * rates with 4, index closes and PE with 2, volumes, share counts and money as integers. Optional
 * fields are written only when present. Parses back to an equal snapshot.
 */
export function formatSnapshot(snapshot: Snapshot): string {
  const listing = (item: SnapshotListing) => {
    const decimals = item.ticker.endsWith('.HK') ? 3 : 2
    const bars = item.bars.map(
      ([date, ...prices]) =>
        `[${json(date)},${prices
          .slice(0, 4)
          .map((price) => price.toFixed(decimals))
          .join(',')},${(prices[4] ?? 0).toFixed(0)}]`,
    )
    return [
      `{"ticker":${json(item.ticker)},"secid":${json(item.secid)},"tencent":${json(item.tencent)},` +
        `"name":${json(item.name)},"bars":[`,
      bars.join(',\n'),
      `],"suspensions":${json(item.suspensions)}}`,
    ].join('\n')
  }
  const issuer = (item: Snapshot['issuers'][number]) => {
    const shares = item.shares.map(([date, count]) => `[${json(date)},${count.toFixed(0)}]`)
    const optional = (key: string, value: string | number | undefined) =>
      value === undefined
        ? ''
        : `,"${key}":${typeof value === 'number' ? value.toFixed(0) : json(value)}`
    const reports = item.reports.map(
      (r) =>
        `{"periodEnd":${json(r.periodEnd)},"publishedOn":${json(r.publishedOn)},` +
        `"ttmNetProfit":${r.ttmNetProfit.toFixed(0)},"ttmRevenue":${r.ttmRevenue.toFixed(0)},` +
        `"bookEquity":${r.bookEquity.toFixed(0)}` +
        optional('fiscalPeriod', r.fiscalPeriod) +
        optional('cumulativeRevenue', r.cumulativeRevenue) +
        optional('cumulativeNetProfit', r.cumulativeNetProfit) +
        '}',
    )
    return (
      `{"id":${json(item.id)},"reportingCurrency":${json(item.reportingCurrency)},` +
      `"shares":[${shares.join(',')}],"reports":[\n${reports.join(',\n')}\n]}`
    )
  }
  const rates = (series: readonly SnapshotRate[]) =>
    `[\n${series.map(([date, rate]) => `[${json(date)},${rate.toFixed(4)}]`).join(',\n')}\n]`
  const news = snapshot.news.map(
    (n) =>
      `{"id":${json(n.id)},"publishedAt":${json(n.publishedAt)},"source":${json(n.source)},` +
      `"title":${json(n.title)},"content":${json(n.content)},"url":${json(n.url)},` +
      `"tickers":${json(n.tickers)},"kind":${json(n.kind)}}`,
  )
  const indices =
    snapshot.indices === undefined
      ? ''
      : `,\n"indices":{${Object.entries(snapshot.indices)
          .map(
            ([code, points]) =>
              `${json(code)}:[\n${points
                .map(([date, close, pe]) => `[${json(date)},${close.toFixed(2)},${pe.toFixed(2)}]`)
                .join(',\n')}\n]`,
          )
          .join(',\n')}}`
  return [
    `{"version":${snapshot.version},"seed":${snapshot.seed},` +
      `"range":{"from":${json(snapshot.range.from)},"to":${json(snapshot.range.to)}},`,
    `"listings":[\n${snapshot.listings.map(listing).join(',\n')}\n],`,
    `"issuers":[\n${snapshot.issuers.map(issuer).join(',\n')}\n],`,
    `"fx":{"HKD":${rates(snapshot.fx.HKD)},"USD":${rates(snapshot.fx.USD)}},`,
    `"news":[\n${news.join(',\n')}\n]${indices}}`,
    '',
  ].join('\n')
}
