import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import {
  defaultTimeoutMs,
  getText,
  NetworkError,
  requestTimeout,
  resetRequestTimeout,
  setRequestTimeout,
} from '@/providers/http'
import { klinePath } from '@mocks/handlers/eastmoney'
import { server } from '@mocks/node'
import { scenarios } from '@mocks/scenarios'

const path = '/upstream/eastmoney/push2his/api/qt/stock/kline/get?secid=116.02696'

describe('request timeout seam', () => {
  it('is 15 s by default, and can be shortened for every later request', async () => {
    expect(requestTimeout()).toBe(defaultTimeoutMs)
    server.use(...scenarios.hang({ source: 'eastmoney' }))
    setRequestTimeout(200)
    const started = Date.now()
    const error = await getText(path, { source: 'Eastmoney kline' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect(String(error)).toContain('Eastmoney kline could not be reached: no answer within 0.2 s')
    expect(Date.now() - started).toBeLessThan(2_000)
    resetRequestTimeout()
    expect(requestTimeout()).toBe(defaultTimeoutMs)
  })

  it('leaves a request that sets its own timeout alone', async () => {
    server.use(...scenarios.hang({ source: 'eastmoney' }))
    setRequestTimeout(10_000)
    const error = await getText(path, { source: 'Eastmoney kline', timeoutMs: 100 }).catch(
      (e: unknown) => e,
    )
    expect(String(error)).toContain('no answer within 0.1 s')
  })

  it('refuses a timeout that cannot work', () => {
    expect(() => setRequestTimeout(0)).toThrow(RangeError)
    expect(() => setRequestTimeout(Number.NaN)).toThrow(RangeError)
  })

  it('passes the caller’s own abort through unchanged', async () => {
    server.use(http.get(klinePath, () => new Promise<Response>(() => {})))
    const controller = new AbortController()
    const pending = getText(path, { source: 'Eastmoney kline', signal: controller.signal })
    controller.abort(new DOMException('left the page', 'AbortError'))
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', message: 'left the page' })
  })
})
