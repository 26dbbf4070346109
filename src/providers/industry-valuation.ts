import {
  fetchEastmoneyIndustryValuation,
  type IndustryValuationPoint,
  type PharmaBoardName,
} from '@/providers/eastmoney/industry-valuation'
import { firstSuccessful } from '@/providers/fallback'
import { closeInstant, provenanceFrom, type Sourced } from '@/providers/provenance'

/**
 * Daily valuation of an A-share pharma industry (化学制药, 生物制品, 医疗器械, 医疗服务, 中药,
 * 医药商业) as Eastmoney's data center publishes it (RPT_VALUEINDUSTRY_DET): PE-TTM, static PE,
 * PB, PS-TTM, constituents and loss-makers, oldest first. The board codes are resolved by name at
 * run time and cached (see eastmoney/industry-valuation.ts). End-of-day, as of the last row.
 */
export async function fetchIndustryValuation(
  board: PharmaBoardName,
  { signal }: { signal?: AbortSignal | undefined } = {},
): Promise<Sourced<IndustryValuationPoint[]>> {
  const outcome = await firstSuccessful<IndustryValuationPoint[]>(
    [
      {
        source: 'Eastmoney industry valuation',
        run: (s) => fetchEastmoneyIndustryValuation(board, { signal: s }),
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
