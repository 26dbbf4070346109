import { describe, expect, it } from 'vitest'
import { fetchTencentQuotes } from '@/providers/tencent/quotes'
import { tencentHandlers } from '@mocks/handlers/tencent'
import { server } from '@mocks/node'
import { tinySnapshot } from '../support/tiny-snapshot'

const quoteUrl = (symbols: string) => `http://localhost/upstream/tencent/qt/utf8/q=${symbols}`

describe('tencentHandlers over the tiny snapshot', () => {
  it('quotes 02696.HK from its last bar (2024-10-08) against the previous printed close', async () => {
    server.use(...tencentHandlers(tinySnapshot))

    const { quotes, missing } = await fetchTencentQuotes(['02696.HK'])

    expect(missing).toEqual([])
    const [quote] = quotes
    expect(quote).toMatchObject({
      ticker: '02696.HK',
      name: '复宏汉霖',
      last: 22,
      previousClose: 23.6,
      asOf: '2024-10-08T16:08:56+08:00', // 16:08 end-of-day stamp, seconds = 2696 mod 60
      volume: 1_100_000,
      amount: 24_200_000,
      currency: 'HKD',
    })
    expect(quote?.change).toBeCloseTo(-0.0678, 4) // 22 / 23.6 − 1 = −6.78 %
    // 22 HKD × 543,494,853 shares = 11,956,886,766 HKD, sent as 119.5689 (100 m, 4 decimals)
    expect(quote?.marketCap).toBeCloseTo(11_956_886_766, -4)
    // PE in the reporting currency: 11,956,886,766 HKD × 0.91 CNY/HKD = 10,880,766,957 CNY,
    // ÷ 800,000,000 CNY TTM profit (2024-06-30 report, public 2024-08-26) = 13.601 → "13.60"
    expect(quote?.peTtm).toBe(13.6)
  })

  it('quotes 600276.SH with volume in lots and turnover in CNY 10 k on the wire', async () => {
    server.use(...tencentHandlers(tinySnapshot))

    const { quotes } = await fetchTencentQuotes(['600276.SH'])

    const [quote] = quotes
    expect(quote).toMatchObject({
      ticker: '600276.SH',
      name: '恒瑞医药',
      last: 50,
      previousClose: 52.25, // 2024-09-30: the mainland was closed 10-01..07
      asOf: '2024-10-08T15:00:36+08:00',
      volume: 1_000_000,
      amount: 50_000_000,
      currency: 'CNY',
    })
    expect(quote?.change).toBeCloseTo(50 / 52.25 - 1, 10)
    // 50 CNY × 6,379,002,274 shares = 318,950,113,700 CNY, sent as 3189.50 (100 m, 2 decimals)
    expect(quote?.marketCap).toBeCloseTo(318_950_000_000, -1)
    expect(quote?.peTtm).toBe(57.99) // 318,950,113,700 ÷ 5,500,000,000 = 57.99
  })

  it('answers v_pv_none_match for a symbol the snapshot lacks, which the provider reports as missing', async () => {
    server.use(...tencentHandlers(tinySnapshot))

    const { quotes, missing } = await fetchTencentQuotes(['01801.HK', '02696.HK', '300760.SZ'])

    expect(quotes.map((quote) => quote.ticker)).toEqual(['02696.HK'])
    expect(missing).toEqual(['01801.HK', '300760.SZ'])
  })

  it('writes one v_<symbol>="…"; statement per line, 78 fields for HK and 88 for A-shares', async () => {
    server.use(...tencentHandlers(tinySnapshot))

    const body = await (await fetch(quoteUrl('hk02696,sh600276,hk01801'))).text()

    const lines = body.trim().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/^v_hk02696="100~复宏汉霖~02696~22\.000~23\.600~23\.600~1100000\.0~/)
    expect(lines[1]).toMatch(/^v_sh600276="1~恒瑞医药~600276~50\.00~52\.25~52\.00~10000~/)
    expect(lines[2]).toBe('v_pv_none_match="1";')
    const fields = lines.slice(0, 2).map((line) => line.slice(line.indexOf('"') + 1, -2).split('~'))
    expect(fields.map((values) => values.length)).toEqual([78, 88])
    expect(fields[0]?.[30]).toBe('2024/10/08 16:08:56')
    expect(fields[0]?.[75]).toBe('HKD')
    expect(fields[1]?.[30]).toBe('20241008150036')
    expect(fields[1]?.[46]).toBe('7.09') // PB: 318,950,113,700 ÷ 45,000,000,000
  })
})
