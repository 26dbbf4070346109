import type { Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'
import { pinnedMoves, premiumAnchors, priceAnchors } from '@mocks/snapshot/anchors'
import { type DayAxis, indexOnOrAfter, onAxis } from '@mocks/snapshot/axis'
import { bridge } from '@mocks/snapshot/bridge'
import type { FxPaths } from '@mocks/snapshot/fx'
import type { ListingSpec } from '@mocks/snapshot/listings'
import { type Random, randomStream } from '@mocks/snapshot/random'
import { parseDated } from '@mocks/snapshot/tables'

/**
 * Latent log-price paths of the sample listings on the model's day axis.
 *
 * Daily noise = vol × regime × (0.4 market factor + 0.5 sector factor + 0.77 own noise) plus rare
 * jumps; the HK and A market factors share a global component and every listing shares the sector
 * factor, so names co-move. Each path is bridged through its anchors (`anchors.ts`). A listing
 * that follows its A+H pair is the leader's path converted at the day's FX and scaled by
 * (1 + premium), the premium itself a bridged path with its own noise.
 */
export type PricePaths = ReadonlyMap<Ticker, Float64Array>

/** Volatility regime by year: calm 2019, the 2020 and 2022 stress, a busy 2024–2025. */
const regimeByYear: Readonly<Record<string, number>> = {
  '2018': 1,
  '2019': 0.9,
  '2020': 1.15,
  '2021': 1.1,
  '2022': 1.25,
  '2023': 1,
  '2024': 1.1,
  '2025': 1.1,
}

export function regime(date: string): number {
  return regimeByYear[date.slice(0, 4)] ?? 1
}

interface Factors {
  sector: Float64Array
  HK: Float64Array
  A: Float64Array
}

function drawFactors(random: Random, length: number): Factors {
  const factors = {
    sector: new Float64Array(length),
    HK: new Float64Array(length),
    A: new Float64Array(length),
  }
  for (let k = 1; k < length; k += 1) {
    const global = random.normal()
    factors.sector[k] = random.normal()
    factors.HK[k] = 0.6 * global + 0.8 * random.normal()
    factors.A[k] = 0.6 * global + 0.8 * random.normal()
  }
  return factors
}

/** First axis index of a listing's path: its listing day, or the axis start if listed before. */
export function pathStart(axis: DayAxis, ticker: Ticker): number {
  const listing = findListing(ticker)
  if (!listing) throw new Error(`${ticker} is not in the universe`)
  return indexOnOrAfter(axis, listing.listingDate)
}

function pinsOf(axis: DayAxis, ticker: Ticker): Map<number, number> {
  const dated = parseDated(pinnedMoves[ticker] ?? '')
  return new Map(onAxis(axis, dated).map(([k, move]) => [k, Math.log(1 + move)]))
}

function leaderPath(seed: number, axis: DayAxis, factors: Factors, spec: ListingSpec) {
  const listing = findListing(spec.ticker)
  const table = priceAnchors[spec.ticker]
  if (!listing || table === undefined) throw new Error(`no price anchors for ${spec.ticker}`)
  const random = randomStream(seed, `path/${spec.ticker}`)
  const market = factors[listing.market]
  const steps = new Float64Array(axis.days.length)
  for (let k = 1; k < axis.days.length; k += 1) {
    const sigma = spec.vol * regime(axis.days[k] ?? '')
    const common = 0.4 * (market[k] ?? 0) + 0.5 * (factors.sector[k] ?? 0)
    const own = 0.77 * random.normal()
    const jump = random.uniform() < 0.01 ? 2.5 * random.normal() : 0
    steps[k] = sigma * (common + own + jump)
  }
  // Anchors are jittered (±~4%) so anchor days do not print suspiciously round prices; the listing
  // day and the calibrated 2025-02-25/26 closes stay exact.
  const jitter = randomStream(seed, `anchor/${spec.ticker}`)
  const exact = new Set([listing.listingDate, '2025-02-25', '2025-02-26'])
  const anchors = parseDated(table).map(([date, price]) => {
    const noise = 0.04 * jitter.normal()
    return [date, Math.log(price) + (exact.has(date) ? 0 : noise)] as const
  })
  return bridge(
    steps,
    pathStart(axis, spec.ticker),
    onAxis(axis, anchors),
    pinsOf(axis, spec.ticker),
  )
}

function followerPath(
  seed: number,
  axis: DayAxis,
  factors: Factors,
  fx: FxPaths,
  spec: ListingSpec,
  leader: Float64Array,
) {
  const table = premiumAnchors[spec.ticker]
  if (table === undefined) throw new Error(`no premium anchors for ${spec.ticker}`)
  const isA = !spec.ticker.endsWith('.HK')
  const random = randomStream(seed, `premium/${spec.ticker}`)
  const logFx = (k: number) => Math.log(fx.HKD[k] ?? 1)
  const steps = new Float64Array(axis.days.length)
  for (let k = 1; k < axis.days.length; k += 1) {
    const relative = (factors.A[k] ?? 0) - (factors.HK[k] ?? 0)
    steps[k] = 0.008 * random.normal() + 0.006 * relative
  }
  // A one-day move pinned on the follower itself becomes a pinned premium step.
  const pins = new Map<number, number>()
  for (const [k, move] of pinsOf(axis, spec.ticker)) {
    const leaderStep = (leader[k] ?? 0) - (leader[k - 1] ?? 0)
    const fxStep = logFx(k) - logFx(k - 1)
    pins.set(k, isA ? move - leaderStep - fxStep : leaderStep - fxStep - move)
  }
  const anchors = parseDated(table).map(([date, premium]) => [date, Math.log(1 + premium)] as const)
  const premium = bridge(steps, pathStart(axis, spec.ticker), onAxis(axis, anchors), pins)
  // premium = A / (H × CNY per HKD) − 1, all in logs.
  return premium.map((p, k) =>
    isA ? (leader[k] ?? 0) + logFx(k) + p : (leader[k] ?? 0) - logFx(k) - p,
  )
}

/** Log-price path of every listing (NaN before its listing day). */
export function generatePaths(
  seed: number,
  axis: DayAxis,
  fx: FxPaths,
  specs: readonly ListingSpec[],
): PricePaths {
  const factors = drawFactors(randomStream(seed, 'factors'), axis.days.length)
  const paths = new Map<Ticker, Float64Array>()
  for (const spec of specs) {
    if (spec.follows === undefined) paths.set(spec.ticker, leaderPath(seed, axis, factors, spec))
  }
  for (const spec of specs) {
    if (spec.follows === undefined) continue
    const leader = paths.get(spec.follows)
    if (!leader) throw new Error(`${spec.ticker} follows ${spec.follows}, which has no path`)
    paths.set(spec.ticker, followerPath(seed, axis, factors, fx, spec, leader))
  }
  return paths
}
