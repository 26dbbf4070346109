import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { UpstreamDataError } from '@/providers/http'
import { fetchTencentDailyBars } from '@/providers/tencent/kline'
import { tencentKlinePath } from '@mocks/handlers/tencent'
import { server } from '@mocks/node'

/**
 * The real answer quoted in upstream-apis.md §2.2 (shidenggui/easyquotation tests, HK 00001 via
 * hkfqkline, with `_var=kline_dayqfq`); the reference elides the tail of `qt` with "…".
 */
const hk00001 =
  'kline_dayqfq={"code":0,"msg":"","data":{"hk00001":{"qfqday":[["2018-04-09","91.00","91.85","93.50","91.00","8497462.00"]],' +
  '"qt":{"hk00001":["100","长和","00001","91.850","91.500"]},"prec":"91.50","vcm":"","version":"4"}}}'

/** Serves `body(param)` on the kline path and records each `param`. */
function serve(body: (param: string) => string | Response) {
  const params: string[] = []
  server.use(
    http.get(tencentKlinePath, ({ request }) => {
      const param = new URL(request.url).searchParams.get('param') ?? ''
      params.push(param)
      const answer = body(param)
      return typeof answer === 'string' ? HttpResponse.text(answer) : answer
    }),
  )
  return params
}

const series = (symbol: string, key: string, rows: unknown[]) =>
  JSON.stringify({ code: 0, msg: '', data: { [symbol]: { [key]: rows, qt: {}, version: '4' } } })

describe('fetchTencentDailyBars', () => {
  it('reads the real HK sample: kline_dayqfq= prefix, [date, open, close, high, low, volume]', async () => {
    const params = serve((param) =>
      param.includes(',2018-01-01,') ? hk00001 : series('hk00001', 'qfqday', []),
    )

    const bars = await fetchTencentDailyBars('00001.HK', { fromYear: 2018, toYear: 2019 })

    expect(params).toEqual([
      'hk00001,day,2018-01-01,2018-12-31,640,qfq',
      'hk00001,day,2019-01-01,2019-12-31,640,qfq',
    ])
    expect(bars).toEqual([
      {
        date: '2018-04-09',
        open: 91,
        close: 91.85,
        high: 93.5,
        low: 91,
        volume: 8_497_462,
        amount: null,
      },
    ])
  })

  it('pages by calendar year from the listing year and joins the years in order', async () => {
    const params = serve((param) => {
      const year = param.split(',')[2]?.slice(0, 4) ?? ''
      return series('hk02696', 'qfqday', [
        [`${year}-03-01`, '10.000', '11.000', '11.500', '9.800', '1000.00'],
        [`${year}-09-01`, '11.000', '12.000', '12.500', '10.800', '2000.00'],
      ])
    })
    const bars = await fetchTencentDailyBars('02696.HK', { toYear: 2021 })
    // Henlius listed on 2019-09-25: 2019, 2020, 2021.
    expect(params.map((param) => param.split(',')[2])).toEqual([
      '2019-01-01',
      '2020-01-01',
      '2021-01-01',
    ])
    expect(bars.map((bar) => bar.date)).toEqual([
      '2019-03-01',
      '2019-09-01',
      '2020-03-01',
      '2020-09-01',
      '2021-03-01',
      '2021-09-01',
    ])
  })

  it('converts A-share volume from lots, reads the `day` key and ignores trailing extras', async () => {
    serve(() =>
      series('sh600276', 'day', [
        ['2024-10-08', '52.00', '50.00', '53.00', '49.50', '10000.00', { nd: '2024', fh_sh: '2' }],
      ]),
    )
    const bars = await fetchTencentDailyBars('600276.SH', { fromYear: 2024, toYear: 2024 })
    expect(bars).toEqual([
      {
        date: '2024-10-08',
        open: 52,
        close: 50,
        high: 53,
        low: 49.5,
        volume: 1_000_000,
        amount: null,
      },
    ])
  })

  it.each<[string, (param: string) => string | Response, RegExp]>([
    ['no bar in any year', () => series('hk02696', 'qfqday', []), /no bars for 02696.HK/],
    ['an empty data array', () => '{"code":0,"msg":"","data":[]}', /no bars/],
    [
      'a refusal',
      () => '{"code":-1,"msg":"param error","data":null}',
      /refused 02696.HK 2024 \(code -1 param error\)/,
    ],
    ['another symbol', () => series('hk00700', 'qfqday', []), /asked for hk02696 but got hk00700/],
    [
      'HTML instead of JSON',
      () => '<!doctype html><title>blocked</title>',
      /expected JSON but received an HTML page/,
    ],
    [
      'high below low',
      () => series('hk02696', 'qfqday', [['2024-03-01', '10', '11', '9', '12', '100']]),
      /high 9 below low 12/,
    ],
    [
      'a bar outside the year asked',
      () => series('hk02696', 'qfqday', [['2023-12-29', '10', '11', '12', '9', '100']]),
      /bar dated 2023-12-29 in the 2024 answer/,
    ],
  ])('fails on %s', async (_case, body, message) => {
    serve(body)
    const error = await fetchTencentDailyBars('02696.HK', { fromYear: 2024, toYear: 2024 }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(UpstreamDataError)
    expect(String(error)).toMatch(message)
  })

  it('serves the sample snapshot through the mock, like Eastmoney’s kline', async () => {
    const bars = await fetchTencentDailyBars('600276.SH', { fromYear: 2024, toYear: 2024 })
    expect(bars.length).toBeGreaterThan(200)
    expect(bars.every((bar) => bar.date.startsWith('2024-') && bar.volume % 100 === 0)).toBe(true)
  })
})
