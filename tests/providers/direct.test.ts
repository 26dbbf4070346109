import { describe, expect, it } from 'vitest'
import { directRoute } from '@/providers/direct'
import { upstreamHosts, upstreamPath } from '@/providers/upstream'

describe('directRoute', () => {
  it('maps every host of the table to its real origin, prefix stripped, query kept', () => {
    const route = directRoute({})
    for (const [source, hosts] of Object.entries(upstreamHosts)) {
      for (const [host, origin] of Object.entries(hosts)) {
        expect(route(`/upstream/${source}/${host}/a/b?c=1`).url).toBe(`${origin}/a/b?c=1`)
      }
    }
  })

  it('tells push2 from push2delay and push2his', () => {
    const route = directRoute({})
    expect(route(upstreamPath('eastmoney', 'push2', '/api/qt/ulist.np/get?x=1')).url).toBe(
      'https://push2.eastmoney.com/api/qt/ulist.np/get?x=1',
    )
    expect(route(upstreamPath('eastmoney', 'push2delay', '/api/qt/ulist.np/get')).url).toBe(
      'https://push2delay.eastmoney.com/api/qt/ulist.np/get',
    )
    expect(() => route('/upstream/eastmoney/push2delayed/x')).toThrow(RangeError)
  })

  it('uses the BIOPULSE_UPSTREAM_<SOURCE>_<HOST> override, path prefixes included', () => {
    const route = directRoute({
      BIOPULSE_UPSTREAM_TENCENT_QT: 'http://127.0.0.1:9000/tencent/',
    })
    expect(route('/upstream/tencent/qt/q=hk02696,sh600276').url).toBe(
      'http://127.0.0.1:9000/tencent/q=hk02696,sh600276',
    )
  })

  it('adds the source’s Referer and a browser User-Agent', () => {
    const { headers } = directRoute({})('/upstream/hkex/www1/search/prefix.do?name=2696')
    expect(headers).toMatchObject({
      Referer: 'https://www1.hkexnews.hk/search/titlesearch.xhtml',
      'User-Agent': expect.stringMatching(/^Mozilla/),
    })
  })

  it('refuses anything that is not an /upstream path of the table', () => {
    const route = directRoute({})
    expect(() => route('/api/x')).toThrow(RangeError)
    expect(() => route('/upstream/nowhere/x/y')).toThrow(RangeError)
    expect(() => route('https://evil.example/upstream/eastmoney/push2/x')).toThrow(RangeError)
  })
})
