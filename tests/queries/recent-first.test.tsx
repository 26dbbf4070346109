import { renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { recentSessions } from '@/domain/recent'
import {
  useListingMoves,
  useSectorMoves,
  useSectorPe,
  type Progressive,
} from '@/queries/use-market-data'
import { baiduOpendataPath } from '@mocks/handlers/baidu'
import { server } from '@mocks/node'
import { queryWrapper, recordRequests } from '../support/query-hooks'

afterEach(() => server.events.removeAllListeners())

/**
 * Renders a `recentFirst` hook, keeps the first data it shows (from the recent windows) and waits
 * for the whole histories' data.
 */
async function firstAndWhole<T extends { date: string }>(hook: () => Progressive<T[]>) {
  let first: { data: T[]; exactAfter: string | null } | null = null
  const { result } = renderHook(
    () => {
      const value = hook()
      if (first === null && value.data !== undefined) {
        first = { data: value.data, exactAfter: value.exactAfter }
      }
      return value
    },
    { wrapper: queryWrapper() },
  )
  await waitFor(() => expect(result.current.exactAfter).toBeNull(), { timeout: 20_000 })
  await waitFor(() => expect(result.current.data).toBeDefined(), { timeout: 20_000 })
  const recent = first as { data: T[]; exactAfter: string | null } | null
  if (recent === null) throw new Error('the hook never showed data')
  return { recent, whole: result.current.data ?? [] }
}

/** The whole history's points on the days the recent figures cover. */
function sameDays<T extends { date: string }>(recent: T[], whole: T[]): T[] {
  const days = new Set(recent.map((point) => point.date))
  return whole.filter((point) => days.has(point.date))
}

describe('recent windows first, then the whole histories', () => {
  it('draws the HK sector moves from recent windows, each one equal to the whole history’s', async () => {
    const requests = recordRequests()
    const { recent, whole } = await firstAndWhole(() => useSectorMoves('HK', true, 'recentFirst'))

    expect(recent.exactAfter).not.toBeNull()
    // More than a year of sessions, all after exactAfter, and every one as the whole history has it.
    expect(recent.data.length).toBeGreaterThan(250)
    expect(recent.data.every((point) => point.date > (recent.exactAfter ?? ''))).toBe(true)
    expect(recent.data).toEqual(sameDays(recent.data, whole))
    expect(whole.length).toBeGreaterThan(recent.data.length * 5)

    // The windows were asked first: the last sessions of each kline, three years of Baidu; the
    // whole histories only after them.
    const firstWhole = requests.findIndex(
      (r) => /lmt=1000000/.test(r) || /chart_select=%E5%85%A8%E9%83%A8/.test(r),
    )
    const lastRecent = requests.findLastIndex(
      (r) =>
        new RegExp(`lmt=${recentSessions}\\b`).test(r) ||
        /chart_select=%E8%BF%91%E4%B8%89%E5%B9%B4/.test(r),
    )
    expect(lastRecent).toBeGreaterThanOrEqual(0)
    expect(firstWhole).toBeGreaterThan(lastRecent)
  })

  it('draws the HK sector PE from recent windows, equal to the whole history’s on those days', async () => {
    const { recent, whole } = await firstAndWhole(() => useSectorPe('HK', 'recentFirst'))

    // Three years of Baidu, but the FX window (the last 300 fixings) bounds the exact days.
    expect(recent.exactAfter).not.toBeNull()
    expect(recent.data.length).toBeGreaterThan(250)
    expect(recent.data).toEqual(sameDays(recent.data, whole))
    expect(whole[0]?.date.slice(0, 4)).toBe('2018')
  })

  it('draws a listing’s moves from its last sessions, equal to the whole history’s', async () => {
    const { recent, whole } = await firstAndWhole(() =>
      useListingMoves('02696.HK', true, 'recentFirst'),
    )

    expect(recent.data).toHaveLength(recentSessions - 2) // n bars → n − 1 moves, the first trimmed
    expect(recent.data).toEqual(sameDays(recent.data, whole))
  })

  it('loads the whole histories only when asked to', async () => {
    const requests = recordRequests()
    const { result } = renderHook(() => useSectorPe('HK'), { wrapper: queryWrapper() })

    await waitFor(() => expect(result.current.data).toBeDefined(), { timeout: 20_000 })
    expect(result.current.exactAfter).toBeNull()
    expect(requests.some((r) => /chart_select=%E8%BF%91%E4%B8%89%E5%B9%B4/.test(r))).toBe(false)
    expect(requests.some((r) => new RegExp(`lmt=${recentSessions}\\b`).test(r))).toBe(false)
  })

  it('keeps the recent figures and reports the whole history’s failure when only that fails', async () => {
    server.use(
      http.get(baiduOpendataPath, ({ request }) =>
        new URL(request.url).searchParams.get('chart_select') === '全部'
          ? HttpResponse.json({ ResultCode: 2, ResultMsg: 'busy', QueryID: '0' })
          : undefined,
      ),
    )
    const { result } = renderHook(() => useSectorPe('HK', 'recentFirst'), {
      wrapper: queryWrapper(),
    })

    await waitFor(() => expect(result.current.wholeError).not.toBeNull(), { timeout: 20_000 })
    expect(result.current.data?.length).toBeGreaterThan(250)
    expect(result.current.exactAfter).not.toBeNull()
    expect(result.current.wholeError?.message).toMatch(/ResultCode 2/)
  })
})
