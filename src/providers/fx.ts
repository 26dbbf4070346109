import { latestExactAfter, windowExactAfter, type RecentHistory } from '@/domain/recent'
import type { FxHistory, FxObservation } from '@/domain/types'
import { fetchEastmoneyFxHistory } from '@/providers/eastmoney/fx'
import { firstSuccessful } from '@/providers/fallback'
import { provenanceFrom, type Sourced } from '@/providers/provenance'
import type { Outcome } from '@/providers/fallback'

/**
 * HKD/CNY and USD/CNY central parity history (Eastmoney kline, CFETS series). End-of-day, as of
 * the last fixing (published 09:15 China time). One source: a failure is remembered like any other
 * (fallback.ts), so a Retry-After is honoured.
 */
export async function fetchFxHistory({
  signal,
}: { signal?: AbortSignal | undefined } = {}): Promise<Sourced<FxHistory>> {
  const outcome = await firstSuccessful<FxHistory>(
    [{ source: 'Eastmoney FX', run: (s) => fetchEastmoneyFxHistory({ signal: s }) }],
    { signal },
  )
  return sourcedFx(outcome, outcome.value)
}

/**
 * The last `sessions` fixings of each currency (a recent window, see src/domain/recent.ts): the
 * same request with `lmt=sessions`. A series with fewer fixings than asked is whole.
 */
export async function fetchRecentFxHistory(
  sessions: number,
  { signal }: { signal?: AbortSignal | undefined } = {},
): Promise<Sourced<RecentHistory<FxHistory>>> {
  const outcome = await firstSuccessful<RecentHistory<FxHistory>>(
    [
      {
        source: 'Eastmoney FX',
        run: async (s) => {
          const history = await fetchEastmoneyFxHistory({ signal: s, limit: sessions })
          const exactAfterOf = (series: readonly FxObservation[]) =>
            windowExactAfter(
              series.map((fixing) => fixing.date),
              series.length < sessions,
            )
          return {
            history,
            exactAfter: latestExactAfter([exactAfterOf(history.HKD), exactAfterOf(history.USD)]),
          }
        },
      },
    ],
    { signal },
  )
  return sourcedFx(outcome, outcome.value.history)
}

/** Fixings with their provenance: end-of-day, as of the last fixing (09:15 China time). */
function sourcedFx<T>(outcome: Outcome<T>, history: FxHistory): Sourced<T> {
  const last = history.HKD.at(-1)?.date ?? null
  return {
    data: outcome.value,
    provenance: provenanceFrom(outcome, {
      asOf: last === null ? null : `${last}T09:15:00+08:00`,
      freshness: 'end-of-day',
    }),
  }
}
