import { byDateAscending, forEachDate } from '@/domain/dated-lists'
import { cnyPerUnit } from '@/domain/fx'
import type {
  CapPePoint,
  Currency,
  FxHistory,
  IsoDate,
  Ticker,
  ValuationPoint,
} from '@/domain/types'
import { universe, type Listing } from '@/domain/universe'

// ---------------------------------------------------------------------------------------------
// Baskets

/** Which listings make up "the sector": Hong Kong, A-shares, or every issuer once. */
export type Basket = 'HK' | 'A' | 'ALL'

/**
 * The listings of a basket, in the order of `listings` (default: the whole universe).
 *
 * - `HK`: every Hong Kong listing; `A`: every Shanghai/Shenzhen listing. An A+H issuer appears in
 *   both baskets, once in each.
 * - `ALL`: each issuer exactly once, represented by its FIRST-LISTED listing (earliest
 *   `listingDate`; on equal dates, the one that comes first in `listings`). Hengrui → 600276.SH
 *   (2000, H-share 2025), BeiGene → 06160.HK (2018, STAR 2021), WuXi AppTec → 603259.SH (May
 *   2018, H-share December 2018). A fixed representative means the sector series does not jump
 *   when an issuer adds a second listing, and an A+H issuer is never counted twice.
 */
export function basketListings(basket: Basket, listings: readonly Listing[] = universe): Listing[] {
  if (basket !== 'ALL') return listings.filter((listing) => listing.market === basket)
  const firstListed = new Map<string, Listing>()
  for (const listing of listings) {
    const chosen = firstListed.get(listing.issuerId)
    if (chosen === undefined || listing.listingDate < chosen.listingDate) {
      firstListed.set(listing.issuerId, listing)
    }
  }
  const representatives = new Set(firstListed.values())
  return listings.filter((listing) => representatives.has(listing))
}

// ---------------------------------------------------------------------------------------------
// Sector valuation

/** How constituent multiples combine into one sector multiple (see {@link computeSectorValuation}). */
export type PeMethod = 'aggregate' | 'median' | 'harmonic'

/** Which multiple: price / TTM earnings, price / book, price / TTM revenue. */
export type ValuationMetric = 'pe' | 'pb' | 'ps'

/**
 * One valuation point of a constituent: market cap and PE-TTM always, PB and PS-TTM when the
 * history loaded them (a {@link CapPePoint} history serves the `pe` metric only; for `pb` / `ps`
 * its points count as unusable).
 */
export type ConstituentPoint = CapPePoint & Partial<Pick<ValuationPoint, 'pb' | 'psTtm'>>

/** One constituent's published valuations. */
export interface ConstituentValuation {
  ticker: Ticker
  /** Trading currency of the listing, in which `marketCap` is quoted. */
  currency: Currency
  points: readonly ConstituentPoint[]
}

/** The sector's multiple on one date. */
export interface SectorValuationPoint {
  date: IsoDate
  /**
   * The sector multiple (e.g. PE-TTM 23.4). null = not meaningful: no constituent with a positive
   * multiple that day, or (aggregate with loss-makers included) Σ earnings ≤ 0.
   */
  value: number | null
  /** Constituents with a usable point that day (see {@link computeSectorValuation}). */
  constituents: number
  /** Constituents that entered `value`. */
  used: number
  /**
   * Constituents excluded as not meaningful: a negative multiple (TTM losses for PE, negative book
   * for PB, negative revenue for PS). Always `constituents − used`.
   */
  lossMakers: number
  /** Σ market cap in CNY of the `used` constituents. */
  marketCapCny: number
}

export interface SectorValuationInput {
  constituents: readonly ConstituentValuation[]
  fx: FxHistory
  metric: ValuationMetric
  method: PeMethod
  /** Aggregate method only: whether negative multiples enter Σ earnings (default `exclude`). */
  lossMakers?: 'exclude' | 'include'
}

function multipleOf(point: ConstituentPoint, metric: ValuationMetric): number | null {
  if (metric === 'pe') return point.peTtm
  return (metric === 'pb' ? point.pb : point.psTtm) ?? null
}

function median(values: number[]): number | null {
  const sorted = values.sort((a, b) => a - b)
  const lower = sorted[(sorted.length - 1) >> 1]
  const upper = sorted[sorted.length >> 1]
  if (lower === undefined || upper === undefined) return null
  return lower / 2 + upper / 2
}

function positiveOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) && value > 0 ? value : null
}

/**
 * The sector's PE-TTM (or PB, or PS-TTM) on every date on which any constituent has a point,
 * oldest first; a date on which no point is usable has `constituents: 0` and `value: null`.
 *
 * Usable point: a constituent counts on a date only if it has a point dated exactly that date
 * (valuations are not carried forward: prices move daily); of several points on one date the last
 * in input order wins. The point also needs a multiple that is finite and non-zero (0 is a vendor
 * placeholder), a finite positive market cap, and a CNY rate for the listing's currency on that
 * date ({@link cnyPerUnit}: last rate within 10 days). Anything else and the constituent is
 * skipped that day, not counted in `constituents`.
 *
 * Each usable constituent i has cap_i in CNY (cap × rate, the same day's rate for cap and
 * earnings, so currency cancels out of its own multiple) and implied earnings_i = cap_i / PE_i
 * (book or revenue for PB / PS). Methods:
 * - `aggregate`: Σ cap_i / Σ earnings_i, the sector as one company; big caps weigh more.
 *   With `lossMakers: 'exclude'` (default) constituents with a negative multiple are left out of
 *   both sums and counted in `lossMakers`. With `'include'` their negative earnings (and their cap)
 *   enter the sums, they count in `used`, and the value is null when Σ earnings ≤ 0.
 * - `median`: median of the positive multiples (mean of the two middle ones for an even count).
 * - `harmonic`: n / Σ (1 / PE_i) over the positive multiples: the inverse of the mean earnings
 *   yield, every constituent weighted equally. Negative multiples are always excluded for
 *   `median` and `harmonic` (`lossMakers` applies to `aggregate` only).
 *
 * `value` is null rather than 0, NaN or Infinity whenever it is not a finite positive number. A
 * multiple so close to zero that earnings overflow counts like 0 (not usable). A date whose Σ cap
 * overflows a double (bad data) is left out.
 *
 * Cost: each constituent's points are sorted once (skipped when already ascending), then walked
 * together: O(constituents × dates), a few ms for 18 × 2,200.
 */
export function computeSectorValuation(input: SectorValuationInput): SectorValuationPoint[] {
  const { constituents: members, fx, metric, method } = input
  const includeLosses = method === 'aggregate' && input.lossMakers === 'include'
  const result: SectorValuationPoint[] = []
  const positives: number[] = []
  forEachDate(
    members.map((member) => byDateAscending(member.points)),
    (date, points) => {
      // At most one rate lookup per currency and date.
      const rates: Record<Currency, number | null | undefined> = {
        CNY: 1,
        HKD: undefined,
        USD: undefined,
      }
      let constituents = 0
      let lossMakers = 0
      let capSum = 0
      let earningsSum = 0
      let inverseSum = 0
      positives.length = 0
      points.forEach((point, k) => {
        const currency = members[k]?.currency
        if (point === undefined || currency === undefined) return
        const multiple = multipleOf(point, metric)
        if (multiple === null || !Number.isFinite(multiple) || multiple === 0) return
        const rate =
          rates[currency] === undefined ? cnyPerUnit(fx, currency, date) : rates[currency]
        rates[currency] = rate
        if (rate === null) return
        const cap = point.marketCap * rate
        const earnings = cap / multiple
        if (!(cap > 0) || !Number.isFinite(cap)) return
        if (!Number.isFinite(earnings) || earnings === 0 || !Number.isFinite(1 / multiple)) return
        constituents += 1
        if (multiple < 0 && !includeLosses) {
          lossMakers += 1
          return
        }
        capSum += cap
        earningsSum += earnings
        if (multiple > 0) {
          inverseSum += 1 / multiple
          positives.push(multiple)
        }
      })
      if (!Number.isFinite(capSum)) return
      let value: number | null = null
      if (method === 'aggregate') value = earningsSum > 0 ? capSum / earningsSum : null
      else if (method === 'median') value = median(positives)
      else if (positives.length > 0) value = positives.length / inverseSum
      result.push({
        date,
        value: positiveOrNull(value),
        constituents,
        used: constituents - lossMakers,
        lossMakers,
        marketCapCny: capSum,
      })
    },
  )
  return result
}
