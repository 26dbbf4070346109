import type { FxHistory, FxObservation } from '@/domain/types'
import { badRow, fetchDailyKlineRows } from '@/providers/eastmoney/kline'
import { parseDecimal } from '@/providers/eastmoney/values'

const source = 'Eastmoney FX'

/** CFETS central parity (人民币中间价) series on the kline endpoint: CNY per 1 unit. */
const paritySecids = { HKD: '120.HKDCNYC', USD: '120.USDCNYC' } as const

/**
 * Daily CNY central parity for HKD and USD, oldest first, from the push2his kline endpoint (the
 * close column carries the fixing), or the last `limit` fixings of each. Mainland holidays have no
 * observation. Both series are requested in parallel; either failing fails the whole history.
 */
export async function fetchEastmoneyFxHistory({
  signal,
  limit,
}: { signal?: AbortSignal | undefined; limit?: number | undefined } = {}): Promise<FxHistory> {
  const [HKD, USD] = await Promise.all([
    fetchParity(paritySecids.HKD, 'HKD/CNY', signal, limit),
    fetchParity(paritySecids.USD, 'USD/CNY', signal, limit),
  ])
  return { HKD, USD }
}

async function fetchParity(
  secid: string,
  subject: string,
  signal: AbortSignal | undefined,
  limit: number | undefined,
): Promise<FxObservation[]> {
  const rows = await fetchDailyKlineRows(secid, subject, { signal, source, limit })
  return rows.map(({ index, row, cells }) => {
    // Column order is date, open, close, …: the fixing is the close.
    const cnyPerUnit = parseDecimal(cells[2])
    if (cnyPerUnit === null || cnyPerUnit <= 0) {
      throw badRow(source, subject, index, row, 'close is not a positive rate')
    }
    return { date: cells[0] ?? '', cnyPerUnit }
  })
}
