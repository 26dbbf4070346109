import { ttmFromReports, withPsTtm } from '@/domain/financials'
import { windowExactAfter, type RecentHistory } from '@/domain/recent'
import { marketOf } from '@/domain/tickers'
import type { CapPePoint, FxHistory, Ticker, ValuationPoint } from '@/domain/types'
import { findListing } from '@/domain/universe'
import { fetchBaiduCapPe, fetchBaiduValuation } from '@/providers/baidu/valuation'
import { fetchEastmoneyHkFinancials } from '@/providers/eastmoney/hk-financials'
import { fetchEastmoneyValuation } from '@/providers/eastmoney/valuation'
import { firstSuccessful, type Outcome } from '@/providers/fallback'
import { fetchFxHistory } from '@/providers/fx'
import {
  closeInstant,
  provenanceFrom,
  type SourceFailure,
  type Sourced,
} from '@/providers/provenance'

export interface ValuationHistoryOptions {
  signal?: AbortSignal | undefined
  /**
   * Where HK listings get the FX history that converts market cap into the accounts' currency.
   * Default: {@link fetchFxHistory}. The query layer passes its cached FX query instead, so eleven
   * HK listings do not fetch the same rates eleven times.
   */
  fx?: () => Promise<FxHistory>
  /**
   * Where HK listings get market cap and PE-TTM. Default: Baidu ({@link fetchBaiduCapPe}). The query
   * layer passes its cached {@link fetchCapPeHistory} query, so a listing the dashboard loaded is
   * completed with its PB and results only.
   */
  capPe?: () => Promise<readonly CapPePoint[]>
}

/**
 * Daily valuation history of one listing (market cap, PE-TTM, PB, PS-TTM), oldest first.
 *
 * - A-shares: the Eastmoney datacenter (RPT_VALUEANALYSIS_DET), PS-TTM included.
 * - Hong Kong: Baidu's per-stock series (market cap, PE-TTM, PB; the only free HK source known,
 *   unverified from this network, see README), with PS-TTM computed from the issuer's published
 *   results (Eastmoney RPT_HKF10_FN_MAININDICATOR → {@link ttmFromReports}) and the day's FX
 *   ({@link withPsTtm}). Partial degradation: when the results or the FX history cannot be loaded,
 *   the Baidu series is returned with `psTtm` null rather than failing the listing. A Baidu failure
 *   fails the listing: no other free source of HK per-company history is known.
 *
 * Returned with its provenance (end-of-day, as of the last session's close); failures are
 * remembered per source like every other request (fallback.ts). For HK, `Eastmoney HK financials`
 * is listed among the sources when PS-TTM was computed, among the failures when it could not be.
 */
export async function fetchValuationHistory(
  ticker: Ticker,
  options: ValuationHistoryOptions = {},
): Promise<Sourced<ValuationPoint[]>> {
  const market = marketOf(ticker)
  if (market === 'HK') {
    const outcome = await firstSuccessful<HkValuation>(
      [
        {
          source: 'Baidu valuation',
          run: (s) => fetchHkValuation(ticker, { ...options, signal: s }),
        },
      ],
      { signal: options.signal },
    )
    const { points, psFailure } = outcome.value
    return sourced(
      {
        ...outcome,
        value: points,
        failures: [...outcome.failures, ...(psFailure ? [psFailure] : [])],
      },
      market,
      psFailure ? [] : ['Eastmoney HK financials'],
    )
  }
  const outcome = await firstSuccessful<ValuationPoint[]>(
    [
      {
        source: 'Eastmoney datacenter',
        run: (s) => fetchEastmoneyValuation(ticker, { signal: s }),
      },
    ],
    { signal: options.signal },
  )
  return sourced(outcome, market, [])
}

/**
 * Daily market cap and PE-TTM of one listing, oldest first: what the dashboard needs (sector PE,
 * cap weights). HK: Baidu's market-cap and PE series only (two requests; the full history adds PB
 * and the issuer's results). A-shares: the full history of {@link fetchValuationHistory} (one
 * request either way). Provenance and failures as there.
 */
export async function fetchCapPeHistory(
  ticker: Ticker,
  { signal }: { signal?: AbortSignal | undefined } = {},
): Promise<Sourced<CapPePoint[]>> {
  const market = marketOf(ticker)
  if (market !== 'HK') return fetchValuationHistory(ticker, { signal })
  const outcome = await firstSuccessful<CapPePoint[]>(
    [{ source: 'Baidu valuation', run: (s) => fetchBaiduCapPe(ticker, { signal: s }) }],
    { signal },
  )
  return sourced(outcome, market, [])
}

/**
 * Market cap and PE-TTM of an HK listing over the last three years (Baidu `近三年`, a recent window,
 * see src/domain/recent.ts), for a first chart before the whole history. Baidu gives no sign of a
 * window being the whole history, so it never counts as whole. HK only (an A-share's history is
 * one request either way: use {@link fetchCapPeHistory}). Provenance and failures as there.
 */
export async function fetchRecentCapPeHistory(
  ticker: Ticker,
  { signal }: { signal?: AbortSignal | undefined } = {},
): Promise<Sourced<RecentHistory<CapPePoint[]>>> {
  const market = marketOf(ticker)
  if (market !== 'HK') throw new Error(`recent Baidu valuation is HK only; ${ticker} is not`)
  const outcome = await firstSuccessful<RecentHistory<CapPePoint[]>>(
    [
      {
        source: 'Baidu valuation',
        run: async (s) => {
          const points = await fetchBaiduCapPe(ticker, { signal: s, period: 'threeYears' })
          const dates = points.map((point) => point.date)
          return { history: points, exactAfter: windowExactAfter(dates, false) }
        },
      },
    ],
    { signal },
  )
  const { history } = outcome.value
  return { ...sourced({ ...outcome, value: history }, market, []), data: outcome.value }
}

function sourced<T extends CapPePoint>(
  outcome: Outcome<T[]>,
  market: 'HK' | 'A',
  alsoFrom: readonly 'Eastmoney HK financials'[],
): Sourced<T[]> {
  const last = outcome.value.at(-1)?.date
  return {
    data: outcome.value,
    provenance: provenanceFrom(outcome, {
      asOf: last === undefined ? null : closeInstant(market, last),
      freshness: 'end-of-day',
      alsoFrom,
    }),
  }
}

/** Baidu's points with PS-TTM, or without it and the reason (`psFailure`). */
interface HkValuation {
  points: ValuationPoint[]
  psFailure: SourceFailure | null
}

/** HK: Baidu's series, PS-TTM added from the issuer's results when they load (see above). */
async function fetchHkValuation(
  ticker: Ticker,
  options: ValuationHistoryOptions,
): Promise<HkValuation> {
  const { signal } = options

  const loadFx = options.fx ?? (() => fetchFxHistory({ signal }).then(({ data }) => data))
  const revenueInputs = Promise.all([fetchEastmoneyHkFinancials(ticker, { signal }), loadFx()])
  // Settle it now, so a failure while Baidu is still loading is never an unhandled rejection.
  const settled = revenueInputs.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  )
  const points = await fetchBaiduValuation(ticker, { signal, capPe: options.capPe })
  const inputs = await settled
  if (!inputs.ok) {
    if (signal?.aborted) throw signal.reason ?? inputs.error
    // Documented degradation: no PS-TTM for this listing, and the reason in the provenance.
    const message = inputs.error instanceof Error ? inputs.error.message : String(inputs.error)
    return {
      points,
      psFailure: {
        source: 'Eastmoney HK financials',
        message: `no PS-TTM: ${message}`,
        skipped: false,
      },
    }
  }
  const [reports, fx] = inputs.value
  const currency = findListing(ticker)?.currency ?? 'HKD'
  return { points: withPsTtm(points, ttmFromReports(reports), fx, currency), psFailure: null }
}
