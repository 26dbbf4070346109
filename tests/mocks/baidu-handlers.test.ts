import { describe, expect, it } from 'vitest'
import { fetchBaiduValuation } from '@/providers/baidu/valuation'
import { UpstreamDataError } from '@/providers/http'
import { baiduHandlers } from '@mocks/handlers/baidu'
import { server } from '@mocks/node'
import { tinySnapshot } from '../support/tiny-snapshot'

const opendataUrl = (params: Record<string, string>) =>
  `http://localhost/upstream/baidu/finance/opendata?${new URLSearchParams({
    resource_id: '51171',
    market: 'hk',
    code: '02696',
    query: '总市值',
    tag: '总市值',
    chart_select: '全部',
    ...params,
  })}`

describe('baiduHandlers over the tiny snapshot', () => {
  it('serves the 02696.HK series by trading day, skipping the suspended 2024-10-02', async () => {
    server.use(...baiduHandlers(tinySnapshot))

    const points = await fetchBaiduValuation('02696.HK')

    expect(points.map(({ date }) => date)).toEqual([
      '2024-09-26',
      '2024-09-27',
      '2024-09-30',
      '2024-10-03',
      '2024-10-04',
      '2024-10-07',
      '2024-10-08',
    ])
    // 2024-10-08: 22 × 543,494,853 = 11,956,886,766 HKD → "119.57" (100 m, 2 decimals);
    // × 0.91 CNY/HKD = 10,880,766,957 CNY ÷ 800 m profit = 13.60, ÷ 4,000 m equity = 2.72
    expect(points.at(-1)).toEqual({
      date: '2024-10-08',
      marketCap: 11_957_000_000,
      peTtm: 13.6,
      pb: 2.72,
      psTtm: null,
    })
    // 2024-09-26: 20.5 × 543,494,853 × 0.90 = 10,027,480,038 CNY ÷ 800 m = 12.53
    expect(points[0]?.peTtm).toBe(12.53)
  })

  it('answers an empty Result for a code the snapshot lacks, which the provider reports', async () => {
    server.use(...baiduHandlers(tinySnapshot))

    const request = fetchBaiduValuation('01801.HK')

    await expect(request).rejects.toThrow(UpstreamDataError)
    await expect(request).rejects.toThrow('(unknown code?)')
  })

  it('sends [date, value] rows with 2-decimal values', async () => {
    server.use(...baiduHandlers(tinySnapshot))

    const answer = await (await fetch(opendataUrl({}))).json()

    const body = answer.Result[0].DisplayData.resultData.tplData.result.chartInfo[0].body
    expect(body.slice(0, 2)).toEqual([
      ['2024-09-26', '111.42'], // 20.5 × 543,494,853 = 11,141,644,487
      ['2024-09-27', '114.13'],
    ])
  })

  it.each([
    ['a wrong resource_id', { resource_id: '5352' }],
    ['an unknown indicator', { query: '市销率', tag: '市销率' }],
    ['an unknown period', { chart_select: '近两年' }],
  ])('answers a non-zero ResultCode for %s', async (_case, params) => {
    server.use(...baiduHandlers(tinySnapshot))

    const answer = await (await fetch(opendataUrl(params))).json()

    expect(answer).toMatchObject({ ResultCode: 2 })
    expect(answer).not.toHaveProperty('Result')
  })
})
