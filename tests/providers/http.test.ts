import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { directTransportFromEnv } from '@/providers/direct'
import { getText, HttpError, NetworkError, setHttpTransport } from '@/providers/http'
import { upstreamPath } from '@/providers/upstream'
import { server } from '@mocks/node'

const path = upstreamPath('eastmoney', 'push2his', '/api/qt/stock/kline/get?secid=116.02696')

describe('getText', () => {
  it('gives up after the timeout with a message naming the source and the wait', async () => {
    server.use(
      http.get('*/upstream/eastmoney/push2his/api/qt/stock/kline/get', async () => {
        await delay(500)
        return HttpResponse.text('{}')
      }),
    )
    const error = await getText(path, { source: 'Eastmoney kline', timeoutMs: 50 }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(NetworkError)
    expect(String(error)).toMatch(/Eastmoney kline could not be reached: no answer within 0.05 s/)
  })

  it('passes the caller’s own abort through unchanged', async () => {
    server.use(
      http.get('*/upstream/eastmoney/push2his/api/qt/stock/kline/get', async () => {
        await delay(500)
        return HttpResponse.text('{}')
      }),
    )
    const controller = new AbortController()
    const pending = getText(path, { source: 'Eastmoney kline', signal: controller.signal })
    controller.abort(new Error('navigated away'))
    await expect(pending).rejects.toThrow('navigated away')
  })

  it('parses Retry-After (seconds) on a 429', async () => {
    server.use(
      http.get(
        '*/upstream/eastmoney/push2his/api/qt/stock/kline/get',
        () => new HttpResponse('slow down', { status: 429, headers: { 'Retry-After': '120' } }),
      ),
    )
    const error = await getText(path, { source: 'Eastmoney kline' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 120 })
    expect(String(error)).toContain('Eastmoney kline answered HTTP 429 (rate limited)')
  })

  it('in direct mode (BIOPULSE_DIRECT=1) asks the real host, with the proxy’s headers', async () => {
    const seen: Request[] = []
    server.use(
      http.get('https://push2his.eastmoney.com/api/qt/stock/kline/get', ({ request }) => {
        seen.push(request)
        return HttpResponse.text('ok')
      }),
    )
    const paced: string[] = []
    const transport = directTransportFromEnv(
      { BIOPULSE_DIRECT: '1' },
      { beforeRequest: async (url) => void paced.push(url) },
    )
    if (!transport) throw new Error('no transport')
    setHttpTransport(transport)

    await expect(getText(path, { source: 'Eastmoney kline' })).resolves.toBe('ok')
    const [request] = seen
    expect(request?.url).toBe(
      'https://push2his.eastmoney.com/api/qt/stock/kline/get?secid=116.02696',
    )
    expect(request?.headers.get('referer')).toBe('https://quote.eastmoney.com/')
    expect(request?.headers.get('user-agent')).toMatch(/^Mozilla\/5.0/)
    expect(paced).toEqual([request?.url])
  })

  it('stays same-origin without the flag', () => {
    expect(directTransportFromEnv({})).toBeNull()
    expect(directTransportFromEnv({ BIOPULSE_DIRECT: '0' })).toBeNull()
  })
})
