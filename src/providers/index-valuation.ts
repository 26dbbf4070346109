import type { IndexValuationPoint } from '@/domain/index-valuation'
import { fetchCsiIndexValuation } from '@/providers/csindex/index-valuation'
import { firstSuccessful } from '@/providers/fallback'
import { closeInstant, provenanceFrom, type Sourced } from '@/providers/provenance'

/**
 * Daily close and vendor PE-TTM of a published sector index (CSI codes such as 000991), oldest
 * first, since 2018. One source today: the CSI site (`index-perf`), under the failure memory of
 * fallback.ts. End-of-day, as of the last session's close (A-share calendar).
 */
export async function fetchIndexValuation(
  indexCode: string,
  { signal }: { signal?: AbortSignal | undefined } = {},
): Promise<Sourced<IndexValuationPoint[]>> {
  const outcome = await firstSuccessful<IndexValuationPoint[]>(
    [
      {
        source: 'CSI index valuation',
        run: (s) => fetchCsiIndexValuation(indexCode, { signal: s }),
      },
    ],
    { signal },
  )
  const last = outcome.value.at(-1)?.date
  return {
    data: outcome.value,
    provenance: provenanceFrom(outcome, {
      asOf: last === undefined ? null : closeInstant('A', last),
      freshness: 'end-of-day',
    }),
  }
}
