import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchBaiduCapPe } from '@/providers/baidu/valuation'
import { fetchDailyBars, fetchRecentDailyBars } from '@/providers/daily-bars'
import { fetchEastmoneyDailyBars } from '@/providers/eastmoney/kline'
import { fetchFxHistory, fetchRecentFxHistory } from '@/providers/fx'
import { UpstreamDataError } from '@/providers/http'
import { fetchCapPeHistory, fetchRecentCapPeHistory } from '@/providers/valuation'
import { baiduOpendataPath } from '@mocks/handlers/baidu'
import { klinePath } from '@mocks/handlers/eastmoney'
import { tencentKlinePath } from '@mocks/handlers/tencent'
import { server } from '@mocks/node'

/** The query of every request to `path` while a test runs. */
function watch(path: string): URLSearchParams[] {
  const seen: URLSearchParams[] = []
  server.use(
    http.get(path, ({ request }) => {
      seen.push(new URL(request.url).searchParams)
    }),
  )
  return seen
}

describe('recent windows of daily bars', () => {
  it('asks Eastmoney for the last N sessions; the window is the whole history’s tail', async () => {
    const asked = watch(klinePath)

    const recent = await fetchRecentDailyBars('02696.HK', 300)
    const whole = await fetchDailyBars('02696.HK')

    expect(asked[0]?.get('lmt')).toBe('300')
    expect(asked[0]?.get('beg')).toBe('0')
    expect(recent.data.history).toHaveLength(300)
    expect(recent.data.history).toEqual(whole.data.slice(-300))
    expect(recent.data.exactAfter).toBe(recent.data.history[1]?.date)
    expect(recent.provenance).toMatchObject({
      sources: ['Eastmoney kline'],
      freshness: 'end-of-day',
    })
    expect(recent.provenance.asOf).toBe(whole.provenance.asOf)
  })

  it('counts a window with fewer bars than asked as the whole history', async () => {
    const recent = await fetchRecentDailyBars('02696.HK', 100_000)

    expect(recent.data.exactAfter).toBeNull()
    expect(recent.data.history[0]?.date).toBe('2019-09-25') // the listing's first session
  })

  it('refuses an answer with more bars than asked', async () => {
    server.use(
      http.get(klinePath, () =>
        HttpResponse.json({
          rc: 0,
          data: {
            code: '02696',
            market: 116,
            name: '复宏汉霖',
            decimal: 3,
            dktotal: 2,
            klines: ['2026-11-19,55,55.5,56,54,100,5500', '2026-11-20,55.5,55.5,56,55,100,5550'],
          },
        }),
      ),
    )

    await expect(fetchEastmoneyDailyBars('02696.HK', { limit: 1 })).rejects.toThrow(
      new UpstreamDataError('Eastmoney kline', '2 bars for 02696.HK, more than the 1 asked'),
    )
  })

  describe('Tencent, when Eastmoney fails', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(new Date('2026-11-24T02:00:00Z'))
    })
    afterEach(() => vi.useRealTimers())

    it('asks for the last three calendar years and keeps the last N bars', async () => {
      server.use(http.get(klinePath, () => new HttpResponse('busy', { status: 502 })))
      const asked = watch(tencentKlinePath)

      const recent = await fetchRecentDailyBars('02696.HK', 300)

      expect(asked.map((query) => query.get('param')?.split(',')[2])).toEqual([
        '2024-01-01',
        '2025-01-01',
        '2026-01-01',
      ])
      expect(recent.data.history).toHaveLength(300)
      expect(recent.data.exactAfter).toBe(recent.data.history[1]?.date)
      expect(recent.provenance).toMatchObject({ sources: ['Tencent fqkline'], fallbackUsed: true })
    })
  })
})

describe('recent windows of FX fixings', () => {
  it('asks for the last N fixings of each currency, the tail of the whole series', async () => {
    const asked = watch(klinePath)

    const recent = await fetchRecentFxHistory(300)
    const whole = await fetchFxHistory()

    expect(asked.slice(0, 2).map((query) => [query.get('secid'), query.get('lmt')])).toEqual([
      ['120.HKDCNYC', '300'],
      ['120.USDCNYC', '300'],
    ])
    expect(recent.data.history.HKD).toEqual(whole.data.HKD.slice(-300))
    expect(recent.data.history.USD).toEqual(whole.data.USD.slice(-300))
    expect(recent.data.exactAfter).toBe(
      [recent.data.history.HKD[1]?.date ?? '', recent.data.history.USD[1]?.date ?? ''].sort()[1],
    )
    expect(recent.provenance.asOf).toBe(whole.provenance.asOf)
  })
})

describe('recent windows of HK market cap and PE', () => {
  it('asks Baidu for three years (近三年), the tail of the whole history', async () => {
    const asked = watch(baiduOpendataPath)

    const recent = await fetchRecentCapPeHistory('01877.HK')
    const whole = await fetchCapPeHistory('01877.HK')

    expect(asked.slice(0, 2).map((query) => query.get('chart_select'))).toEqual([
      '近三年',
      '近三年',
    ])
    const first = recent.data.history[0]?.date ?? ''
    expect(first > '2023-11-01' && first < '2023-12-01').toBe(true)
    expect(recent.data.history).toEqual(whole.data.filter((point) => point.date >= first))
    expect(recent.data.exactAfter).toBe(recent.data.history[1]?.date)
    expect(recent.provenance).toMatchObject({ sources: ['Baidu valuation'] })
  })

  it('names the period when Baidu truncates a three-year series', async () => {
    server.use(
      http.get(baiduOpendataPath, () =>
        HttpResponse.json({
          ResultCode: 0,
          QueryID: '0',
          Result: [
            {
              DisplayData: {
                resultData: {
                  tplData: { result: { chartInfo: [{ body: [['2026-11-20', '12.5']] }] } },
                },
              },
            },
          ],
        }),
      ),
    )

    await expect(fetchBaiduCapPe('01877.HK', { period: 'threeYears' })).rejects.toThrow(
      /1 point\(s\) for three years/,
    )
  })

  it('is HK only', async () => {
    await expect(fetchRecentCapPeHistory('600276.SH')).rejects.toThrow(/HK only/)
  })
})
