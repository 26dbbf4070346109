import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { fetchEastmoneyFxHistory } from '@/providers/eastmoney/fx'
import { klinePath } from '@mocks/handlers/eastmoney'
import { server } from '@mocks/node'

// The kline envelope (upstream-apis.md §2.1) for CFETS parity secids: the fixing in every price
// column, nothing traded. Rates are real central parities (2024-12-30/31).
const parity = (code: string, name: string, klines: string[]) =>
  `{"rc":0,"rt":17,"svr":181669437,"lt":1,"full":0,"dlmkts":"","dsc":"0","data":{"code":"${code}","market":120,"name":"${name}","decimal":4,"dktotal":4600,"preKPrice":0.9253,"klines":${JSON.stringify(klines)}}}`

const bodies: Record<string, string> = {
  '120.HKDCNYC': parity('HKDCNYC', '港币人民币中间价', [
    '2024-12-30,0.9255,0.9255,0.9255,0.9255,0,0.00',
    '2024-12-31,0.9260,0.9260,0.9260,0.9260,0,0.00',
  ]),
  '120.USDCNYC': parity('USDCNYC', '美元人民币中间价', [
    '2024-12-30,7.1876,7.1876,7.1876,7.1876,0,0.00',
    '2024-12-31,7.1884,7.1884,7.1884,7.1884,0,0.00',
  ]),
}

function serve(overrides: Record<string, string> = {}) {
  const secids: string[] = []
  server.use(
    http.get(klinePath, ({ request }) => {
      const secid = new URL(request.url).searchParams.get('secid') ?? ''
      secids.push(secid)
      return HttpResponse.text(overrides[secid] ?? bodies[secid] ?? '{"rc":0,"data":null}')
    }),
  )
  return secids
}

describe('fetchEastmoneyFxHistory', () => {
  it('reads CNY per HKD and per USD from the close column of both parity series', async () => {
    const secids = serve()

    const fx = await fetchEastmoneyFxHistory()

    expect(secids.sort()).toEqual(['120.HKDCNYC', '120.USDCNYC'])
    expect(fx).toEqual({
      HKD: [
        { date: '2024-12-30', cnyPerUnit: 0.9255 },
        { date: '2024-12-31', cnyPerUnit: 0.926 },
      ],
      USD: [
        { date: '2024-12-30', cnyPerUnit: 7.1876 },
        { date: '2024-12-31', cnyPerUnit: 7.1884 },
      ],
    })
  })

  it('uses the close, not the open (column order date, open, close)', async () => {
    serve({
      '120.HKDCNYC': parity('HKDCNYC', '港币人民币中间价', [
        '2024-12-31,0.9000,0.9260,0.9300,0.8900,0,0.00',
      ]),
    })

    const fx = await fetchEastmoneyFxHistory()

    expect(fx.HKD).toEqual([{ date: '2024-12-31', cnyPerUnit: 0.926 }])
  })

  it.each([
    [
      'an empty series',
      parity('USDCNYC', '美元人民币中间价', []),
      'Eastmoney FX: no bars for USD/CNY',
    ],
    ['data: null', '{"rc":0,"data":null}', 'Eastmoney FX: no data for USD/CNY (data: null)'],
    [
      'a zero rate',
      parity('USDCNYC', '美元人民币中间价', ['2024-12-31,0,0,0,0,0,0.00']),
      'Eastmoney FX: bad kline row 0 for USD/CNY "2024-12-31,0,0,0,0,0,0.00": close is not a positive rate',
    ],
    [
      'the other currency’s series',
      parity('HKDCNYC', '港币人民币中间价', ['2024-12-31,0.9260,0.9260,0.9260,0.9260,0,0.00']),
      'Eastmoney FX: asked for USD/CNY (120.USDCNYC) but got 120.HKDCNYC',
    ],
  ])('fails the whole history for %s in one series', async (_case, body, message) => {
    serve({ '120.USDCNYC': body })

    await expect(fetchEastmoneyFxHistory()).rejects.toThrow(message)
  })
})
