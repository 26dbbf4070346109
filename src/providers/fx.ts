import type { FxHistory } from '@/domain/types'
import { fetchEastmoneyFxHistory } from '@/providers/eastmoney/fx'

/** HKD/CNY and USD/CNY central parity history (Eastmoney kline, CFETS series). */
export function fetchFxHistory(options: { signal?: AbortSignal } = {}): Promise<FxHistory> {
  return fetchEastmoneyFxHistory(options)
}
