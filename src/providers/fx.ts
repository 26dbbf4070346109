import type { FxHistory } from '@/domain/types'
import { fetchEastmoneyFxHistory } from '@/providers/eastmoney/fx'
import { firstSuccessful } from '@/providers/fallback'
import { provenanceFrom, type Sourced } from '@/providers/provenance'

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
  const last = outcome.value.HKD.at(-1)?.date ?? null
  return {
    data: outcome.value,
    provenance: provenanceFrom(outcome, {
      asOf: last === null ? null : `${last}T09:15:00+08:00`,
      freshness: 'end-of-day',
    }),
  }
}
