import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { fetchEastmoneyValuation } from '@/providers/eastmoney/valuation'
import { HttpError, UpstreamDataError } from '@/providers/http'
import { datacenterPath } from '@mocks/handlers/eastmoney'
import { server } from '@mocks/node'

/** A RPT_VALUEANALYSIS_DET row in the data center's format (upstream-apis.md §4.1). */
const row = (date: string, overrides: Record<string, unknown> = {}) => ({
  SECUCODE: '600276.SH',
  SECURITY_CODE: '600276',
  SECURITY_NAME_ABBR: '恒瑞医药',
  TRADE_DATE: `${date} 00:00:00`,
  CLOSE_PRICE: 52.25,
  TOTAL_MARKET_CAP: 333302868816.5,
  TOTAL_SHARES: 6379002274,
  PE_TTM: 60.6005,
  PB_MRQ: 7.4067,
  PS_TTM: 13.3321,
  ...overrides,
})

const envelope = (data: unknown[], pages = 1, count = data.length) =>
  JSON.stringify({
    version: 'e548239c76f290a96bc99d3301fad08d',
    result: { pages, data, count },
    success: true,
    message: 'ok',
    code: 0,
  })

function serve(pageBodies: string[] | ((page: number) => string)) {
  const requests: URL[] = []
  server.use(
    http.get(datacenterPath, ({ request }) => {
      const url = new URL(request.url)
      requests.push(url)
      const page = Number(url.searchParams.get('pageNumber'))
      const body = typeof pageBodies === 'function' ? pageBodies(page) : pageBodies[page - 1]
      return HttpResponse.text(body ?? '{"success":false,"code":9201,"message":"返回数据为空"}')
    }),
  )
  return requests
}

describe('fetchEastmoneyValuation', () => {
  it('maps rows oldest first, keeping negative PE and mapping null or absent ratios to null', async () => {
    serve([
      envelope([
        row('2024-09-30'),
        row('2024-09-27', { PE_TTM: -35.1234, PB_MRQ: null }),
        row('2024-09-26', { PS_TTM: undefined }),
      ]),
    ])

    const points = await fetchEastmoneyValuation('600276.SH')

    expect(points).toEqual([
      { date: '2024-09-26', marketCap: 333302868816.5, peTtm: 60.6005, pb: 7.4067, psTtm: null },
      { date: '2024-09-27', marketCap: 333302868816.5, peTtm: -35.1234, pb: null, psTtm: 13.3321 },
      { date: '2024-09-30', marketCap: 333302868816.5, peTtm: 60.6005, pb: 7.4067, psTtm: 13.3321 },
    ])
  })

  it('encodes the filter once, with real quotes, and asks for the documented report', async () => {
    const requests = serve([envelope([row('2024-09-30')])])

    await fetchEastmoneyValuation('300760.SZ').catch(() => [])

    const url = requests[0]
    expect(url?.search).toContain('filter=%28SECURITY_CODE%3D%22300760%22%29')
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({
      reportName: 'RPT_VALUEANALYSIS_DET',
      columns:
        'SECUCODE,SECURITY_CODE,SECURITY_NAME_ABBR,TRADE_DATE,CLOSE_PRICE,TOTAL_MARKET_CAP,TOTAL_SHARES,PE_TTM,PB_MRQ,PS_TTM',
      filter: '(SECURITY_CODE="300760")',
      sortColumns: 'TRADE_DATE',
      sortTypes: '-1',
      pageSize: '500',
      pageNumber: '1',
      source: 'WEB',
      client: 'WEB',
    })
  })

  it('reads every page and merges them, dropping a date repeated across pages', async () => {
    const requests = serve([
      envelope([row('2024-10-08'), row('2024-09-30')], 3, 5),
      envelope([row('2024-09-30'), row('2024-09-27')], 3, 5),
      envelope([row('2024-09-26')], 3, 5),
    ])

    const points = await fetchEastmoneyValuation('600276.SH')

    expect(requests.map((url) => url.searchParams.get('pageNumber')).sort()).toEqual([
      '1',
      '2',
      '3',
    ])
    expect(points.map((point) => point.date)).toEqual([
      '2024-09-26',
      '2024-09-27',
      '2024-09-30',
      '2024-10-08',
    ])
  })

  it('refuses an HK ticker without asking: the report covers A-shares only', async () => {
    const failure = fetchEastmoneyValuation('02696.HK')

    await expect(failure).rejects.toBeInstanceOf(UpstreamDataError)
    await expect(failure).rejects.toThrow(
      'Eastmoney valuation: 02696.HK is not an A-share listing: RPT_VALUEANALYSIS_DET covers A-shares only',
    )
  })

  it.each([
    [
      'the real 9501 answer (unknown report)',
      '{"success":false,"message":"报表配置不存在","code":9501}',
      'Eastmoney valuation: refused 600276.SH (code 9501 报表配置不存在)',
    ],
    [
      'the real 9201 answer (no rows, e.g. a double-encoded filter)',
      '{"version":null,"result":null,"success":false,"message":"返回数据为空","code":9201}',
      'Eastmoney valuation: no valuation rows for 600276.SH (code 9201 返回数据为空)',
    ],
    [
      'result: null with success',
      '{"version":"x","result":null,"success":true,"message":"ok","code":0}',
      'Eastmoney valuation: no valuation rows for 600276.SH',
    ],
    ['an empty page', envelope([]), 'Eastmoney valuation: no valuation rows for 600276.SH'],
    [
      'the minimal fixture shape (no envelope, no market cap)',
      '{"result":{"data":[{"TRADE_DATE":"2026-08-13 00:00:00","PE_TTM":7.07,"PB_MRQ":0.692}]}}',
      'Eastmoney valuation: unexpected payload at success',
    ],
    [
      'a renamed field (TOTAL_MARKET_CAP → TOTAL_MARKETCAP)',
      envelope([row('2024-09-30', { TOTAL_MARKET_CAP: undefined, TOTAL_MARKETCAP: 3.3e11 })]),
      'Eastmoney valuation: unexpected payload at result.data.0.TOTAL_MARKET_CAP',
    ],
    [
      'a row of another security',
      envelope([row('2024-09-30', { SECURITY_CODE: '600277' })]),
      'Eastmoney valuation: bad row "2024-09-30 00:00:00" for 600276.SH: it is for security 600277',
    ],
    [
      'a zero market cap',
      envelope([row('2024-09-30', { TOTAL_MARKET_CAP: 0 })]),
      'bad row "2024-09-30 00:00:00" for 600276.SH: market cap 0 is not positive',
    ],
    [
      'an unreadable date',
      envelope([row('2024-09-30', { TRADE_DATE: '2024/09/30' })]),
      'bad row "2024/09/30" for 600276.SH: TRADE_DATE is not a date',
    ],
    [
      'an absurd page count',
      envelope([row('2024-09-30')], 1000),
      'Eastmoney valuation: implausible page count 1000 for 600276.SH',
    ],
    [
      'malformed JSON',
      '{"version":"x","result":{"pages":1,"data":[{"TRADE',
      'Eastmoney valuation: expected JSON but received',
    ],
  ])('throws for %s', async (_case, body, message) => {
    serve([body])

    const failure = fetchEastmoneyValuation('600276.SH')

    await expect(failure).rejects.toBeInstanceOf(UpstreamDataError)
    await expect(failure).rejects.toThrow(message)
  })

  it('fails when a later page is refused, naming the page', async () => {
    serve((page) =>
      page === 1
        ? envelope([row('2024-10-08')], 2, 2)
        : '{"version":null,"result":null,"success":false,"message":"返回数据为空","code":9201}',
    )

    await expect(fetchEastmoneyValuation('600276.SH')).rejects.toThrow(
      'no valuation rows for 600276.SH (page 2) (code 9201 返回数据为空)',
    )
  })

  it('throws an HttpError for a 502 HTML page', async () => {
    server.use(
      http.get(datacenterPath, () =>
        HttpResponse.text('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502 }),
      ),
    )

    const failure = fetchEastmoneyValuation('600276.SH')

    await expect(failure).rejects.toBeInstanceOf(HttpError)
    await expect(failure).rejects.toThrow('Eastmoney valuation answered HTTP 502')
  })
})
