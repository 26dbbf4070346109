import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { fetchEastmoneyHkFinancials } from '@/providers/eastmoney/hk-financials'
import { HttpError, UpstreamDataError } from '@/providers/http'
import { datacenterPath } from '@mocks/handlers/eastmoney'
import { server } from '@mocks/node'

/**
 * A RPT_HKF10_FN_MAININDICATOR row with the fields public clients read (figures in units of
 * CURRENCY, cumulated from the start of the financial year) plus a few they carry alongside.
 */
const row = (reportDate: string, overrides: Record<string, unknown> = {}) => ({
  SECUCODE: '02696.HK',
  SECURITY_CODE: '02696',
  SECURITY_NAME_ABBR: '复宏汉霖',
  ORG_CODE: '10439795',
  REPORT_DATE: `${reportDate} 00:00:00`,
  STD_REPORT_DATE: `${reportDate} 00:00:00`,
  FISCAL_YEAR: '12-31',
  CURRENCY: 'CNY',
  DATE_TYPE_CODE: reportDate.endsWith('12-31') ? '001' : '002',
  REPORT_TYPE: reportDate.endsWith('12-31') ? '年报' : '中报',
  OPERATE_INCOME: 5_724_000_000,
  OPERATE_INCOME_YOY: 6.13,
  HOLDER_PROFIT: 820_000_000,
  HOLDER_PROFIT_YOY: 50.4,
  BASIC_EPS: 1.51,
  ROE_AVG: 22.5,
  NOTICE_DATE: '2025-03-24 00:00:00',
  ...overrides,
})

const envelope = (data: unknown[]) =>
  JSON.stringify({
    version: '0bd6a3b1a4e54b4bb0f6e2ab7b61e8f1',
    result: { pages: 1, data, count: data.length },
    success: true,
    message: 'ok',
    code: 0,
  })

function serve(body: string, status = 200, contentType = 'application/json') {
  const requests: URL[] = []
  server.use(
    http.get(datacenterPath, ({ request }) => {
      requests.push(new URL(request.url))
      return new HttpResponse(body, { status, headers: { 'Content-Type': contentType } })
    }),
  )
  return requests
}

describe('fetchEastmoneyHkFinancials', () => {
  it('maps annual and interim rows, oldest period first, with their publication days', async () => {
    serve(
      envelope([
        row('2024-12-31'),
        row('2024-06-30', {
          OPERATE_INCOME: 2_820_000_000,
          HOLDER_PROFIT: 390_000_000,
          NOTICE_DATE: '2024-08-26 00:00:00',
        }),
        row('2023-12-31', {
          OPERATE_INCOME: 5_394_000_000,
          HOLDER_PROFIT: 546_000_000,
          NOTICE_DATE: '2024-03-25 00:00:00',
        }),
      ]),
    )

    const reports = await fetchEastmoneyHkFinancials('02696.HK')

    expect(reports).toEqual([
      {
        periodEnd: '2023-12-31',
        publishedOn: '2024-03-25',
        fiscalPeriod: 'FY',
        cumulativeRevenue: 5_394_000_000,
        cumulativeNetProfit: 546_000_000,
        currency: 'CNY',
      },
      {
        periodEnd: '2024-06-30',
        publishedOn: '2024-08-26',
        fiscalPeriod: 'H1',
        cumulativeRevenue: 2_820_000_000,
        cumulativeNetProfit: 390_000_000,
        currency: 'CNY',
      },
      {
        periodEnd: '2024-12-31',
        publishedOn: '2025-03-24',
        fiscalPeriod: 'FY',
        cumulativeRevenue: 5_724_000_000,
        cumulativeNetProfit: 820_000_000,
        currency: 'CNY',
      },
    ])
  })

  it('asks datacenter-web for the report by SECUCODE, the filter encoded once', async () => {
    const requests = serve(envelope([row('2024-12-31')]))

    await fetchEastmoneyHkFinancials('02696.HK')

    expect(requests[0]?.pathname).toBe('/upstream/eastmoney/datacenter/api/data/v1/get')
    expect(requests[0]?.search).toContain('filter=%28SECUCODE%3D%2202696.HK%22%29')
    expect(Object.fromEntries(requests[0]?.searchParams ?? [])).toEqual({
      reportName: 'RPT_HKF10_FN_MAININDICATOR',
      columns: 'ALL',
      filter: '(SECUCODE="02696.HK")',
      pageNumber: '1',
      pageSize: '50',
      sortTypes: '-1',
      sortColumns: 'REPORT_DATE',
      source: 'WEB',
      client: 'WEB',
    })
  })

  it('keeps a USD reporter’s currency and assumes publication dates when NOTICE_DATE is absent', async () => {
    const beigene = { SECUCODE: '06160.HK', SECURITY_CODE: '06160', CURRENCY: 'USD' }
    const { NOTICE_DATE: _absent, ...withoutNotice } = row('2024-12-31', beigene)
    serve(
      envelope([
        { ...withoutNotice, OPERATE_INCOME: 3_810_000_000, HOLDER_PROFIT: -644_800_000 },
        row('2024-06-30', {
          ...beigene,
          NOTICE_DATE: null,
          OPERATE_INCOME: 1_677_000_000,
          HOLDER_PROFIT: -371_000_000,
        }),
      ]),
    )

    const reports = await fetchEastmoneyHkFinancials('06160.HK')

    expect(reports).toEqual([
      {
        periodEnd: '2024-06-30',
        publishedOn: '2024-08-31', // assumed: period end + 2 months
        fiscalPeriod: 'H1',
        cumulativeRevenue: 1_677_000_000,
        cumulativeNetProfit: -371_000_000,
        currency: 'USD',
      },
      {
        periodEnd: '2024-12-31',
        publishedOn: '2025-03-31', // assumed: period end + 3 months
        fiscalPeriod: 'FY',
        cumulativeRevenue: 3_810_000_000,
        cumulativeNetProfit: -644_800_000,
        currency: 'USD',
      },
    ])
  })

  it.each([
    [
      'a June row with an unfamiliar interim code',
      { DATE_TYPE_CODE: '006', REPORT_TYPE: '' },
      'H1',
    ],
    ['a March row typed 一季报', { DATE_TYPE_CODE: '003', REPORT_TYPE: '一季报' }, 'Q1'],
    ['a September row without a type', { DATE_TYPE_CODE: '004', REPORT_TYPE: null }, 'Q3'],
  ])('reads %s', async (_case, overrides, expected) => {
    const date = expected === 'Q1' ? '2024-03-31' : expected === 'Q3' ? '2024-09-30' : '2024-06-30'
    serve(envelope([row(date, { ...overrides, NOTICE_DATE: null })]))

    const [report] = await fetchEastmoneyHkFinancials('02696.HK')

    expect(report?.fiscalPeriod).toBe(expected)
  })

  it('falls back to the issuer’s reporting currency and keeps missing figures as null', async () => {
    serve(
      envelope([
        row('2024-12-31', { CURRENCY: null, OPERATE_INCOME: null, HOLDER_PROFIT: undefined }),
      ]),
    )

    const [report] = await fetchEastmoneyHkFinancials('02696.HK')

    expect(report).toMatchObject({
      currency: 'CNY',
      cumulativeRevenue: null,
      cumulativeNetProfit: null,
    })
  })

  it.each([
    [
      'the real 9501 answer (unknown report)',
      '{"version":null,"result":null,"success":false,"message":"报表配置不存在","code":9501}',
      'refused 02696.HK (code 9501 报表配置不存在)',
    ],
    [
      'the 9201 answer (no rows)',
      '{"version":null,"result":null,"success":false,"message":"返回数据为空","code":9201}',
      'no financial reports for 02696.HK (code 9201 返回数据为空)',
    ],
    ['an empty page', envelope([]), 'no financial reports for 02696.HK'],
    [
      'a row for another security',
      envelope([row('2024-12-31', { SECUCODE: '01877.HK' })]),
      'it is for security 01877.HK',
    ],
    ['a malformed period end', envelope([row('2024-13-31')]), 'REPORT_DATE is not a date'],
    [
      'an unknown currency',
      envelope([row('2024-12-31', { CURRENCY: 'EUR' })]),
      'unknown CURRENCY "EUR"',
    ],
    [
      'a December interim',
      envelope([row('2024-12-31', { DATE_TYPE_CODE: '002', REPORT_TYPE: '' })]),
      'cannot tell the period (DATE_TYPE_CODE 002, REPORT_TYPE )',
    ],
    [
      'a notice before the period ended',
      envelope([row('2024-12-31', { NOTICE_DATE: '2024-11-01 00:00:00' })]),
      'published 2024-11-01, before the period ended',
    ],
    [
      'a revenue sent as text',
      envelope([row('2024-12-31', { OPERATE_INCOME: '5724000000' })]),
      'unexpected payload at result.data.0.OPERATE_INCOME',
    ],
  ])('throws an UpstreamDataError for %s', async (_case, body, message) => {
    serve(body)

    const failure = fetchEastmoneyHkFinancials('02696.HK')

    await expect(failure).rejects.toBeInstanceOf(UpstreamDataError)
    await expect(failure).rejects.toThrow(message)
  })

  it('names the source when the host answers an HTML 502 page', async () => {
    serve('<html><body><h1>502 Bad Gateway</h1></body></html>', 502, 'text/html')

    const failure = fetchEastmoneyHkFinancials('02696.HK')

    await expect(failure).rejects.toBeInstanceOf(HttpError)
    await expect(failure).rejects.toThrow('Eastmoney HK financials answered HTTP 502')
  })

  it('refuses an A-share ticker without asking', async () => {
    const requests = serve(envelope([]))

    await expect(fetchEastmoneyHkFinancials('600276.SH')).rejects.toThrow(
      'Eastmoney HK financials: 600276.SH is not a Hong Kong listing',
    )
    expect(requests).toEqual([])
  })
})
