import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { fetchEastmoneyDailyBars } from '@/providers/eastmoney/kline'
import { HttpError, UpstreamDataError } from '@/providers/http'
import { klinePath } from '@mocks/handlers/eastmoney'
import { server } from '@mocks/node'

// Real payloads (upstream-apis.md §2.1): a Shanghai A-share quoted in a public C++ project…
const zhaoshang = `{"rc":0,"rt":17,"svr":183641822,"lt":1,"full":0,"dlmkts":"","dsc":"0",
 "data":{"code":"601872","market":1,"name":"招商轮船","decimal":2,"dktotal":4621,"preKPrice":6.08,
  "klines":["2024-12-18,6.11,6.18,6.28,6.10,842743,542829495.00,2.96,1.64,0.10,1.03",
            "2024-12-19,6.15,6.09,6.16,6.03,528781,333859220.00,2.10,-1.46,-0.09,0.65"]}}`

// …and an HK bar (00700) from a public parser's built-in sample, in the same envelope.
const tencentRow =
  '2026-03-16,551.000,562.500,564.000,543.500,13754474,7635420416.000,3.74,2.74,15.000,0.15,0,0,0,0.000'
const tencentHk = JSON.stringify({
  rc: 0,
  rt: 17,
  svr: 181669437,
  lt: 1,
  full: 0,
  dlmkts: '',
  dsc: '0',
  data: {
    code: '00700',
    market: 116,
    name: '腾讯控股',
    decimal: 3,
    dktotal: 5000,
    klines: [tencentRow],
  },
})

/** A body around hand-written kline rows for 02696.HK. */
const henlius = (klines: string[]) =>
  JSON.stringify({
    rc: 0,
    data: { code: '02696', market: 116, name: '复宏汉霖', decimal: 3, dktotal: 9, klines },
  })

function serve(body: string, status = 200) {
  const requests: URL[] = []
  server.use(
    http.get(klinePath, ({ request }) => {
      requests.push(new URL(request.url))
      return HttpResponse.text(body, { status })
    }),
  )
  return requests
}

describe('fetchEastmoneyDailyBars', () => {
  it('maps the real Shanghai payload: date, open, close, high, low order; lots to shares', async () => {
    const requests = serve(zhaoshang)

    const bars = await fetchEastmoneyDailyBars('601872.SH')

    expect(bars).toEqual([
      {
        date: '2024-12-18',
        open: 6.11,
        close: 6.18,
        high: 6.28,
        low: 6.1,
        volume: 84_274_300,
        amount: 542_829_495,
      },
      {
        date: '2024-12-19',
        open: 6.15,
        close: 6.09,
        high: 6.16,
        low: 6.03,
        volume: 52_878_100,
        amount: 333_859_220,
      },
    ])
    expect(Object.fromEntries(requests[0]?.searchParams ?? [])).toEqual({
      secid: '1.601872',
      klt: '101',
      fqt: '1',
      beg: '0',
      end: '20500101',
      lmt: '1000000',
      fields1: 'f1,f2,f3,f4,f5,f6',
      fields2: 'f51,f52,f53,f54,f55,f56,f57',
    })
  })

  it('keeps HK volume in shares and asks for the 5-digit HK secid', async () => {
    const requests = serve(tencentHk)

    const [bar] = await fetchEastmoneyDailyBars('00700.HK')

    expect(requests[0]?.searchParams.get('secid')).toBe('116.00700')
    expect(bar).toEqual({
      date: '2026-03-16',
      open: 551,
      close: 562.5,
      high: 564,
      low: 543.5,
      volume: 13_754_474,
      amount: 7_635_420_416,
    })
  })

  it.each([
    ['Shenzhen ChiNext', '300760.SZ', '0.300760'],
    ['Shenzhen main board', '000661.SZ', '0.000661'],
    ['STAR Market', '688235.SH', '1.688235'],
  ] as const)('asks for the %s secid', async (_board, ticker, secid) => {
    const requests = serve(zhaoshang)
    await fetchEastmoneyDailyBars(ticker).catch(() => [])
    expect(requests[0]?.searchParams.get('secid')).toBe(secid)
  })

  it('reads the JSONP form (callback wrapper and trailing semicolon)', async () => {
    serve(`jQuery35105424247560587396_1758630789935(${zhaoshang});`)

    const bars = await fetchEastmoneyDailyBars('601872.SH')

    expect(bars.map((bar) => bar.close)).toEqual([6.18, 6.09])
  })

  it('rejects an answer for another instrument (the real US JSONP capture)', async () => {
    serve(
      'jQuery35105424247560587396_1758630789935({"rc":0,"rt":17,"data":{"code":"APP","market":105,"name":"AppLovin","decimal":2,"dktotal":1,"klines":["2025-09-22,600.00,610.00,615.00,598.00,100,60000.00"]}});',
    )

    await expect(fetchEastmoneyDailyBars('601872.SH')).rejects.toThrow(
      'Eastmoney kline: asked for 601872.SH (1.601872) but got 105.APP',
    )
  })

  it.each([
    [
      'an empty history (klines: [])',
      '{"rc":0,"rt":17,"data":{"code":"02696","market":116,"name":"复宏汉霖","decimal":3,"dktotal":0,"klines":[]}}',
      'Eastmoney kline: no bars for 02696.HK',
    ],
    [
      'data: null (unknown secid or refusal)',
      '{"rc":0,"rt":17,"svr":181669437,"lt":1,"full":0,"dlmkts":"","dsc":"0","data":null}',
      'Eastmoney kline: no data for 02696.HK (data: null)',
    ],
    ['rc ≠ 0', '{"rc":102,"data":null}', 'Eastmoney kline: refused 02696.HK (rc 102)'],
    [
      'an HTML page with status 200',
      '<!DOCTYPE html><html><body>请求过于频繁</body></html>',
      'Eastmoney kline: expected JSON but received an HTML page',
    ],
    [
      'truncated JSON',
      '{"rc":0,"data":{"code":"02696","klines":["2024-',
      'Eastmoney kline: expected JSON but received "{"rc":0,"data":{"code":"02696","klines":["2024-"',
    ],
    [
      'a renamed field (klines → kline)',
      '{"rc":0,"data":{"code":"02696","market":116,"name":"复宏汉霖","decimal":3,"dktotal":1,"kline":[]}}',
      'Eastmoney kline: unexpected payload at data.klines',
    ],
  ])('throws for %s', async (_case, body, message) => {
    serve(body)
    const failure = fetchEastmoneyDailyBars('02696.HK')
    await expect(failure).rejects.toBeInstanceOf(UpstreamDataError)
    await expect(failure).rejects.toThrow(message)
  })

  it('throws an HttpError naming the source for a 502 HTML page', async () => {
    serve('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', 502)

    const failure = fetchEastmoneyDailyBars('02696.HK')

    await expect(failure).rejects.toBeInstanceOf(HttpError)
    await expect(failure).rejects.toThrow('Eastmoney kline answered HTTP 502')
  })

  it.each([
    [
      'high below low',
      '2024-10-03,23.000,22.500,22.000,22.200,1500000,1.0',
      'high 22 below low 22.2',
    ],
    [
      'a zero price',
      '2024-10-03,0.000,22.500,23.400,22.200,1500000,1.0',
      'open "0.000" is not a positive price',
    ],
    ['a negative price', '2024-10-03,23.000,-1.000,23.400,22.200,1500000,1.0', 'close "-1.000"'],
    [
      'a dash for a price',
      '2024-10-03,23.000,22.500,-,22.200,1500000,1.0',
      'high "-" is not a positive price',
    ],
    ['an impossible date', '2024-02-30,23.000,22.500,23.400,22.200,1500000,1.0', 'no valid date'],
    [
      'too few columns',
      '2024-10-03,23.000,22.500,23.400,22.200,1500000',
      '6 columns, expected at least 7',
    ],
    [
      'a non-numeric volume',
      '2024-10-03,23.000,22.500,23.400,22.200,1.5e,1.0',
      'volume "1.5e" is not a count',
    ],
    ['a negative amount', '2024-10-03,23.000,22.500,23.400,22.200,1500000,-5', 'amount "-5"'],
  ])('names the bad row for %s', async (_case, row, problem) => {
    serve(henlius(['2024-09-30,21.000,23.100,23.500,21.000,3000000,66000000.000', row]))

    await expect(fetchEastmoneyDailyBars('02696.HK')).rejects.toThrow(
      `Eastmoney kline: bad kline row 1 for 02696.HK "${row}": ${problem}`,
    )
  })

  it('names a row whose date repeats or goes back', async () => {
    const row = '2024-09-27,21.000,23.100,23.500,21.000,3000000,1.0'
    serve(henlius(['2024-09-30,21.000,23.100,23.500,21.000,3000000,1.0', row]))

    await expect(fetchEastmoneyDailyBars('02696.HK')).rejects.toThrow(
      `bad kline row 1 for 02696.HK "${row}": date not after the previous 2024-09-30`,
    )
  })

  it('maps a blank turnover to null rather than NaN', async () => {
    serve(henlius(['2024-09-30,21.000,23.100,23.500,21.000,3000000,-']))

    const [bar] = await fetchEastmoneyDailyBars('02696.HK')

    expect(bar?.amount).toBeNull()
  })
})
