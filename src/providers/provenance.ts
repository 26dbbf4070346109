import type { IsoDateTime, Market } from '@/domain/types'

/**
 * Where a result came from, how fresh it is and whether a fallback was needed. Root provider
 * functions return it next to their data (`Sourced<T>`); panels show it (`ProvenanceNote`).
 */

/** Every upstream a result can come from, as shown to users. */
export const sourceNames = [
  'Eastmoney kline',
  'Tencent fqkline',
  'Tencent quotes',
  'Eastmoney ulist',
  'Eastmoney ulist (delayed host)',
  'Eastmoney datacenter',
  'Eastmoney industry valuation',
  'Baidu valuation',
  'Eastmoney HK financials',
  'CSI index valuation',
  'Eastmoney FX',
  'Eastmoney news',
  'Eastmoney announcements',
  'HKEXnews',
] as const
export type SourceName = (typeof sourceNames)[number]

/** Sources whose wire format is documented but whose service from this project is unverified. */
export const unverifiedSources: ReadonlySet<SourceName> = new Set<SourceName>(['Baidu valuation'])

/**
 * - `real-time`: the vendor's live figure (as of seconds or minutes ago, during a session).
 * - `delayed`: a live figure the vendor serves with a delay (HK quotes on free feeds: ~15 min).
 * - `end-of-day`: the figure of a finished session (daily bars, valuations, quotes after the close).
 */
export type Freshness = 'real-time' | 'delayed' | 'end-of-day'

/** A source that was tried for this result and failed, or skipped after a recent failure. */
export interface SourceFailure {
  source: SourceName
  message: string
  /** True when the source was not asked because it failed recently (see fallback.ts). */
  skipped: boolean
}

export interface Provenance {
  /** Sources the data came from, the main one first (several when a result merges sources). */
  sources: readonly SourceName[]
  /** When this process received the answer. */
  fetchedAt: IsoDateTime
  /** Instant of the newest figure in the data (a quote's time, the last bar's close); null if none. */
  asOf: IsoDateTime | null
  freshness: Freshness
  /** Per market when a result mixes markets of different freshness (quotes). */
  freshnessByMarket?: Partial<Record<Market, Freshness>>
  /** True when the preferred source was not used (it failed, or was skipped after failing). */
  fallbackUsed: boolean
  /** Sources that failed or were skipped for this result. */
  failures: readonly SourceFailure[]
}

/** Data and where it came from: what root provider functions (and their queries) return. */
export interface Sourced<T> {
  data: T
  provenance: Provenance
}

const freshnessRank: Record<Freshness, number> = { 'end-of-day': 0, delayed: 1, 'real-time': 2 }

/** The less fresh of two: a combination is only as fresh as its stalest part. */
export function stalest(a: Freshness, b: Freshness): Freshness {
  return freshnessRank[a] <= freshnessRank[b] ? a : b
}

/** Current instant with the exchange offset, `2026-11-24T10:42:12+08:00` (second precision). */
export function exchangeNow(now: number = Date.now()): IsoDateTime {
  return `${new Date(now + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`
}

/**
 * Several provenances as one (e.g. the constituents of a basket): every source once, the earliest
 * fetch, the newest as-of, the stalest freshness, any fallback, every failure. Null for none.
 */
export function combineProvenance(list: readonly (Provenance | undefined)[]): Provenance | null {
  const known = list.filter((item): item is Provenance => item !== undefined)
  const [first, ...rest] = known
  if (!first) return null
  return rest.reduce<Provenance>(
    (acc, next) => ({
      sources: [...new Set([...acc.sources, ...next.sources])],
      fetchedAt: instant(next.fetchedAt) < instant(acc.fetchedAt) ? next.fetchedAt : acc.fetchedAt,
      asOf:
        acc.asOf === null || (next.asOf !== null && instant(next.asOf) > instant(acc.asOf))
          ? next.asOf
          : acc.asOf,
      freshness: stalest(acc.freshness, next.freshness),
      ...mergeByMarket(acc.freshnessByMarket, next.freshnessByMarket),
      fallbackUsed: acc.fallbackUsed || next.fallbackUsed,
      failures: [...acc.failures, ...next.failures],
    }),
    first,
  )
}

const instant = (text: IsoDateTime) => Date.parse(text)

function mergeByMarket(
  a: Provenance['freshnessByMarket'],
  b: Provenance['freshnessByMarket'],
): Pick<Provenance, 'freshnessByMarket'> {
  if (!a && !b) return {}
  const merged: Partial<Record<Market, Freshness>> = { ...a }
  for (const [market, freshness] of Object.entries(b ?? {}) as [Market, Freshness][]) {
    const known = merged[market]
    merged[market] = known ? stalest(known, freshness) : freshness
  }
  return { freshnessByMarket: merged }
}

/** What a fallback chain reports (see fallback.ts `Outcome`). */
export interface SourceOutcome {
  source: SourceName
  fallbackUsed: boolean
  failures: readonly SourceFailure[]
}

/** The provenance of a result from a fallback chain, fetched now. */
export function provenanceFrom(
  outcome: SourceOutcome,
  details: {
    asOf: IsoDateTime | null
    freshness: Freshness
    freshnessByMarket?: Partial<Record<Market, Freshness>>
    /** Sources that contributed besides the main one (e.g. a gap filled elsewhere). */
    alsoFrom?: readonly SourceName[]
    now?: number
  },
): Provenance {
  return {
    sources: [...new Set([outcome.source, ...(details.alsoFrom ?? [])])],
    fetchedAt: exchangeNow(details.now),
    asOf: details.asOf,
    freshness: details.freshness,
    ...(details.freshnessByMarket ? { freshnessByMarket: details.freshnessByMarket } : {}),
    fallbackUsed: outcome.fallbackUsed,
    failures: outcome.failures,
  }
}

/** Regular close in exchange time: the as-of instant of a finished session's figures. */
export const closeTimes: Record<Market, string> = { HK: '16:00:00', A: '15:00:00' }

/** `2026-11-20` on market `HK` → `2026-11-20T16:00:00+08:00`. */
export function closeInstant(market: Market, date: string): IsoDateTime {
  return `${date}T${closeTimes[market]}+08:00`
}
