import type { IsoDate } from '@/domain/types'
import type { Listing } from '@/domain/universe'
import { type DayAxis, indexOf } from '@mocks/snapshot/axis'
import type { ListingSpec } from '@mocks/snapshot/listings'
import { regime } from '@mocks/snapshot/prices'
import { randomStream } from '@mocks/snapshot/random'
import type { SnapshotBar } from '@mocks/snapshot/types'

/**
 * Daily bars from a latent log-price path: closes on the exchange's price grid, A-share daily
 * price limits, open/high/low around the move, and volume that rises with the size of the move.
 * Prices are handled in integer minor units (HK: 0.001 HKD, A: 0.01 CNY) so that no binary
 * floating-point residue reaches a limit price or a tick.
 */

/** HKEX spread table (Part A): tick size in 0.001 HKD for a price in 0.001 HKD. */
export function hkTick(milli: number): number {
  const bands: [upTo: number, tick: number][] = [
    [250, 1],
    [500, 5],
    [10_000, 10],
    [20_000, 20],
    [100_000, 50],
    [200_000, 100],
    [500_000, 200],
    [1_000_000, 500],
    [2_000_000, 1000],
    [5_000_000, 2000],
  ]
  for (const [upTo, tick] of bands) if (milli <= upTo) return tick
  return 5000
}

/**
 * Daily price-limit percentage of an A-share on a date, or null when no limit applies: HK
 * listings, and the first five sessions of a new listing. STAR ±20%; ChiNext ±20% from the
 * 2020-08-24 reform (±10% before); SSE and SZSE main boards ±10%.
 */
export function limitPercent(listing: Listing, date: IsoDate, session: number): number | null {
  if (listing.market === 'HK' || session <= 5) return null
  if (listing.board === 'STAR') return 20
  if (listing.board === 'ChiNext') return date >= '2020-08-24' ? 20 : 10
  return 10
}

/** Limit prices in cents: previous close × (1 ± limit), rounded half up to the cent. */
export function limitPrices(previousCents: number, percent: number): [down: number, up: number] {
  return [
    Math.floor((previousCents * (100 - percent) + 50) / 100),
    Math.floor((previousCents * (100 + percent) + 50) / 100),
  ]
}

interface BarInput {
  seed: number
  listing: Listing
  spec: ListingSpec
  axis: DayAxis
  path: Float64Array
  /** The market's trading days from the listing's path start to the end of the model span. */
  days: readonly IsoDate[]
}

const ipoVolumeBoost = [5, 3, 2, 1.6, 1.3]

export function buildBars({ seed, listing, spec, axis, path, days }: BarInput): SnapshotBar[] {
  const random = randomStream(seed, `bars/${listing.ticker}`)
  const hk = listing.market === 'HK'
  const unit = hk ? 1000 : 100
  // Nearest price on the exchange grid, in minor units, for a value in minor units.
  const toGrid = (value: number) => {
    const minor = Math.max(1, Math.round(value))
    if (!hk) return minor
    const tick = hkTick(minor)
    return Math.max(tick, Math.round(minor / tick) * tick)
  }
  const suspended = new Set(spec.suspensions ?? [])
  const bars: SnapshotBar[] = []
  let previous: number | null = null
  // Sessions since listing; a listing older than the model span is long past its first five.
  let session = days[0] === listing.listingDate ? 0 : 1000

  for (const date of days) {
    if (suspended.has(date)) continue
    session += 1
    const sigma = spec.vol * regime(date)
    let close = toGrid(unit * Math.exp(path[indexOf(axis, date)] ?? Number.NaN))
    const percent = limitPercent(listing, date, session)
    const [down, up] =
      percent === null || previous === null
        ? [1, Number.MAX_SAFE_INTEGER]
        : limitPrices(previous, percent)
    close = Math.min(up, Math.max(down, close))
    const clamp = (minor: number) => Math.min(up, Math.max(down, minor))

    const move = previous === null ? 0 : Math.log(close / previous)
    const reference = previous ?? close
    const open = clamp(toGrid(reference * Math.exp(0.3 * move + 0.4 * sigma * random.normal())))
    const top = Math.max(open, close)
    const bottom = Math.min(open, close)
    const high = Math.max(
      top,
      clamp(toGrid(top * Math.exp(0.5 * sigma * Math.abs(random.normal())))),
    )
    const low = Math.min(
      bottom,
      clamp(toGrid(bottom * Math.exp(-0.5 * sigma * Math.abs(random.normal())))),
    )

    const surprise = Math.min(8, Math.abs(move) / sigma)
    const boost = ipoVolumeBoost[session - 1] ?? 1
    const shares = spec.volume * boost * Math.exp(0.35 * random.normal()) * (0.5 + 0.5 * surprise)
    const volume = hk
      ? Math.max(1, Math.round(shares))
      : Math.max(1, Math.round(shares / 100)) * 100

    bars.push([date, open / unit, close / unit, high / unit, low / unit, volume])
    previous = close
  }
  return bars
}
