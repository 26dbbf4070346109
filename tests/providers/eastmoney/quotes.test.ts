import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { fetchEastmoneyQuotes } from '@/providers/eastmoney/quotes'
import { HttpError, UpstreamDataError } from '@/providers/http'
import { ulistBody, ulistPath } from '@mocks/handlers/eastmoney-quotes'
import { server } from '@mocks/node'

/**
 * 腾讯控股 (00700) from the real push2 capture of 2026-08-07 (upstream-apis.md §3.2, `stock/get`
 * without `fltt`), its values placed under the list endpoint's field numbers: f43 → f2 (last),
 * f60 → f18 (previous close), f44/f45/f46 → f15/f16/f17, f47/f48 → f5/f6, f169/f170 → f4/f3,
 * f116 → f20. Scaled integers: HK prices ×1000, change % ×100; money unscaled.
 */
const tencentRow = {
  f2: 478800,
  f3: -8,
  f4: -400,
  f5: 16319939,
  f6: 7803757312.0,
  f9: 0,
  f12: '00700',
  f13: 116,
  f14: '腾讯控股',
  f15: 483200,
  f16: 475400,
  f17: 479000,
  f18: 479200,
  f20: 4348807144693.2,
  f21: 4348807144693.2,
  f23: 342,
  f124: 1786090103, // 2026-08-07 16:08:23 HKT
  f297: 20260807,
}

/** 恒瑞医药 with hand-made numbers: A-share prices ×100, volume in lots. */
const hengruiRow = {
  ...tencentRow,
  f2: 5000,
  f3: -431,
  f4: -225,
  f5: 10000,
  f6: 50_000_000,
  f12: '600276',
  f13: 1,
  f14: '恒瑞医药',
  f15: 5300,
  f16: 4950,
  f17: 5200,
  f18: 5225,
  f20: 318_950_000_000,
  f124: 1728370836, // 2024-10-08 15:00:36 CST
  f297: 20241008,
}

function serve(body: unknown, status = 200) {
  const requests: URL[] = []
  server.use(
    http.get(ulistPath, ({ request }) => {
      requests.push(new URL(request.url))
      return typeof body === 'string'
        ? new HttpResponse(body, { status })
        : HttpResponse.json(body as Record<string, unknown>, { status })
    }),
  )
  return requests
}

describe('fetchEastmoneyQuotes (ulist.np)', () => {
  it('unscales the real HK figures: ÷1000 prices, ÷100 change %, money as sent, no fltt', async () => {
    const requests = serve(ulistBody([tencentRow]))

    const { quotes, missing } = await fetchEastmoneyQuotes(['00700.HK'])

    const url = requests[0]
    expect(url?.pathname).toBe('/upstream/eastmoney/push2/api/qt/ulist.np/get')
    expect(url?.searchParams.get('secids')).toBe('116.00700')
    expect(url?.searchParams.has('fltt')).toBe(false)
    expect(url?.searchParams.get('fields')).toContain('f124')
    expect(missing).toEqual([])
    expect(quotes[0]).toMatchObject({
      ticker: '00700.HK',
      name: '腾讯控股',
      last: 478.8,
      previousClose: 479.2,
      asOf: '2026-08-07T16:08:23+08:00',
      volume: 16_319_939,
      amount: 7_803_757_312,
      marketCap: 4_348_807_144_693.2,
      peTtm: null, // f9 is the dynamic PE: never shown as PE-TTM
      currency: 'HKD',
    })
    expect(quotes[0]?.change).toBeCloseTo(478.8 / 479.2 - 1, 10)
  })

  it('unscales A-shares by 100 and converts lots to shares', async () => {
    serve(ulistBody([hengruiRow]))
    const { quotes } = await fetchEastmoneyQuotes(['600276.SH'])
    expect(quotes[0]).toMatchObject({
      last: 50,
      previousClose: 52.25,
      volume: 1_000_000,
      asOf: '2024-10-08T15:00:36+08:00',
      currency: 'CNY',
    })
  })

  it('reads decimals when asked with fltt=2, from the delayed host', async () => {
    const requests = serve(
      ulistBody([
        {
          ...tencentRow,
          f2: 478.8,
          f3: -0.08,
          f4: -0.4,
          f15: 483.2,
          f16: 475.4,
          f17: 479,
          f18: 479.2,
        },
      ]),
    )
    const { quotes } = await fetchEastmoneyQuotes(['00700.HK'], { fltt: 2, host: 'push2delay' })
    expect(requests[0]?.pathname).toBe('/upstream/eastmoney/push2delay/api/qt/ulist.np/get')
    expect(requests[0]?.searchParams.get('fltt')).toBe('2')
    expect(quotes[0]).toMatchObject({ last: 478.8, previousClose: 479.2 })
  })

  it('accepts `diff` as an object keyed "0", "1", …, in the order asked', async () => {
    serve({ rc: 0, data: { total: 2, diff: { 0: hengruiRow, 1: tencentRow } } })
    const { quotes } = await fetchEastmoneyQuotes(['00700.HK', '600276.SH'])
    expect(quotes.map((quote) => quote.ticker)).toEqual(['00700.HK', '600276.SH'])
  })

  it('lists a row without a last price ("-") and an absent secid as missing', async () => {
    serve(ulistBody([{ ...tencentRow, f2: '-', f3: '-', f4: '-' }, hengruiRow]))
    const { quotes, missing } = await fetchEastmoneyQuotes(['00700.HK', '600276.SH', '300760.SZ'])
    expect(quotes.map((quote) => quote.ticker)).toEqual(['600276.SH'])
    expect(missing).toEqual(['00700.HK', '300760.SZ'])
  })

  it.each<[string, unknown, RegExp]>([
    ['data: null', { rc: 0, data: null }, /no data for 00700.HK \(data: null\)/],
    ['rc ≠ 0', { rc: 102, data: null }, /refused \(rc 102\)/],
    [
      'an fltt=2 answer to a request without fltt',
      ulistBody([{ ...tencentRow, f2: 478.8 }]),
      /expected a scaled integer/,
    ],
    [
      'a change % that disagrees with the prices',
      ulistBody([{ ...tencentRow, f3: -800 }]),
      /change -8% \(f3\) disagrees/,
    ],
    [
      'a row nobody asked for',
      ulistBody([{ ...tencentRow, f12: '00005' }]),
      /row for unrequested 116.00005/,
    ],
    [
      'an HTML page',
      '<html><body>502 Bad Gateway</body></html>',
      /expected JSON but received an HTML page/,
    ],
    [
      'only rows without a price',
      ulistBody([{ ...tencentRow, f2: '-' }]),
      /no quote for 116.00700/,
    ],
  ])('fails on %s', async (_case, body, message) => {
    serve(body)
    const error = await fetchEastmoneyQuotes(['00700.HK']).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(UpstreamDataError)
    expect(String(error)).toMatch(message)
  })

  it('reports HTTP 502 (the intermittent push2 failure) as an HttpError', async () => {
    serve('<html>502</html>', 502)
    await expect(fetchEastmoneyQuotes(['00700.HK'])).rejects.toBeInstanceOf(HttpError)
  })

  it('reads the sample emulation on both hosts', async () => {
    for (const host of ['push2', 'push2delay'] as const) {
      const { quotes, missing } = await fetchEastmoneyQuotes(['02696.HK', '688235.SH'], { host })
      expect(missing).toEqual([])
      expect(quotes.map((quote) => quote.name)).toEqual(['复宏汉霖', '百济神州'])
    }
  })
})
