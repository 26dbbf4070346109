import { describe, expect, it } from 'vitest'

/** Raw answers of the emulations added for the fallback sources (not read through a provider). */
const get = (path: string) => fetch(`http://localhost/upstream${path}`)

describe('emulated fallback sources over the sample snapshot', () => {
  it('Tencent fqkline: one year of qfq rows, `_var=` prefix, 400 for an unadjusted request', async () => {
    const answer = await get(
      '/tencent/ifzq/appstock/app/fqkline/get?param=sh600276,day,2024-01-01,2024-12-31,640,qfq&_var=kline_dayqfq',
    )
    const text = await answer.text()
    expect(text.startsWith('kline_dayqfq={"code":0')).toBe(true)
    const body = JSON.parse(text.slice('kline_dayqfq='.length))
    const rows = body.data.sh600276.qfqday as string[][]
    expect(rows.length).toBeGreaterThan(200)
    expect(rows[0]).toHaveLength(6)
    expect(rows[0]?.[0]).toMatch(/^2024-01-0\d$/)
    expect(rows[0]?.[5]).toMatch(/^\d+\.00$/) // A-share lots
    const unadjusted = await get('/tencent/ifzq/appstock/app/fqkline/get?param=sh600276,day,,,320,')
    expect(unadjusted.status).toBe(400)
  })

  it('Tencent /q=: GBK bytes, a no-match statement for an unknown symbol', async () => {
    const answer = await get('/tencent/qt/q=hk02696,hk99999')
    expect(answer.headers.get('content-type')).toContain('GBK')
    const text = new TextDecoder('gbk').decode(await answer.arrayBuffer())
    expect(text).toMatch(/^v_hk02696="100~复宏汉霖~02696~/)
    expect(text).toContain('v_pv_none_match="1";')
  })

  it('Eastmoney ulist.np: scaled integers without fltt, decimals with fltt=2, only the fields asked', async () => {
    const scaled = await (
      await get(
        '/eastmoney/push2/api/qt/ulist.np/get?secids=116.02696,1.600276&fields=f2,f12,f13,f18',
      )
    ).json()
    expect(scaled.data.diff).toHaveLength(2)
    const [hk, a] = scaled.data.diff
    expect(Object.keys(hk).sort()).toEqual(['f12', 'f13', 'f18', 'f2'])
    expect(Number.isInteger(hk.f2) && Number.isInteger(a.f2)).toBe(true)
    const decimals = await (
      await get('/eastmoney/push2delay/api/qt/ulist.np/get?fltt=2&secids=116.02696&fields=f2')
    ).json()
    expect(decimals.data.diff[0].f2).toBeCloseTo(hk.f2 / 1000, 3)
    const unknown = await (
      await get('/eastmoney/push2/api/qt/ulist.np/get?secids=116.99999&fields=f2')
    ).json()
    expect(unknown.data).toBeNull()
  })

  it('Eastmoney announcements: an empty list for the synthetic sample (no real art_code)', async () => {
    const body = await (
      await get('/eastmoney/anotice/api/security/ann?stock_list=600276&page_size=50&page_index=1')
    ).json()
    expect(body).toMatchObject({ data: { list: [], total_hits: 0 }, success: 1 })
  })

  it('HKEXnews: JSONP prefix search with invented ids, double-encoded title search', async () => {
    const prefix = await (
      await get(
        '/hkex/www1/search/prefix.do?callback=callback&lang=EN&type=A&name=2696&market=SEHK',
      )
    ).text()
    expect(prefix).toMatch(
      /^callback\(\{"more":"0","stockInfo":\[\{"stockId":902696,"code":"02696","name":"复宏汉霖"\}\]\}\);$/,
    )
    const search = await (
      await get(
        '/hkex/www1/search/titleSearchServlet.do?stockId=902696&fromDate=20180101&toDate=20261231&rowRange=100&lang=ZH',
      )
    ).json()
    expect(typeof search.result).toBe('string')
    const documents = JSON.parse(search.result)
    expect(documents.length).toBeGreaterThan(0)
    expect(documents[0]).toMatchObject({
      STOCK_CODE: '02696',
      FILE_LINK: '/search/titlesearch.xhtml?lang=en',
    })
    expect(documents[0].DATE_TIME).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)
  })

  it('Eastmoney RPT_VALUEINDUSTRY_DET: the latest day, that day’s boards, one board’s history', async () => {
    const query = (params: Record<string, string>) =>
      get(
        `/eastmoney/datacenter/api/data/v1/get?${new URLSearchParams({ reportName: 'RPT_VALUEINDUSTRY_DET', ...params })}`,
      ).then((r) => r.json())
    const latest = await query({
      columns: 'TRADE_DATE',
      sortColumns: 'TRADE_DATE',
      sortTypes: '-1',
      pageSize: '1',
    })
    expect(latest.result.data[0].TRADE_DATE).toBe('2026-11-20 00:00:00')
    const boards = await query({
      filter: "(TRADE_DATE='2026-11-20')",
      pageSize: '400',
      sortColumns: 'BOARD_CODE',
    })
    const names = boards.result.data.map((row: { BOARD_NAME: string }) => row.BOARD_NAME)
    expect(names).toEqual(
      expect.arrayContaining([
        '化学制药',
        '生物制品',
        '医疗器械',
        '医疗服务',
        '中药',
        '医药商业',
        '电池',
      ]),
    )
    const weekend = await query({ filter: "(TRADE_DATE='2026-11-21')" })
    expect(weekend).toMatchObject({ success: false, code: 9201 })
    const code = boards.result.data.find(
      (row: { BOARD_NAME: string }) => row.BOARD_NAME === '生物制品',
    ).BOARD_CODE
    const history = await query({
      filter: `(BOARD_CODE="${code}")`,
      pageSize: '500',
      sortColumns: 'TRADE_DATE',
      sortTypes: '-1',
    })
    expect(history.result.pages).toBeGreaterThan(4)
    expect(history.result.data[0]).toMatchObject({
      BOARD_CODE: code,
      TRADE_DATE: '2026-11-20 00:00:00',
    })
    expect(history.result.data[0].LOSS_COUNT).toBeLessThanOrEqual(history.result.data[0].NUM)
  })
})
