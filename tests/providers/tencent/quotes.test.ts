import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { Ticker } from '@/domain/types'
import { HttpError, UpstreamDataError } from '@/providers/http'
import { fetchTencentQuotes, tencentQuoteBatchSize } from '@/providers/tencent/quotes'
import { toTencentSymbol } from '@/providers/tencent/symbols'
import { tencentQuoteLine, tencentQuotePath } from '@mocks/handlers/tencent'
import { server } from '@mocks/node'

/**
 * The real capture quoted in upstream-apis.md §3.1 (a public hk_quote.py, 2026-08-07 after the
 * close). The reference elides fields 10–28 and 50–74 with "…"; they are empty here, which keeps
 * every quoted field at its documented position (29 volume, 30 timestamp, 75 currency: 78 fields).
 */
const hk00700 =
  'v_hk00700="100~腾讯控股~00700~478.800~479.200~479.000~16319939.0~0~0~478.800' +
  '~'.repeat(20) + // fields 10–28: elided in the reference, empty here
  '16319939.0~2026/08/07 16:08:23~-0.400~-0.08~483.200~475.400~478.800~16319939.0~' +
  '7803757295.250~0~17.47~~0~0~1.63~43488.0714~43488.0714~TENCENT~1.11~677.700~411.000' +
  '~'.repeat(26) + // fields 50–74: elided in the reference, empty here
  'HKD~1~50";'

/**
 * An A-share line laid out like a real 88-field capture (five bid / ask levels, `last/lots/amount`
 * at 35, CNY at 82), with hand-made numbers: 恒瑞医药 closing at 50.00 after 52.25.
 */
const sh600276 =
  'v_sh600276="1~恒瑞医药~600276~50.00~52.25~52.00~10000~4800~5200~49.99~120~49.98~35~49.97~60~' +
  '49.96~12~49.95~80~50.00~40~50.01~22~50.02~18~50.03~9~50.04~30~~20241008150036~-2.25~-4.31~' +
  '53.00~49.50~50.00/10000/50000000~10000~5000~0.02~57.99~~53.00~49.50~6.70~3189.50~3189.50~' +
  '7.09~57.48~47.03~1.00~0~50.00~60.11~58.20~~~0.30~5000.0000~0.0000~0~ ~GP-A~-5.12~-1.30~0.45~' +
  '9.80~7.01~65.30~40.12~0.80~-3.20~-1.10~6379002274~6379002274~12.34~-6.78~6379002274~~~-8.90~' +
  '0.12~~CNY~0~___D__F__N~50.00~17~";'

const noMatch = 'v_pv_none_match="1";'

/** Serves `body` on the UTF-8 quote path and records the requested `q=` segments. */
function serveQuotes(body: string | ((symbols: string[]) => string)) {
  const queries: string[][] = []
  server.use(
    http.get(tencentQuotePath, ({ params }) => {
      const symbols = String(params.query).replace(/^q=/, '').split(',')
      queries.push(symbols)
      return HttpResponse.text(typeof body === 'string' ? body : body(symbols))
    }),
  )
  return queries
}

/** Field `index` of a line replaced by `value`. */
function withField(line: string, index: number, value: string): string {
  const [, symbol = '', fields = ''] = /^v_(\w+)="([^"]*)"/.exec(line) ?? []
  const parts = fields.split('~')
  parts[index] = value
  return `v_${symbol}="${parts.join('~')}";`
}

describe('fetchTencentQuotes', () => {
  it('keeps the reconstructed sample lines at their documented lengths', () => {
    expect(hk00700.slice(11, -2).split('~')).toHaveLength(78)
    expect(sh600276.slice(11, -2).split('~')).toHaveLength(88)
  })

  it('reads the real HK sample: prices, HK-time stamp, shares, HKD turnover, total value in HKD', async () => {
    const queries = serveQuotes(hk00700)

    const { quotes, missing } = await fetchTencentQuotes(['00700.HK'])

    expect(queries).toEqual([['hk00700']])
    expect(missing).toEqual([])
    expect(quotes).toHaveLength(1)
    const [quote] = quotes
    expect(quote).toMatchObject({
      ticker: '00700.HK',
      name: '腾讯控股',
      last: 478.8,
      previousClose: 479.2,
      asOf: '2026-08-07T16:08:23+08:00',
      volume: 16_319_939,
      amount: 7_803_757_295.25,
      peTtm: 17.47,
      currency: 'HKD',
    })
    expect(quote?.change).toBeCloseTo(478.8 / 479.2 - 1, 12) // −0.0835 %, Tencent says −0.08
    expect(quote?.marketCap).toBeCloseTo(4_348_807_140_000, -1) // 43488.0714 × 1e8
  })

  it('reads an A-share line: lots to shares, CNY 10 k to CNY, compact timestamp', async () => {
    serveQuotes(sh600276)

    const { quotes } = await fetchTencentQuotes(['600276.SH'])

    expect(quotes[0]).toMatchObject({
      ticker: '600276.SH',
      name: '恒瑞医药',
      last: 50,
      previousClose: 52.25,
      asOf: '2024-10-08T15:00:36+08:00',
      volume: 1_000_000,
      amount: 50_000_000,
      peTtm: 57.99,
      currency: 'CNY',
    })
    expect(quotes[0]?.change).toBeCloseTo(-0.043062, 6)
    expect(quotes[0]?.marketCap).toBeCloseTo(318_950_000_000, -1)
  })

  it('requests the UTF-8 path with every symbol after q=, and answers in request order', async () => {
    const queries = serveQuotes(`${sh600276}\n${hk00700}\n`)

    const { quotes } = await fetchTencentQuotes(['00700.HK', '600276.SH'])

    expect(queries).toEqual([['hk00700', 'sh600276']])
    expect(quotes.map((quote) => quote.ticker)).toEqual(['00700.HK', '600276.SH'])
  })

  it('splits more than 60 symbols into parallel batches', async () => {
    const tickers = Array.from(
      { length: tencentQuoteBatchSize + 1 },
      (_, i): Ticker => `${String(i + 1).padStart(5, '0')}.HK`,
    )
    const queries = serveQuotes((symbols) =>
      symbols
        .map((symbol) =>
          tencentQuoteLine({ symbol, name: symbol, date: '2024-10-08', last: 2, previousClose: 2 }),
        )
        .join('\n'),
    )

    const { quotes, missing } = await fetchTencentQuotes(tickers)

    expect(queries.map((symbols) => symbols.length).sort((a, b) => a - b)).toEqual([1, 60])
    expect(quotes).toHaveLength(61)
    expect(missing).toEqual([])
  })

  it('reports an unknown symbol of a batch as missing (v_pv_none_match)', async () => {
    serveQuotes(`${hk00700}\n${noMatch}\n`)

    const { quotes, missing } = await fetchTencentQuotes(['00700.HK', '99999.HK'])

    expect(quotes.map((quote) => quote.ticker)).toEqual(['00700.HK'])
    expect(missing).toEqual(['99999.HK'])
  })

  it('reports a symbol left out of the answer as missing', async () => {
    serveQuotes(hk00700)

    const { missing } = await fetchTencentQuotes(['00700.HK', '600276.SH'])

    expect(missing).toEqual(['600276.SH'])
  })

  it('fails when no requested symbol came back', async () => {
    serveQuotes(`${noMatch}\n${noMatch}\n`)

    const request = fetchTencentQuotes(['99999.HK', '688999.SH'])

    await expect(request).rejects.toThrow(UpstreamDataError)
    await expect(request).rejects.toThrow('no quote for hk99999, sh688999')
  })

  it('fails on a truncated line, naming the symbol', async () => {
    serveQuotes(`${sh600276}\nv_hk00700="100~腾讯控股~00700~478.800~479.200";\n`)

    await expect(fetchTencentQuotes(['600276.SH', '00700.HK'])).rejects.toThrow(
      'Tencent quotes: hk00700: line has 5 fields, expected at least 76 (truncated?)',
    )
  })

  it.each([
    ['at the end of the answer', hk00700.slice(0, 120)],
    ['before the next line', `${hk00700.slice(0, 120)}\n${sh600276}\n`],
  ])('fails on a line cut off %s, naming the symbol', async (_case, body) => {
    serveQuotes(body)

    await expect(fetchTencentQuotes(['00700.HK', '600276.SH'])).rejects.toThrow(
      'hk00700: unterminated line (truncated answer?)',
    )
  })

  it.each([
    ['a non-numeric price', 3, '--', 'hk00700: last price (field 3) is "--", not a number'],
    ['an empty previous close', 4, '', 'hk00700: previous close (field 4) is "", not a number'],
    ['a zero price', 3, '0.000', 'hk00700: last price (field 3) is 0'],
    ['a bad timestamp', 30, '2026/08/07', 'hk00700: timestamp (field 30) is "2026/08/07"'],
    ['a line for another code', 2, '00701', 'hk00700: line is for code "00701"'],
    ['another currency', 75, 'USD', 'hk00700: currency "USD" (field 75), expected HKD'],
    ['a change % that disagrees with the prices', 32, '-1.08', 'disagrees with last 478.8'],
  ])('fails on %s', async (_case, index, value, message) => {
    serveQuotes(withField(hk00700, index, value))

    await expect(fetchTencentQuotes(['00700.HK'])).rejects.toThrow(message)
  })

  it('maps an empty or zero PE and market value to null', async () => {
    serveQuotes(
      `${withField(withField(hk00700, 39, ''), 45, '0')}\n${withField(sh600276, 39, '0.00')}`,
    )

    const { quotes } = await fetchTencentQuotes(['00700.HK', '600276.SH'])

    expect(quotes.map(({ peTtm, marketCap }) => [peTtm, marketCap])).toEqual([
      [null, null],
      [null, 318_950_000_000],
    ])
  })

  it('reads the total market value (field 45), not the float value (field 44)', async () => {
    serveQuotes(withField(sh600276, 44, '2000.00'))

    const { quotes } = await fetchTencentQuotes(['600276.SH'])

    expect(quotes[0]?.marketCap).toBeCloseTo(318_950_000_000, -1)
  })

  it('keeps a negative PE of a loss-maker', async () => {
    serveQuotes(withField(hk00700, 39, '-12.30'))

    const { quotes } = await fetchTencentQuotes(['00700.HK'])

    expect(quotes[0]?.peTtm).toBe(-12.3)
  })

  it('fails with HttpError on a 502 HTML page', async () => {
    server.use(
      http.get(tencentQuotePath, () =>
        HttpResponse.html('<html><body>502 Bad Gateway</body></html>', { status: 502 }),
      ),
    )

    const request = fetchTencentQuotes(['00700.HK'])

    await expect(request).rejects.toThrow(HttpError)
    await expect(request).rejects.toMatchObject({ status: 502, source: 'Tencent quotes' })
  })

  it('fails with UpstreamDataError on an HTML page sent with status 200', async () => {
    server.use(http.get(tencentQuotePath, () => HttpResponse.html('<!DOCTYPE html><html></html>')))

    await expect(fetchTencentQuotes(['00700.HK'])).rejects.toThrow(
      'expected v_<symbol>="…"; statements but received an HTML page',
    )
  })

  it('fails on an empty answer', async () => {
    serveQuotes('\n')

    await expect(fetchTencentQuotes(['00700.HK'])).rejects.toThrow('Tencent quotes: empty answer')
  })

  it('sends no request for no tickers', async () => {
    await expect(fetchTencentQuotes([])).resolves.toEqual({ quotes: [], missing: [] })
  })

  it('reads the GBK body of the plain /q= path through TextDecoder("gbk")', async () => {
    // 腾讯控股 in GBK (computed once with Node: new TextDecoder('gbk') decodes these bytes to it).
    const gbkName = Uint8Array.from([0xcc, 0xda, 0xd1, 0xb6, 0xbf, 0xd8, 0xb9, 0xc9])
    const [before = '', after = ''] = hk00700.split('腾讯控股')
    expect(`${before}${after}`).toMatch(/^[\x20-\x7e]*$/) // ASCII: the same bytes in GBK and UTF-8
    const ascii = new TextEncoder()
    const body = new Uint8Array([...ascii.encode(before), ...gbkName, ...ascii.encode(after)])
    const paths: string[] = []
    server.use(
      http.get('*/upstream/tencent/qt/:query', ({ request }) => {
        paths.push(new URL(request.url).pathname)
        return new HttpResponse(body, { headers: { 'Content-Type': 'text/html; charset=GBK' } })
      }),
    )

    const { quotes } = await fetchTencentQuotes(['00700.HK'], { charset: 'gbk' })

    expect(paths).toEqual(['/upstream/tencent/qt/q=hk00700'])
    expect(quotes[0]).toMatchObject({ name: '腾讯控股', last: 478.8, currency: 'HKD' })
  })
})

describe('toTencentSymbol', () => {
  it.each<[Ticker, string]>([
    ['02696.HK', 'hk02696'],
    ['600276.SH', 'sh600276'],
    ['688235.SH', 'sh688235'],
    ['300760.SZ', 'sz300760'],
    ['000661.SZ', 'sz000661'],
  ])('%s → %s', (ticker, symbol) => {
    expect(toTencentSymbol(ticker)).toBe(symbol)
  })

  it('rejects a non-canonical ticker', () => {
    expect(() => toTencentSymbol('2696.HK')).toThrow('"2696.HK" is not a canonical ticker')
  })
})
