import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchDailyBars } from '@/providers/daily-bars'
import {
  failureMemoryMs,
  firstSuccessful,
  isTransient,
  SourcesFailedError,
  sourceState,
} from '@/providers/fallback'
import { HttpError, NetworkError, UpstreamDataError } from '@/providers/http'
import { emptyKlineBody, klinePath } from '@mocks/handlers/eastmoney'
import { tencentKlinePath } from '@mocks/handlers/tencent'
import { server } from '@mocks/node'

const start = new Date('2026-11-24T02:00:00Z') // 10:00 in Hong Kong

/** Counts the requests each kline endpoint receives; `eastmoney` answers as given. */
function watch(eastmoney?: () => Response) {
  const counts = { eastmoney: 0, tencent: 0 }
  server.use(
    http.get(klinePath, () => {
      counts.eastmoney += 1
      return eastmoney?.()
    }),
    http.get(tencentKlinePath, () => {
      counts.tencent += 1
    }),
  )
  return counts
}

const badGateway = () =>
  new HttpResponse('<html><body>502 Bad Gateway</body></html>', { status: 502 })

describe('daily bars: Eastmoney kline, else Tencent fqkline', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(start)
  })
  afterEach(() => vi.useRealTimers())

  it('uses Tencent when Eastmoney answers 502, and the provenance says so', async () => {
    const counts = watch(badGateway)

    const { data, provenance } = await fetchDailyBars('02696.HK')

    expect(counts.eastmoney).toBe(1)
    expect(counts.tencent).toBe(8) // 2019 (listing year) … 2026, one request per year
    expect(data.length).toBeGreaterThan(1500)
    expect(provenance).toMatchObject({
      sources: ['Tencent fqkline'],
      fallbackUsed: true,
      freshness: 'end-of-day',
      asOf: '2026-11-20T16:00:00+08:00',
      failures: [
        { source: 'Eastmoney kline', message: 'Eastmoney kline answered HTTP 502', skipped: false },
      ],
    })
  })

  it.each<[string, () => Response]>([
    ['data: null', () => HttpResponse.json(emptyKlineBody)],
    [
      'empty klines',
      () =>
        HttpResponse.json({
          ...emptyKlineBody,
          data: {
            code: '02696',
            market: 116,
            name: '复宏汉霖',
            decimal: 3,
            dktotal: 0,
            klines: [],
          },
        }),
    ],
    ['rc ≠ 0', () => HttpResponse.json({ ...emptyKlineBody, rc: 102 })],
    ['an HTML page with status 200', () => HttpResponse.text('<!DOCTYPE html><html>验证</html>')],
    ['HTTP 429', () => new HttpResponse(null, { status: 429 })],
    ['HTTP 503', () => new HttpResponse(null, { status: 503 })],
    ['a network error', () => HttpResponse.error()],
  ])('counts %s as a failure and falls back', async (_case, answer) => {
    watch(answer)
    const { provenance } = await fetchDailyBars('02696.HK')
    expect(provenance.sources).toEqual(['Tencent fqkline'])
    expect(provenance.fallbackUsed).toBe(true)
  })

  it('remembers the failure: within 5 minutes the primary is skipped, then probed again', async () => {
    const counts = watch(badGateway)
    await fetchDailyBars('02696.HK')
    expect(counts.eastmoney).toBe(1)

    vi.setSystemTime(start.getTime() + failureMemoryMs - 1000)
    const skipped = await fetchDailyBars('01877.HK')
    expect(counts.eastmoney).toBe(1) // not asked again
    expect(skipped.provenance.fallbackUsed).toBe(true)
    expect(skipped.provenance.failures).toEqual([
      { source: 'Eastmoney kline', message: 'Eastmoney kline answered HTTP 502', skipped: true },
    ])

    // After the window Eastmoney is probed again; it has recovered.
    server.resetHandlers()
    const after = watch()
    vi.setSystemTime(start.getTime() + failureMemoryMs + 1000)
    const recovered = await fetchDailyBars('01877.HK')
    expect(after).toEqual({ eastmoney: 1, tencent: 0 })
    expect(recovered.provenance).toMatchObject({
      sources: ['Eastmoney kline'],
      fallbackUsed: false,
      failures: [],
    })
  })

  it('honours Retry-After: a blocked source is not asked, not even as a last resort', async () => {
    const counts = watch(
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '600' } }),
    )
    server.use(
      http.get(tencentKlinePath, () => {
        counts.tencent += 1
        return badGateway()
      }),
    )

    // 01276.HK listed in 2025: Tencent is asked for 2025 and 2026.
    const first = await fetchDailyBars('01276.HK').catch((error: unknown) => error)
    expect(first).toBeInstanceOf(SourcesFailedError)
    expect(String(first)).toMatch(
      /Eastmoney kline answered HTTP 429 \(rate limited\), asked to wait 600 s; Tencent fqkline answered HTTP 502/,
    )
    expect(counts).toEqual({ eastmoney: 1, tencent: 2 })
    expect(sourceState('Eastmoney kline')).toBe('blocked')

    // Nine minutes on: Eastmoney still blocked (600 s); Tencent, resting, is asked as a last resort.
    vi.setSystemTime(start.getTime() + 540_000)
    const second = await fetchDailyBars('01276.HK').catch((error: unknown) => error)
    expect(counts).toEqual({ eastmoney: 1, tencent: 4 })
    expect((second as SourcesFailedError).failures[0]).toMatchObject({
      source: 'Eastmoney kline',
      skipped: true,
    })

    // Past Retry-After: Eastmoney may be asked again.
    vi.setSystemTime(start.getTime() + 601_000)
    await fetchDailyBars('01276.HK').catch(() => undefined)
    expect(counts.eastmoney).toBe(2)
  })

  it('fails at once, without a request, while every source is blocked', async () => {
    const tooMany = () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } })
    const counts = watch(tooMany)
    server.use(
      http.get(tencentKlinePath, () => {
        counts.tencent += 1
        return tooMany()
      }),
    )
    await fetchDailyBars('01276.HK').catch(() => undefined)
    expect(counts).toEqual({ eastmoney: 1, tencent: 2 })

    vi.setSystemTime(start.getTime() + 60_000)
    const error = await fetchDailyBars('01276.HK').catch((caught: unknown) => caught)
    expect(counts).toEqual({ eastmoney: 1, tencent: 2 })
    expect(error).toBeInstanceOf(SourcesFailedError)
    expect((error as SourcesFailedError).retryAfterMs).toBe(60_000)
  })
})

describe('firstSuccessful', () => {
  it('stops at the caller’s abort without recording a failure', async () => {
    const controller = new AbortController()
    const run = vi.fn(async () => {
      controller.abort(new Error('unmounted'))
      throw new Error('aborted fetch')
    })
    await expect(
      firstSuccessful([{ source: 'HKEXnews', run }], { signal: controller.signal }),
    ).rejects.toThrow('unmounted')
    expect(sourceState('HKEXnews')).toBe('ready')
  })

  it('classifies transient failures for the query client', () => {
    expect(isTransient(new NetworkError('x', 'down'))).toBe(true)
    expect(isTransient(new HttpError('x', 503))).toBe(true)
    expect(isTransient(new HttpError('x', 429, 5))).toBe(true)
    expect(isTransient(new HttpError('x', 404))).toBe(false)
    expect(isTransient(new UpstreamDataError('x', 'empty'))).toBe(false)
    const mixed = new SourcesFailedError(
      [],
      [new UpstreamDataError('a', 'b'), new HttpError('x', 502)],
      null,
    )
    expect(isTransient(mixed)).toBe(true)
  })
})
