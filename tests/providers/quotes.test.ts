import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Quote } from '@/domain/types'
import { fetchQuotes, quoteFreshness } from '@/providers/quotes'
import { ulistPath } from '@mocks/handlers/eastmoney-quotes'
import { tencentGbkQuotePath, tencentGbkResponse, tencentQuoteLine } from '@mocks/handlers/tencent'
import { server } from '@mocks/node'

const badGateway = () => new HttpResponse('<html>502</html>', { status: 502 })

describe('fetchQuotes: Tencent (GBK), else Eastmoney push2, else push2delay', () => {
  afterEach(() => vi.useRealTimers())

  it('reads Tencent’s GBK answer on the sample: end-of-day quotes, PE-TTM included', async () => {
    const { data, provenance } = await fetchQuotes(['02696.HK', '600276.SH'])
    expect(data.missing).toEqual([])
    expect(data.quotes.map((quote) => quote.ticker)).toEqual(['02696.HK', '600276.SH'])
    expect(data.quotes.every((quote) => quote.peTtm !== null)).toBe(true)
    expect(provenance).toMatchObject({
      sources: ['Tencent quotes'],
      fallbackUsed: false,
      freshness: 'end-of-day',
      freshnessByMarket: { HK: 'end-of-day', A: 'end-of-day' },
    })
  })

  it('falls back to Eastmoney ulist on a Tencent 502 (no PE-TTM from there)', async () => {
    server.use(http.get(tencentGbkQuotePath, badGateway))
    const { data, provenance } = await fetchQuotes(['02696.HK', '600276.SH'])
    expect(data.quotes).toHaveLength(2)
    expect(data.quotes.every((quote) => quote.peTtm === null)).toBe(true)
    expect(provenance).toMatchObject({
      sources: ['Eastmoney ulist'],
      fallbackUsed: true,
      failures: [{ source: 'Tencent quotes', message: 'Tencent quotes answered HTTP 502' }],
    })
  })

  it('goes on to push2delay when push2 fails too', async () => {
    const hosts: string[] = []
    server.use(
      http.get(tencentGbkQuotePath, badGateway),
      http.get(ulistPath, ({ params }) => {
        hosts.push(String(params.host))
        return params.host === 'push2' ? badGateway() : undefined
      }),
    )
    const { provenance } = await fetchQuotes(['02696.HK'])
    expect(hosts).toEqual(['push2', 'push2delay'])
    expect(provenance.sources).toEqual(['Eastmoney ulist (delayed host)'])
    expect(provenance.failures.map((failure) => failure.source)).toEqual([
      'Tencent quotes',
      'Eastmoney ulist',
    ])
  })

  it('asks Eastmoney for the tickers Tencent does not know', async () => {
    server.use(
      http.get(tencentGbkQuotePath, () =>
        tencentGbkResponse(
          `${tencentQuoteLine({ symbol: 'hk02696', name: '复宏汉霖', date: '2026-11-20', last: 20, previousClose: 19 })}\nv_pv_none_match="1";\n`,
        ),
      ),
    )
    const { data, provenance } = await fetchQuotes(['02696.HK', '01276.HK'])
    expect(data.missing).toEqual([])
    expect(data.quotes.map((quote) => quote.ticker)).toEqual(['02696.HK', '01276.HK'])
    expect(provenance.sources).toEqual(['Tencent quotes', 'Eastmoney ulist'])
    expect(provenance.fallbackUsed).toBe(false)
  })
})

describe('quoteFreshness', () => {
  const quote = (ticker: Quote['ticker'], asOf: string): Quote => ({
    ticker,
    name: 'x',
    last: 1,
    previousClose: 1,
    change: 0,
    asOf,
    volume: null,
    amount: null,
    marketCap: null,
    peTtm: null,
    currency: 'CNY',
  })
  const at = (instant: string) => Date.parse(instant)

  it.each<[string, Quote, Parameters<typeof quoteFreshness>[1], string, string]>([
    [
      'an A-share quote during the session',
      quote('600276.SH', '2026-11-24T10:30:05+08:00'),
      'Tencent quotes',
      '2026-11-24T10:30:20+08:00',
      'real-time',
    ],
    [
      'an HK quote during the session',
      quote('02696.HK', '2026-11-24T10:30:05+08:00'),
      'Tencent quotes',
      '2026-11-24T10:30:20+08:00',
      'delayed',
    ],
    [
      'anything from push2delay',
      quote('600276.SH', '2026-11-24T10:30:05+08:00'),
      'Eastmoney ulist (delayed host)',
      '2026-11-24T10:30:20+08:00',
      'delayed',
    ],
    [
      'a quote stamped after the close',
      quote('600276.SH', '2026-11-24T15:00:03+08:00'),
      'Tencent quotes',
      '2026-11-24T16:00:00+08:00',
      'end-of-day',
    ],
    [
      'an HK end-of-day stamp',
      quote('02696.HK', '2026-11-24T16:08:23+08:00'),
      'Tencent quotes',
      '2026-11-24T17:00:00+08:00',
      'end-of-day',
    ],
    [
      'yesterday’s quote before today’s open',
      quote('600276.SH', '2026-11-23T11:00:00+08:00'),
      'Tencent quotes',
      '2026-11-24T09:00:00+08:00',
      'end-of-day',
    ],
  ])('%s', (_case, item, source, now, expected) => {
    expect(quoteFreshness(item, source, at(now))).toBe(expected)
  })
})
