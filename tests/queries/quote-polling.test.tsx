import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import { http } from 'msw'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createQueryClient } from '@/app/query-client'
import { nextTradingDay } from '@/domain/calendar'
import type { Market } from '@/domain/types'
import { marketQueries } from '@/queries/market-queries'
import { quotePollMs, quoteRefetchInterval } from '@/queries/quote-polling'
import { tencentGbkQuotePath } from '@mocks/handlers/tencent'
import { server } from '@mocks/node'

const at = (instant: string) => Date.parse(instant)
const slack = 2_000
const minutes = 60_000

describe('quoteRefetchInterval', () => {
  // 2026-11-24 is a Tuesday, a trading day in both markets.
  it.each<[string, Market[], string, number]>([
    ['HK morning session', ['HK'], '2026-11-24T10:00:00+08:00', quotePollMs],
    ['A afternoon session', ['A'], '2026-11-24T14:59:00+08:00', quotePollMs],
    ['HK closing auction', ['HK'], '2026-11-24T16:05:00+08:00', quotePollMs],
    ['HK lunch break: until 13:00', ['HK'], '2026-11-24T12:30:00+08:00', 30 * minutes + slack],
    ['A lunch break: until 13:00', ['A'], '2026-11-24T11:45:00+08:00', 75 * minutes + slack],
    ['HK pre-open: until 09:30', ['HK'], '2026-11-24T09:10:00+08:00', 20 * minutes + slack],
    [
      'A after the close: the next morning at 09:30',
      ['A'],
      '2026-11-24T15:30:00+08:00',
      18 * 60 * minutes + slack,
    ],
    [
      'Saturday: Monday at 09:30',
      ['HK', 'A'],
      '2026-11-28T10:00:00+08:00',
      (47 * 60 + 30) * minutes + slack,
    ],
    ['A closed, HK trading: poll', ['HK', 'A'], '2026-11-24T15:30:00+08:00', quotePollMs],
  ])('%s', (_case, markets, instant, expected) => {
    expect(quoteRefetchInterval(markets, at(instant))).toBe(expected)
  })

  it('waits out a mainland holiday week', () => {
    const now = at('2026-10-01T10:00:00+08:00')
    const reopen = at(`${nextTradingDay('A', '2026-10-01')}T09:30:00+08:00`)
    expect(quoteRefetchInterval(['A'], now)).toBe(reopen - now + slack)
  })
})

describe('the quotes query polls only while a market is in session (fake clock)', () => {
  afterEach(() => vi.useRealTimers())

  function watchQuotes() {
    const seen = { count: 0 }
    server.use(
      http.get(tencentGbkQuotePath, () => {
        seen.count += 1
      }),
    )
    return seen
  }

  function render() {
    const client = createQueryClient({ retry: false })
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    )
    return renderHook(() => useQuery(marketQueries.quotes(['02696.HK', '600276.SH'])), { wrapper })
  }

  async function advance(ms: number) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(ms)
    })
  }

  it('refetches every 20 s during the HK morning session', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: false })
    vi.setSystemTime(at('2026-11-24T10:00:00+08:00'))
    const seen = watchQuotes()
    const { result } = render()
    await advance(100)
    expect(result.current.data?.data.quotes).toHaveLength(2)
    expect(seen.count).toBe(1)
    await advance(60_000)
    expect(seen.count).toBe(4)
  })

  it('does not refetch in the evening; the next fetch is at the next session', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: false })
    vi.setSystemTime(at('2026-11-24T20:00:00+08:00'))
    const seen = watchQuotes()
    const { result } = render()
    await advance(100)
    expect(result.current.data).toBeDefined()
    expect(seen.count).toBe(1)
    await advance(12 * 60 * minutes) // 08:00 the next morning
    expect(seen.count).toBe(1)
    await advance(90 * minutes + slack) // 09:30:02
    expect(seen.count).toBe(2)
  })
})
