import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { fetchEastmoneyNews } from '@/providers/eastmoney/news'
import { HttpError, UpstreamDataError } from '@/providers/http'
import { searchPath } from '@mocks/handlers/eastmoney'
import { server } from '@mocks/node'

// The documented answer (upstream-apis.md §6.1), with the article fields filled in.
const documented = {
  code: 0,
  result: {
    cmsArticleWebOld: [
      {
        date: '2026-08-28 08:18:00',
        code: '202608283512345678',
        title: '<em>贵州茅台</em>：上半年净利润同比增长',
        content: '<em>贵州茅台</em>公告称……',
        mediaName: '东方财富',
        image: '',
      },
    ],
  },
}

/** Serves `wrap(cb, json)` for the callback the request names; records the requests. */
function serve(json: unknown, wrap = (cb: string, text: string) => `${cb}(${text})`, status = 200) {
  const requests: URL[] = []
  server.use(
    http.get(searchPath, ({ request }) => {
      const url = new URL(request.url)
      requests.push(url)
      const text = typeof json === 'string' ? json : JSON.stringify(json)
      return HttpResponse.text(wrap(url.searchParams.get('cb') ?? '', text), { status })
    }),
  )
  return requests
}

const article = (overrides: Record<string, unknown>) => ({
  code: 0,
  result: {
    cmsArticleWebOld: [
      {
        date: '2024-10-03 17:30:00',
        code: '202410033190000001',
        title: '复宏汉霖公告',
        content: '',
        mediaName: '证券时报网',
        ...overrides,
      },
    ],
  },
})

describe('fetchEastmoneyNews', () => {
  it('maps the documented JSONP answer: tags stripped, China time, URL from the code', async () => {
    serve(documented)

    const items = await fetchEastmoneyNews('600519')

    expect(items).toEqual([
      {
        id: 'eastmoney:202608283512345678',
        publishedAt: '2026-08-28T08:18:00+08:00',
        source: '东方财富',
        title: '贵州茅台：上半年净利润同比增长',
        url: 'http://finance.eastmoney.com/a/202608283512345678.html',
        tickers: [],
        kind: 'news',
      },
    ])
  })

  it('sends the documented param JSON with a jQuery-style callback', async () => {
    const requests = serve(documented)

    await fetchEastmoneyNews(' 复宏汉霖 ')

    const query = requests[0]?.searchParams
    expect(query?.get('cb')).toMatch(/^jQuery\d+_\d+$/)
    expect(query?.get('_')).toMatch(/^\d+$/)
    expect(JSON.parse(query?.get('param') ?? '')).toEqual({
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
          pageSize: 50,
          preTag: '<em>',
          postTag: '</em>',
        },
      },
    })
  })

  it('reads a verified capture with url, hitsTotal and searchId, tolerating a trailing ;', async () => {
    const capture = `{"bizCode":"","bizMsg":"","code":0,"extra":{},"hitsTotal":2,"msg":"OK","result":{"cmsArticleWebOld":[{"date":"2026-06-09 16:36:00","image":"","code":"202606093765150130","title":"白酒概念下跌1.1<em>0</em>%, 8股主力资金净流出超<em>3000</em>万元","content":"2.67 0.68 -673.56 <em>603777</em> 维维股份 -0.32 0.92","mediaName":"证券时报网","url":"http://finance.eastmoney.com/a/202606093765150130.html"}]},"searchId":"abc-123"}`
    serve(capture, (cb, text) => `${cb}(${text});`)

    const [item] = await fetchEastmoneyNews('603777')

    expect(item?.title).toBe('白酒概念下跌1.10%, 8股主力资金净流出超3000万元')
    expect(item?.url).toBe('http://finance.eastmoney.com/a/202606093765150130.html')
    expect(item?.source).toBe('证券时报网')
  })

  it('accepts the list under cmsArticle (the 2025 rename)', async () => {
    serve({ code: 0, result: { cmsArticle: documented.result.cmsArticleWebOld } })

    const items = await fetchEastmoneyNews('600519')

    expect(items.map((item) => item.title)).toEqual(['贵州茅台：上半年净利润同比增长'])
  })

  it('tags every listing of the issuers named in title or content', async () => {
    serve(article({ title: '<em>恒瑞医药</em>获批', content: '合作方为<em>复宏汉霖</em>' }))

    const [item] = await fetchEastmoneyNews('恒瑞医药')

    expect(item?.tickers).toEqual(['02696.HK', '01276.HK', '600276.SH'])
  })

  it('turns markup into plain text: any tag removed, entities decoded once', async () => {
    serve(
      article({
        title:
          '<b>复宏</b><em>汉霖</em> &amp; 合作伙伴&#65306;&lt;script&gt; &quot;H&quot;&nbsp;股 &#x4E00;',
      }),
    )

    const [item] = await fetchEastmoneyNews('复宏汉霖')

    expect(item?.title).toBe('复宏汉霖 & 合作伙伴：<script> "H" 股 一')
  })

  it.each([
    [
      'an https url',
      { url: 'https://finance.eastmoney.com/a/1.html' },
      'https://finance.eastmoney.com/a/1.html',
    ],
    [
      'a javascript: url, falling back to the code',
      { url: 'javascript:alert(1)' },
      'http://finance.eastmoney.com/a/202410033190000001.html',
    ],
    [
      'a data: url and no code',
      { url: 'data:text/html,<script>x</script>', code: undefined },
      null,
    ],
    ['a relative url and no code', { url: '/a/1.html', code: undefined }, null],
    [
      'a mixed-case javascript: url behind a control character, and no code',
      { url: '\u0001JaVaScRiPt:alert(1)', code: undefined },
      null,
    ],
    ['a protocol-relative url and no code', { url: '//evil.example/a', code: undefined }, null],
    [
      'a url whose user-info looks like the host, falling back to the code',
      { url: 'https://finance.eastmoney.com@evil.example/a.html' },
      'http://finance.eastmoney.com/a/202410033190000001.html',
    ],
    ['a code with path characters', { code: '../../evil' }, null],
  ])('resolves the URL for %s', async (_case, overrides, url) => {
    serve(article(overrides))

    const [item] = await fetchEastmoneyNews('复宏汉霖')

    expect(item?.url).toBe(url)
  })

  it('builds a stable id from url and title when there is no code, and falls back to Eastmoney as source', async () => {
    serve(article({ code: undefined, mediaName: '', url: 'https://example.com/a' }))

    const first = await fetchEastmoneyNews('复宏汉霖')
    const second = await fetchEastmoneyNews('复宏汉霖')

    expect(first[0]?.id).toMatch(/^eastmoney:[0-9a-f]{8}$/)
    expect(second[0]?.id).toBe(first[0]?.id)
    expect(first[0]?.source).toBe('Eastmoney')
  })

  it('drops a repeated article', async () => {
    const item = documented.result.cmsArticleWebOld[0]
    serve({ code: 0, result: { cmsArticleWebOld: [item, item] } })

    expect(await fetchEastmoneyNews('600519')).toHaveLength(1)
  })

  it('returns no items for an explicit empty list', async () => {
    serve({ code: 0, result: { cmsArticleWebOld: [] } })

    expect(await fetchEastmoneyNews('复宏汉霖')).toEqual([])
  })

  it.each([
    [
      'another callback name',
      documented,
      (_cb: string, text: string) => `jQuery1_2(${text})`,
      /Eastmoney news: JSONP callback "jQuery1_2" does not match the requested "jQuery\d+_\d+"/,
    ],
    [
      'bare JSON',
      documented,
      (_cb: string, text: string) => text,
      /Eastmoney news: expected JSONP jQuery\d+_\d+\(…\) but received "\{"code":0/,
    ],
    [
      'an HTML page with status 200',
      '<!DOCTYPE html><html><body>访问受限</body></html>',
      (_cb: string, text: string) => text,
      /Eastmoney news: expected JSONP .* but received an HTML page/,
    ],
    [
      'malformed JSON inside the wrapper',
      '{"code":0,"result":{"cmsArticleWebOld":[{"date"',
      undefined,
      'Eastmoney news: expected JSON but received',
    ],
    [
      'no article list under either key',
      { code: 0, result: { cmsArticleWeb: [] } },
      undefined,
      'Eastmoney news: no cmsArticleWebOld or cmsArticle list for "复宏汉霖"',
    ],
    [
      'a non-zero code',
      { code: 403, msg: 'forbidden', result: null },
      undefined,
      'Eastmoney news: refused "复宏汉霖" (code 403 forbidden)',
    ],
    [
      'a renamed field (title → headline)',
      { code: 0, result: { cmsArticleWebOld: [{ date: '2024-10-03 17:30:00', headline: 'x' }] } },
      undefined,
      'Eastmoney news: unexpected payload at result.cmsArticleWebOld.0.title',
    ],
    [
      'an unreadable date',
      article({ date: '2024-10-03T17:30:00Z' }),
      undefined,
      'Eastmoney news: bad article 0 "复宏汉霖公告": date "2024-10-03T17:30:00Z" is not YYYY-MM-DD HH:mm:ss',
    ],
    [
      'an empty title',
      article({ title: '<em></em>' }),
      undefined,
      'Eastmoney news: bad article 0 "": empty title',
    ],
  ])('throws for %s', async (_case, json, wrap, message) => {
    serve(json, wrap)

    const failure = fetchEastmoneyNews('复宏汉霖')

    await expect(failure).rejects.toBeInstanceOf(UpstreamDataError)
    await expect(failure).rejects.toThrow(message)
  })

  it('throws an HttpError for a 502 HTML page', async () => {
    serve('<html><body>502 Bad Gateway</body></html>', (_cb, text) => text, 502)

    const failure = fetchEastmoneyNews('复宏汉霖')

    await expect(failure).rejects.toBeInstanceOf(HttpError)
    await expect(failure).rejects.toThrow('Eastmoney news answered HTTP 502')
  })

  it('refuses an empty keyword without asking', async () => {
    await expect(fetchEastmoneyNews('  ')).rejects.toThrow('Eastmoney news: empty search keyword')
  })
})
