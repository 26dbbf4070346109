import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { delay, http } from 'msw'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { createQueryClient } from '@/app/query-client'
import { newsWaitLimitMs } from '@/queries/load-order'
import { marketQueries } from '@/queries/market-queries'
import { useNews } from '@/queries/use-market-data'
import { klinePath } from '@mocks/handlers/eastmoney'
import { server } from '@mocks/node'

function wrapper() {
  const client = createQueryClient({ retry: false })
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
}

/** When (ms since the test began) each kind of upstream request started and ended. */
function timeline() {
  const began = performance.now()
  const at = () => performance.now() - began
  const kind = (url: string) =>
    url.includes('/kline/') ? 'bars' : /search|hkex|announcement/i.test(url) ? 'news' : 'other'
  const starts: { kind: string; at: number }[] = []
  const ends: { kind: string; at: number }[] = []
  server.events.on('request:start', ({ request }) =>
    starts.push({ kind: kind(request.url), at: at() }),
  )
  server.events.on('response:mocked', ({ request }) =>
    ends.push({ kind: kind(request.url), at: at() }),
  )
  return {
    firstStart: (k: string) => Math.min(...starts.filter((s) => s.kind === k).map((s) => s.at)),
    lastEnd: (k: string) => Math.max(...ends.filter((s) => s.kind === k).map((s) => s.at)),
    count: (k: string) => starts.filter((s) => s.kind === k).length,
  }
}

afterEach(() => server.events.removeAllListeners())

describe('news loads after the prices', () => {
  it('asks for news only once the daily bars in use have answered', async () => {
    server.use(
      http.get(klinePath, async () => {
        await delay(300)
        return undefined // the sample's answer, 300 ms late
      }),
    )
    const seen = timeline()
    const { result } = renderHook(
      () => {
        const bars = useQuery(marketQueries.dailyBars('02696.HK'))
        return { bars, news: useNews(['02696.HK', '01877.HK']) }
      },
      { wrapper: wrapper() },
    )
    expect(result.current.news.pending).toBe(true)

    await waitFor(() => expect(result.current.news.data.every(Boolean)).toBe(true), {
      timeout: 10_000,
    })
    expect(result.current.bars.data).toBeDefined()
    expect(seen.count('news')).toBeGreaterThanOrEqual(4) // two sources per listing
    expect(seen.firstStart('news')).toBeGreaterThanOrEqual(seen.lastEnd('bars'))
  })

  it(`does not wait longer than ${newsWaitLimitMs} ms for prices that never answer`, async () => {
    server.use(http.get(klinePath, () => delay('infinite')))
    const seen = timeline()
    const { result } = renderHook(
      () => {
        useQuery(marketQueries.dailyBars('02696.HK'))
        return useNews(['02696.HK'])
      },
      { wrapper: wrapper() },
    )

    await waitFor(() => expect(result.current.data.every(Boolean)).toBe(true), {
      timeout: 10_000,
    })
    expect(seen.firstStart('news')).toBeGreaterThanOrEqual(newsWaitLimitMs - 50)
    expect(seen.firstStart('news')).toBeLessThan(newsWaitLimitMs + 1_000)
  })

  it('starts at once when no prices are loading', async () => {
    const seen = timeline()
    const { result } = renderHook(() => useNews(['02696.HK']), { wrapper: wrapper() })

    await waitFor(() => expect(result.current.data.every(Boolean)).toBe(true), {
      timeout: 10_000,
    })
    expect(seen.firstStart('news')).toBeLessThan(newsWaitLimitMs / 2)
  })
})
