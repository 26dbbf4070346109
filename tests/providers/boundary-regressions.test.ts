import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { fetchBaiduValuation } from '@/providers/baidu/valuation'
import { fetchEastmoneyDailyBars } from '@/providers/eastmoney/kline'
import { fetchEastmoneyQuotes } from '@/providers/eastmoney/quotes'
import { UpstreamDataError } from '@/providers/http'
import { fetchTencentDailyBars } from '@/providers/tencent/kline'
import { fetchTencentQuotes } from '@/providers/tencent/quotes'
import { baiduOpendataPath } from '@mocks/handlers/baidu'
import { klinePath } from '@mocks/handlers/eastmoney'
import { ulistPath } from '@mocks/handlers/eastmoney-quotes'
import { tencentKlinePath, tencentQuotePath } from '@mocks/handlers/tencent'
import { server } from '@mocks/node'

/**
 * Bugs the property tests (parsers-property.test.ts) found, one row each: payloads that used to
 * yield Infinity or escape as a RangeError now fail as an UpstreamDataError naming the field.
 */

const overflowing = '9'.repeat(400) // a decimal that Number() reads as Infinity
const subnormal = `0.${'0'.repeat(320)}1` // positive, yet last ÷ it overflows

const tencentKline = (row: (string | number)[]) =>
  JSON.stringify({ code: 0, msg: '', data: { hk02696: { qfqday: [row] } } })

const eastmoneyKline = (row: string) =>
  JSON.stringify({
    rc: 0,
    data: { code: '600276', market: 1, name: '恒瑞医药', decimal: 2, dktotal: 1, klines: [row] },
  })

const ulist = (row: Record<string, unknown>) =>
  JSON.stringify({
    rc: 0,
    data: {
      total: 1,
      diff: [{ f2: 1000, f3: 0, f12: '02696', f13: 116, f14: '复宏汉霖', f18: 1000, ...row }],
    },
  })

/** A 78-field HK line with the given fields set (positions as in quotes.ts). */
function tencentHkLine(fields: Record<number, string>) {
  const cells = Array.from({ length: 78 }, () => '')
  Object.assign(cells, {
    1: '复宏汉霖',
    2: '02696',
    3: '50.000',
    4: '50.000',
    30: '2026/08/07 16:08:23',
    75: 'HKD',
    ...fields,
  })
  return `v_hk02696="${cells.join('~')}";`
}

const baidu = (cap: number) =>
  JSON.stringify({
    ResultCode: 0,
    Result: [
      {
        DisplayData: {
          resultData: {
            tplData: {
              result: {
                chartInfo: [
                  {
                    body: [
                      ['2024-10-08', cap],
                      ['2024-10-09', cap],
                    ],
                  },
                ],
              },
            },
          },
        },
      },
    ],
  })

const text = (path: string, body: string) =>
  server.use(http.get(path, () => HttpResponse.text(body)))

describe('payloads the properties found, now refused at the boundary', () => {
  it.each([
    [
      'Tencent fqkline: a 400-digit price (was close: Infinity)',
      () =>
        text(
          tencentKlinePath,
          tencentKline(['2025-01-02', '1', overflowing, overflowing, '1', '100']),
        ),
      () => fetchTencentDailyBars('02696.HK', { fromYear: 2025, toYear: 2025 }),
      /close "9{10}.*" is not a positive price/,
    ],
    [
      'Tencent fqkline: an A-share volume that overflows once lots become shares',
      () =>
        server.use(
          http.get(tencentKlinePath, () =>
            HttpResponse.text(
              JSON.stringify({
                code: 0,
                data: { sh600276: { qfqday: [['2025-01-02', '1', '1', '1', '1', '1e307']] } },
              }).replace('"1e307"', '1e307'),
            ),
          ),
        ),
      () => fetchTencentDailyBars('600276.SH', { fromYear: 2025, toYear: 2025 }),
      /volume "1e\+307" is not a count/,
    ],
    [
      'Eastmoney kline: an A-share volume that overflows once lots become shares (was Infinity)',
      () => text(klinePath, eastmoneyKline('2025-01-02,1,1,1,1,1.7976931348623157e307,1')),
      () => fetchEastmoneyDailyBars('600276.SH'),
      /volume "1\.79.*" is not a count/,
    ],
    [
      'Eastmoney ulist: an update time past any date (was RangeError: Invalid time value)',
      () => text(ulistPath, ulist({ f124: 1e300 })),
      () => fetchEastmoneyQuotes(['02696.HK']),
      /update time \(f124\) 1e\+300 is implausible/,
    ],
    [
      'Eastmoney ulist: a trade date that is no date (was 2025-13-99T16:00:00+08:00)',
      () => text(ulistPath, ulist({ f297: 20251399 })),
      () => fetchEastmoneyQuotes(['02696.HK']),
      /no update time \(f124\) or trade date \(f297 20251399\)/,
    ],
    [
      'Eastmoney ulist (fltt=2): a previous close so small that the change overflows',
      () => text(ulistPath, ulist({ f2: 1e300, f3: '-', f18: 1e-10 })),
      () => fetchEastmoneyQuotes(['02696.HK'], { fltt: 2 }),
      /is not a usable change/,
    ],
    [
      'Tencent quotes: 31 February in the timestamp (was read as 3 March)',
      () => text(tencentQuotePath, tencentHkLine({ 30: '2026/02/31 16:08:23' })),
      () => fetchTencentQuotes(['02696.HK']),
      /timestamp \(field 30\) is "2026\/02\/31 16:08:23"/,
    ],
    [
      'Tencent quotes: a previous close so small that the change overflows (was Infinity)',
      () => text(tencentQuotePath, tencentHkLine({ 4: subnormal })),
      () => fetchTencentQuotes(['02696.HK']),
      /is not a usable change/,
    ],
    [
      'Tencent quotes: a market value that overflows once 亿 become units (was Infinity)',
      () => text(tencentQuotePath, tencentHkLine({ 45: `1${'0'.repeat(305)}` })),
      () => fetchTencentQuotes(['02696.HK']),
      /total market value \(field 45\) is 1e\+305/,
    ],
    [
      'Baidu: a 总市值 that overflows once 亿 become units (was Infinity)',
      () => text(baiduOpendataPath, baidu(1e305)),
      () => fetchBaiduValuation('02696.HK'),
      /总市值 on 2024-10-08 is 1e\+305/,
    ],
  ])('%s', async (_name, serve, run, message) => {
    serve()
    const error: unknown = await run().then(
      (value) => value,
      (reason: unknown) => reason,
    )
    expect(error).toBeInstanceOf(UpstreamDataError)
    expect((error as Error).message).toMatch(message)
  })
})
