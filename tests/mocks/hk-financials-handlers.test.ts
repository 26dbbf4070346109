import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ttmFromReports } from '@/domain/financials'
import type { ValuationPoint } from '@/domain/types'
import { fetchEastmoneyHkFinancials } from '@/providers/eastmoney/hk-financials'
import { UpstreamDataError } from '@/providers/http'
import { fetchValuationHistory } from '@/providers/valuation'
import { snapshot } from '@mocks/handlers'
import { eastmoneyHandlers } from '@mocks/handlers/eastmoney'
import { server } from '@mocks/node'
import { deriveValuations } from '@mocks/snapshot/derive'
import { tinySnapshot } from '../support/tiny-snapshot'

const datacenter = (query: Record<string, string>) =>
  fetch(
    `http://localhost/upstream/eastmoney/datacenter/api/data/v1/get?${new URLSearchParams(query)}`,
  )

describe('RPT_HKF10_FN_MAININDICATOR over the tiny snapshot', () => {
  beforeEach(() => server.use(...eastmoneyHandlers(tinySnapshot)))

  it('serves Henlius’s reports with cumulative figures, which give back its TTM figures', async () => {
    const reports = await fetchEastmoneyHkFinancials('02696.HK')

    expect(reports).toEqual([
      {
        periodEnd: '2023-06-30',
        publishedOn: '2023-08-28',
        fiscalPeriod: 'H1',
        cumulativeRevenue: 2_400_000_000,
        cumulativeNetProfit: 100_000_000,
        currency: 'CNY',
      },
      {
        periodEnd: '2023-12-31',
        publishedOn: '2024-03-25',
        fiscalPeriod: 'FY',
        cumulativeRevenue: 5_390_000_000,
        cumulativeNetProfit: 550_000_000,
        currency: 'CNY',
      },
      {
        periodEnd: '2024-06-30',
        publishedOn: '2024-08-26',
        fiscalPeriod: 'H1',
        cumulativeRevenue: 2_510_000_000,
        cumulativeNetProfit: 350_000_000,
        currency: 'CNY',
      },
    ])
    expect(ttmFromReports(reports)).toEqual([
      {
        from: '2024-03-26',
        periodEnd: '2023-12-31',
        ttmRevenue: 5_390_000_000,
        ttmNetProfit: 550_000_000,
        currency: 'CNY',
      },
      {
        from: '2024-08-27',
        periodEnd: '2024-06-30',
        ttmRevenue: 5_500_000_000,
        ttmNetProfit: 800_000_000,
        currency: 'CNY',
      },
    ])
  })

  it('answers in the data center’s shape, newest first, with the documented row fields', async () => {
    const body = await (
      await datacenter({
        reportName: 'RPT_HKF10_FN_MAININDICATOR',
        columns: 'ALL',
        filter: '(SECUCODE="02696.HK")',
        pageNumber: '1',
        pageSize: '50',
        sortTypes: '-1',
        sortColumns: 'REPORT_DATE',
      })
    ).json()

    expect(body).toMatchObject({ success: true, code: 0, result: { pages: 1, count: 3 } })
    expect(body.result.data[0]).toEqual({
      SECUCODE: '02696.HK',
      SECURITY_CODE: '02696',
      SECURITY_NAME_ABBR: '复宏汉霖',
      REPORT_DATE: '2024-06-30 00:00:00',
      DATE_TYPE_CODE: '002',
      REPORT_TYPE: '中报',
      CURRENCY: 'CNY',
      OPERATE_INCOME: 2_510_000_000,
      HOLDER_PROFIT: 350_000_000,
      NOTICE_DATE: '2024-08-26 00:00:00',
    })
    expect(body.result.data[1]).toMatchObject({ DATE_TYPE_CODE: '001', REPORT_TYPE: '年报' })
  })

  it('has no rows for a listing outside the snapshot or an A-share filter', async () => {
    await expect(fetchEastmoneyHkFinancials('01877.HK')).rejects.toBeInstanceOf(UpstreamDataError)
    const body = await (
      await datacenter({
        reportName: 'RPT_HKF10_FN_MAININDICATOR',
        filter: '(SECUCODE="600276.SH")',
      })
    ).json()
    expect(body).toMatchObject({ success: false, code: 9201 })
  })
})

describe('HK PS-TTM over the full sample snapshot', () => {
  let henlius: ValuationPoint[]
  beforeAll(async () => {
    henlius = (await fetchValuationHistory('02696.HK')).data
  })

  it('gives 02696.HK a finite PS-TTM on every session', () => {
    expect(henlius[0]?.date).toBe('2019-09-25')
    expect(henlius.every((p) => p.psTtm !== null && Number.isFinite(p.psTtm) && p.psTtm > 0)).toBe(
      true,
    )
  })

  it('matches the PS the snapshot implies (TTM revenue ÷ cap in CNY), up to Baidu’s rounding', () => {
    const derived = new Map(deriveValuations(snapshot, '02696.HK').map((v) => [v.date, v.psTtm]))
    const off = henlius.filter((p) => {
      const expected = derived.get(p.date)
      return !expected || Math.abs((p.psTtm ?? 0) / expected - 1) > 1e-3
    })

    expect(off.map((p) => p.date)).toEqual([])
  })

  it('converts HKD caps into BeiGene’s USD accounts', async () => {
    const { data: points } = await fetchValuationHistory('06160.HK')
    const derived = new Map(deriveValuations(snapshot, '06160.HK').map((v) => [v.date, v.psTtm]))
    const feb26 = points.find((p) => p.date === '2025-02-26')

    expect(feb26?.psTtm).toBeCloseTo(derived.get('2025-02-26') ?? Number.NaN, 2)
    const withPs = points.filter((p) => p.psTtm !== null)
    expect(withPs.length / points.length).toBeGreaterThan(0.9)
  })
})
