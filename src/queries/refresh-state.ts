import type { IsoDateTime } from '@/domain/types'
import { exchangeNow } from '@/providers/provenance'

/**
 * A refresh that failed while older data stays on screen. React Query keeps a query's `data` when
 * a refetch fails and sets its `error`: a panel whose data is older than its latest error shows
 * that data, marked as not refreshed (`StaleNotice`), rather than an error in its place.
 */

/** What a panel needs to know about one of its queries (see {@link stampOf}). */
export interface QueryStamp {
  /** The query has data: it is on screen. */
  hasData: boolean
  /** When that data arrived (ms since the epoch; 0 = never). */
  dataUpdatedAt: number
  error: Error | null
  /** When the latest error happened (ms since the epoch; 0 = never). */
  errorUpdatedAt: number
  /** As-of instant of the data (its provenance), when known. */
  asOf: IsoDateTime | null
  /** A new attempt is under way (e.g. after Retry). */
  fetching: boolean
}

/** The failed refresh of a panel's queries, as its notice says it. */
export interface FailedRefresh {
  /** When the latest failed refresh ended (exchange time, UTC+8). */
  failedAt: IsoDateTime
  /** As-of of the oldest data kept on screen; its fetch time when the data has no as-of. */
  asOf: IsoDateTime
  /** Why the latest one failed. */
  reason: string
  /** How many of the panel's queries failed to refresh. */
  count: number
  /** A new attempt is under way. */
  retrying: boolean
}

/** The fields of a React Query result the stamp reads (any `UseQueryResult` has them). */
export interface QueryResultLike {
  data: unknown
  dataUpdatedAt: number
  error: Error | null
  errorUpdatedAt: number
  isFetching: boolean
}

/** A query result's stamp; `asOf` comes from its provenance when the caller has it. */
export function stampOf(result: QueryResultLike, asOf: IsoDateTime | null = null): QueryStamp {
  return {
    hasData: result.data !== undefined,
    dataUpdatedAt: result.dataUpdatedAt,
    error: result.error,
    errorUpdatedAt: result.errorUpdatedAt,
    asOf,
    fetching: result.isFetching,
  }
}

/** True when the query shows data and its latest attempt, later than that data, failed. */
export function refreshFailedFor(stamp: QueryStamp): boolean {
  return stamp.hasData && stamp.error !== null && stamp.errorUpdatedAt >= stamp.dataUpdatedAt
}

/**
 * The failed refresh to report for a panel, or null when every query that has data is up to date
 * (a query without data is the panel's error or loading state, not a stale one).
 *
 * - `failedAt` is the latest failure among the stale queries, `reason` its message;
 * - `asOf` is the oldest as-of among them (the stalest figure on screen), or the time its data
 *   arrived when the data has no as-of;
 * - `retrying` is true while any of them is being fetched again.
 */
export function failedRefresh(stamps: readonly QueryStamp[]): FailedRefresh | null {
  const stale = stamps.filter(refreshFailedFor)
  const latest = stale.reduce<QueryStamp | null>(
    (acc, stamp) => (acc === null || stamp.errorUpdatedAt > acc.errorUpdatedAt ? stamp : acc),
    null,
  )
  if (latest === null) return null
  const asOfs = stale.map((stamp) => stamp.asOf ?? exchangeNow(stamp.dataUpdatedAt))
  const oldest = asOfs.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a))
  return {
    failedAt: exchangeNow(latest.errorUpdatedAt),
    asOf: oldest,
    reason: latest.error?.message ?? '',
    count: stale.length,
    retrying: stale.some((stamp) => stamp.fetching),
  }
}
