import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import type { FxHistory } from '@/domain/types'
import { fetchValuationHistory } from '@/providers/valuation'
import { createHandlers } from '@mocks/handlers'
import { baiduOpendataPath } from '@mocks/handlers/baidu'
import { datacenterPath, klinePath } from '@mocks/handlers/eastmoney'
import { server } from '@mocks/node'
import { tinySnapshot } from '../support/tiny-snapshot'

/**
 * The root valuation module over the tiny snapshot: Baidu for HK cap / PE / PB, PS-TTM from
 * Henlius's published results (H1 2024 TTM revenue 5.5 bn CNY from cumulative figures) and the
 * HKD rate. Baidu sends 总市值 in 100 m HKD with 2 decimals: 23.1 × 543,494,853 shares on
 * 2024-09-30 = 125.55 亿 HKD.
 */
describe('fetchValuationHistory', () => {
  beforeEach(() => server.use(...createHandlers(tinySnapshot)))

  it('adds PS-TTM to the Baidu series of an HK listing, in CNY at the day’s rate', async () => {
    const { data: points, provenance } = await fetchValuationHistory('02696.HK')

    const september30 = points.find((p) => p.date === '2024-09-30')
    expect(september30?.marketCap).toBe(12_555_000_000)
    expect(september30?.psTtm).toBeCloseTo((12_555_000_000 * 0.9) / 5.5e9, 10)
    expect(september30?.peTtm).toBe(14.12) // Baidu's own PE (cap in CNY ÷ 0.8 bn), untouched
    // 2024-10-03: mainland holiday, HK trades; the 09-30 rate (0.9) is carried forward.
    const october3 = points.find((p) => p.date === '2024-10-03')
    expect(october3?.psTtm).toBeCloseTo((12_229_000_000 * 0.9) / 5.5e9, 10)
    expect(points.every((p) => p.psTtm !== null && Number.isFinite(p.psTtm))).toBe(true)
    expect(provenance).toMatchObject({
      sources: ['Baidu valuation', 'Eastmoney HK financials'],
      asOf: '2024-10-08T16:00:00+08:00',
      freshness: 'end-of-day',
      failures: [],
    })
  })

  it('uses the FX loader it is given instead of fetching the rates', async () => {
    const klineRequests: string[] = []
    server.use(
      http.get(klinePath, ({ request }) => {
        klineRequests.push(request.url)
        return HttpResponse.json({ rc: 0, data: null })
      }),
    )
    const fx: FxHistory = { HKD: [{ date: '2024-09-20', cnyPerUnit: 1 }], USD: [] }

    const { data: points } = await fetchValuationHistory('02696.HK', {
      fx: () => Promise.resolve(fx),
    })

    expect(points.find((p) => p.date === '2024-09-26')?.psTtm).toBeCloseTo(
      (20.5 * 543_494_853) / 5.5e9,
      3,
    )
    expect(klineRequests).toEqual([])
  })

  it('returns the Baidu series without PS when the results cannot be loaded', async () => {
    server.use(
      http.get(datacenterPath, () => new HttpResponse('<html>502</html>', { status: 502 })),
    )

    const { data: points, provenance } = await fetchValuationHistory('02696.HK')

    expect(points).toHaveLength(7)
    expect(points.every((p) => p.psTtm === null)).toBe(true)
    expect(points.every((p) => p.peTtm !== null && p.peTtm > 0)).toBe(true)
    expect(provenance.sources).toEqual(['Baidu valuation'])
    expect(provenance.failures).toEqual([
      {
        source: 'Eastmoney HK financials',
        message: 'no PS-TTM: Eastmoney HK financials answered HTTP 502',
        skipped: false,
      },
    ])
  })

  it('returns the Baidu series without PS when the FX history cannot be loaded', async () => {
    server.use(http.get(klinePath, () => HttpResponse.json({ rc: 0, data: null })))

    const { data: points, provenance } = await fetchValuationHistory('02696.HK')

    expect(points.every((p) => p.psTtm === null)).toBe(true)
    expect(provenance.failures[0]?.message).toMatch(/^no PS-TTM: .*Eastmoney FX/)
  })

  it('fails the listing when Baidu fails, whatever the results did', async () => {
    server.use(
      http.get(baiduOpendataPath, () => HttpResponse.json({ ResultCode: 2, QueryID: '0' })),
    )

    await expect(fetchValuationHistory('02696.HK')).rejects.toThrow('Baidu valuation')
  })

  it('reads A-shares from the data center, PS-TTM as published', async () => {
    const { data: points, provenance } = await fetchValuationHistory('600276.SH')

    expect(points.map((p) => p.date)).toEqual([
      '2024-09-26',
      '2024-09-27',
      '2024-09-30',
      '2024-10-08',
    ])
    expect(points[2]?.psTtm).toBeCloseTo(333_302_868_816.5 / 25e9, 4)
    expect(provenance.sources).toEqual(['Eastmoney datacenter'])
  })
})
