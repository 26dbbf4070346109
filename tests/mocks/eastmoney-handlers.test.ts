import { beforeEach, describe, expect, it } from 'vitest'
import { fetchEastmoneyFxHistory } from '@/providers/eastmoney/fx'
import { fetchEastmoneyDailyBars } from '@/providers/eastmoney/kline'
import { fetchEastmoneyNews } from '@/providers/eastmoney/news'
import { fetchEastmoneyValuation } from '@/providers/eastmoney/valuation'
import { eastmoneyHandlers } from '@mocks/handlers/eastmoney'
import { server } from '@mocks/node'
import type { Snapshot } from '@mocks/snapshot/types'
import { tinySnapshot } from '../support/tiny-snapshot'

const origin = 'http://localhost'
const get = (path: string) => fetch(`${origin}/upstream/eastmoney${path}`)
const kline = (query: Record<string, string>) =>
  get(
    `/push2his/api/qt/stock/kline/get?${new URLSearchParams({
      klt: '101',
      fqt: '1',
      beg: '0',
      end: '20500101',
      lmt: '1000000',
      fields1: 'f1,f2,f3,f4,f5,f6',
      fields2: 'f51,f52,f53,f54,f55,f56,f57',
      ...query,
    })}`,
  )

const use = (snapshot: Snapshot) => server.use(...eastmoneyHandlers(snapshot))

describe('Eastmoney handlers over the tiny snapshot, read by the Eastmoney providers', () => {
  beforeEach(() => use(tinySnapshot))

  it('serves 02696.HK bars without the suspended 2024-10-02, prices and shares as given', async () => {
    const bars = await fetchEastmoneyDailyBars('02696.HK')

    expect(bars.map((bar) => bar.date)).toEqual([
      '2024-09-26',
      '2024-09-27',
      '2024-09-30',
      '2024-10-03',
      '2024-10-04',
      '2024-10-07',
      '2024-10-08',
    ])
    expect(bars[3]).toMatchObject({
      open: 23,
      close: 22.5,
      high: 23.4,
      low: 22.2,
      volume: 1_500_000,
    })
  })

  it('serves 600276.SH volume in lots, which the provider turns back into shares', async () => {
    const bars = await fetchEastmoneyDailyBars('600276.SH')

    expect(bars.map((bar) => [bar.date, bar.close, bar.volume])).toEqual([
      ['2024-09-26', 45, 500_000],
      ['2024-09-27', 47.5, 800_000],
      ['2024-09-30', 52.25, 1_300_000],
      ['2024-10-08', 50, 1_000_000],
    ])
    const body = await (await kline({ secid: '1.600276' })).json()
    expect(body.data.klines[2]).toMatch(/^2024-09-30,47\.50,52\.25,52\.25,47\.40,13000,/)
  })

  it('serves both central-parity series from snapshot.fx', async () => {
    const fx = await fetchEastmoneyFxHistory()

    expect(fx.HKD).toEqual([
      { date: '2024-09-26', cnyPerUnit: 0.9 },
      { date: '2024-09-27', cnyPerUnit: 0.9 },
      { date: '2024-09-30', cnyPerUnit: 0.9 },
      { date: '2024-10-08', cnyPerUnit: 0.91 },
    ])
    expect(fx.USD.map((o) => o.cnyPerUnit)).toEqual([7, 7, 7.01, 7.06])
    const body = await (await kline({ secid: '120.USDCNYC' })).json()
    expect(body.data.klines[2]).toBe('2024-09-30,7.0100,7.0100,7.0100,7.0100,0,0.00')
  })

  it('publishes 600276.SH PE on 2024-09-30 as cap ÷ TTM profit', async () => {
    // 52.25 × 6,379,002,274 shares = 333,302,868,816.5 yuan; ÷ 5.5e9 TTM profit = 60.6005…
    const points = await fetchEastmoneyValuation('600276.SH')

    expect(points.map((point) => point.date)).toEqual([
      '2024-09-26',
      '2024-09-27',
      '2024-09-30',
      '2024-10-08',
    ])
    const september30 = points[2]
    expect(september30?.marketCap).toBeCloseTo(333_302_868_816.5, 1)
    expect(september30?.peTtm).toBeCloseTo(60.6005, 4)
    expect(september30?.pb).toBeCloseTo(333_302_868_816.5 / 45e9, 4)
    expect(september30?.psTtm).toBeCloseTo(333_302_868_816.5 / 25e9, 4)
  })

  it('finds the 复宏汉霖 item by name and by code, highlight tags stripped', async () => {
    const [byName] = await fetchEastmoneyNews('复宏汉霖')
    const byCode = await fetchEastmoneyNews('02696')

    expect(byName).toMatchObject({
      publishedAt: '2024-10-03T17:30:00+08:00',
      source: 'HKEXnews',
      title: 'Sample: voluntary announcement',
      url: 'https://www1.hkexnews.hk/search/titlesearch.xhtml?lang=en',
      tickers: ['02696.HK'],
      kind: 'news',
    })
    expect(byName?.id).toMatch(/^eastmoney:20241003\d{10}$/)
    expect(byCode.map((item) => item.id)).toEqual([byName?.id])
    expect(await fetchEastmoneyNews('恒瑞医药')).toEqual([])
  })

  it('highlights the keyword in titles as the real search does; the provider strips it', async () => {
    const [news] = tinySnapshot.news
    if (!news) throw new Error('tiny snapshot has a news item')
    use({ ...tinySnapshot, news: [{ ...news, title: '复宏汉霖：自愿公告' }] })
    const cb = 'jQuery3510_1'
    const param = JSON.stringify({
      uid: '',
      keyword: '复宏汉霖',
      type: ['cmsArticleWebOld'],
      client: 'web',
      clientType: 'web',
      clientVersion: 'curr',
      param: {
        cmsArticleWebOld: {
          searchScope: 'default',
          sort: 'default',
          pageIndex: 1,
          pageSize: 10,
          preTag: '<em>',
          postTag: '</em>',
        },
      },
    })

    const raw = await (
      await get(`/search/search/jsonp?${new URLSearchParams({ cb, param })}`)
    ).text()
    const [item] = await fetchEastmoneyNews('复宏汉霖')

    expect(raw).toMatch(/^jQuery3510_1\(\{.*"title":"<em>复宏汉霖<\/em>：自愿公告".*\}\)$/)
    expect(item?.title).toBe('复宏汉霖：自愿公告')
  })
})

describe('Eastmoney handlers check requests like the real hosts', () => {
  beforeEach(() => use(tinySnapshot))

  it.each([
    ['a weekly period', { klt: '102' }],
    ['unadjusted prices', { fqt: '0' }],
    ['an unknown column', { fields2: 'f51,f99' }],
    ['a malformed bound', { beg: '2024-09-26' }],
  ])('answers 400 to %s', async (_case, query) => {
    expect((await kline({ secid: '116.02696', ...query })).status).toBe(400)
  })

  it('answers data: null for an unknown secid, which the provider reports', async () => {
    const body = await (await kline({ secid: '116.09999' })).json()

    expect(body).toMatchObject({ rc: 0, data: null })
    await expect(fetchEastmoneyDailyBars('09999.HK')).rejects.toThrow(
      'Eastmoney kline: no data for 09999.HK (data: null)',
    )
  })

  it('honours beg, end and lmt, with dktotal and preKPrice as push2his sends them', async () => {
    const body = await (
      await kline({ secid: '116.02696', beg: '20240927', end: '20241007', lmt: '3' })
    ).json()

    expect(body.data).toMatchObject({
      code: '02696',
      market: 116,
      name: '复宏汉霖',
      decimal: 3,
      dktotal: 7,
      preKPrice: 23.1,
    })
    // amount = mean of open, close, high, low × shares: (23 + 22.5 + 23.4 + 22.2) / 4 × 1.5 m
    expect(body.data.klines).toEqual([
      '2024-10-03,23.000,22.500,23.400,22.200,1500000,34162500.000',
      '2024-10-04,22.500,24.000,24.200,22.400,2000000,46550000.000',
      '2024-10-07,24.000,23.600,24.100,23.300,900000,21375000.000',
    ])
  })

  it('orders columns as fields2 asks and wraps JSONP when cb is given', async () => {
    const response = await kline({ secid: '1.600276', fields2: 'f51,f53,f59', cb: 'jQuery1_2' })
    const text = await response.text()

    expect(text).toMatch(/^jQuery1_2\(\{.*\}\);$/)
    expect(text).toContain('"2024-09-27,47.50,5.56"')
  })

  it('answers 9501 for an unknown report and 9201 for a double-encoded filter', async () => {
    const datacenter = (query: Record<string, string>) =>
      get(`/datacenter/api/data/v1/get?${new URLSearchParams(query)}`).then((r) => r.json())

    expect(
      await datacenter({ reportName: 'RPT_VALUATIONANALYSIS', filter: '(SECURITY_CODE="600276")' }),
    ).toEqual({
      version: null,
      result: null,
      success: false,
      message: '报表配置不存在',
      code: 9501,
    })
    expect(
      await datacenter({
        reportName: 'RPT_VALUEANALYSIS_DET',
        filter: '%28SECURITY_CODE%3D%22600276%22%29',
      }),
    ).toMatchObject({ success: false, code: 9201, message: '返回数据为空' })
  })

  it('pages, sorts and picks columns like the data center', async () => {
    const response = await get(
      `/datacenter/api/data/v1/get?${new URLSearchParams({
        reportName: 'RPT_VALUEANALYSIS_DET',
        columns: 'TRADE_DATE,PE_TTM',
        filter: '(SECURITY_CODE="600276")',
        sortColumns: 'TRADE_DATE',
        sortTypes: '-1',
        pageSize: '3',
        pageNumber: '2',
      })}`,
    )
    const body = await response.json()

    expect(body.result).toEqual({
      pages: 2,
      count: 4,
      // 45 × 6,379,002,274 / 5.5e9 = 52.19183…
      data: [{ TRADE_DATE: '2024-09-26 00:00:00', PE_TTM: 52.1918 }],
    })
  })

  it('answers 9201 for an HK code: the report covers A-shares only', async () => {
    const response = await get(
      `/datacenter/api/data/v1/get?${new URLSearchParams({
        reportName: 'RPT_VALUEANALYSIS_DET',
        filter: '(SECURITY_CODE="02696")',
      })}`,
    )

    expect(await response.json()).toMatchObject({ success: false, code: 9201 })
  })

  it('refuses a search without callback or with an unreadable param', async () => {
    expect((await get('/search/search/jsonp?param=%7B%7D&cb=x')).status).toBe(400)
    expect((await get('/search/search/jsonp?param=%7B%22keyword%22%3A%22a%22%7D')).status).toBe(400)
  })
})
