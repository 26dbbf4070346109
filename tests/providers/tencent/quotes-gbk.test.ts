import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { fetchTencentQuotes } from '@/providers/tencent/quotes'
import { encodeGbk } from '@mocks/handlers/gbk'
import { tencentGbkQuotePath, tencentGbkResponse } from '@mocks/handlers/tencent'
import { server } from '@mocks/node'

/** The real HK capture of upstream-apis.md §3.1 (elided fields empty, as in quotes.test.ts). */
const hk00700 =
  'v_hk00700="100~腾讯控股~00700~478.800~479.200~479.000~16319939.0~0~0~478.800' +
  '~'.repeat(20) +
  '16319939.0~2026/08/07 16:08:23~-0.400~-0.08~483.200~475.400~478.800~16319939.0~' +
  '7803757295.250~0~17.47~~0~0~1.63~43488.0714~43488.0714~TENCENT~1.11~677.700~411.000' +
  '~'.repeat(26) +
  'HKD~1~50";'

describe('fetchTencentQuotes on the GBK path (qt.gtimg.cn/q=…)', () => {
  it('decodes GBK bytes with TextDecoder("gbk"): names come out right', async () => {
    const requested: string[] = []
    server.use(
      http.get(tencentGbkQuotePath, ({ params }) => {
        requested.push(String(params.query))
        return tencentGbkResponse(`${hk00700}\nv_pv_none_match="1";\n`)
      }),
    )
    const { quotes, missing } = await fetchTencentQuotes(['00700.HK', '02696.HK'], {
      charset: 'gbk',
    })
    expect(requested).toEqual(['q=hk00700,hk02696'])
    expect(quotes).toHaveLength(1)
    expect(quotes[0]).toMatchObject({ ticker: '00700.HK', name: '腾讯控股', last: 478.8 })
    expect(missing).toEqual(['02696.HK'])
  })

  it('encodes every character of the GBK two-byte table back to its own code', () => {
    // GB2312 level 1 (B0A1–D7F9) and a stretch of GBK extension codes (8140–A0FE).
    const codes: [number, number][] = []
    for (const [from, to] of [
      [0xb0, 0xd7],
      [0x81, 0xa0],
    ] as const)
      for (let lead = from; lead <= to; lead += 1)
        for (let trail = 0xa1; trail <= 0xfe; trail += 1) codes.push([lead, trail])
    const decoder = new TextDecoder('gbk')
    let checked = 0
    for (const code of codes) {
      const char = decoder.decode(new Uint8Array(code))
      if (char.length !== 1 || char === '\ufffd') continue
      expect([...encodeGbk(char)]).toEqual(code)
      checked += 1
    }
    expect(checked).toBeGreaterThan(6_000)
    expect(() => encodeGbk('😀')).toThrow(/has no GBK code/)
  })

  it('the GBK bytes are not UTF-8: the same body read as UTF-8 garbles the name', async () => {
    const bytes = encodeGbk('腾讯控股')
    expect([...bytes]).toEqual([0xcc, 0xda, 0xd1, 0xb6, 0xbf, 0xd8, 0xb9, 0xc9])
    expect(new TextDecoder('utf-8').decode(bytes)).not.toBe('腾讯控股')
    expect(new TextDecoder('gbk').decode(bytes)).toBe('腾讯控股')
  })

  it('reads the sample emulation’s GBK answer for the whole universe', async () => {
    const { quotes, missing } = await fetchTencentQuotes(['02696.HK', '600276.SH', '300760.SZ'], {
      charset: 'gbk',
    })
    expect(missing).toEqual([])
    expect(quotes.map((quote) => quote.name)).toEqual(['复宏汉霖', '恒瑞医药', '迈瑞医疗'])
  })

  it('reports an HTML page served with status 200 as such', async () => {
    server.use(
      http.get(tencentGbkQuotePath, () => HttpResponse.text('<html><body>blocked</body></html>')),
    )
    await expect(fetchTencentQuotes(['00700.HK'], { charset: 'gbk' })).rejects.toThrow(
      /received an HTML page/,
    )
  })
})
