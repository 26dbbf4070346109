import { QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { createQueryClient } from '@/app/query-client'
import {
  useCompanyValuation,
  useIndexValuation,
  useSectorPe,
  useSectorValuation,
} from '@/queries/use-market-data'
import { server } from '@mocks/node'
import { queryWrapper, recordRequests } from '../support/query-hooks'

afterEach(() => server.events.removeAllListeners())

describe('valuation hooks over the sample snapshot', () => {
  it('computes the HK sector PS-TTM, fetching the FX rates once for all HK listings', async () => {
    const requests = recordRequests()
    const { result } = renderHook(() => useSectorValuation('HK', 'ps', 'aggregate'), {
      wrapper: queryWrapper(),
    })

    await waitFor(() => expect(result.current.data).toBeDefined(), { timeout: 10_000 })
    const day = result.current.data?.find((p) => p.date === '2025-02-26')
    expect(day?.value).toBeGreaterThan(0)
    expect(day?.constituents).toBeGreaterThanOrEqual(9)
    expect(result.current.failures).toEqual([])
    const fxRequests = requests.filter((r) => /secid=120\./.test(r))
    expect(fxRequests).toHaveLength(2) // HKD and USD, once each
  })

  it('loads only market cap and PE for the HK sector PE; a listing’s full history then adds PB and results', async () => {
    const requests = recordRequests()
    const client = createQueryClient({ retry: false })
    const shared = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    )
    const { result } = renderHook(() => useSectorPe('HK'), { wrapper: shared })

    await waitFor(() => expect(result.current.data).toBeDefined(), { timeout: 10_000 })
    /** The indicator (`query`) of each Baidu request among `seen`, for one code or all. */
    const baidu = (seen: string[], code?: string) =>
      seen
        .filter((r) => r.includes('/opendata?'))
        .map((r) => new URLSearchParams(r.slice(r.indexOf('?'))))
        .filter((query) => code === undefined || query.get('code') === code)
        .map((query) => query.get('query'))
    expect(baidu(requests, '02696').sort()).toEqual(['市盈率(TTM)', '总市值'].sort())
    expect(baidu(requests)).not.toContain('市净率')
    expect(requests.filter((r) => r.includes('RPT_HKF10_FN_MAININDICATOR'))).toEqual([])

    const before = requests.length
    const { result: company } = renderHook(() => useCompanyValuation('02696.HK'), {
      wrapper: shared,
    })
    await waitFor(() => expect(company.current.data).toBeDefined(), { timeout: 10_000 })
    const added = requests.slice(before)
    expect(added).toHaveLength(2)
    expect(baidu(added)).toEqual(['市净率'])
    expect(added.filter((r) => r.includes('RPT_HKF10_FN_MAININDICATOR'))).toHaveLength(1)
    const sectorDay = result.current.data?.find((p) => p.date === '2025-02-26')
    expect(sectorDay?.value).toBeGreaterThan(0)
    expect(company.current.data?.every((p) => p.pb !== null && p.psTtm !== null)).toBe(true)
  })

  it('keeps useSectorPe as the aggregate PE of useSectorValuation', async () => {
    const { result } = renderHook(
      () => [useSectorPe('A'), useSectorValuation('A', 'pe', 'aggregate')] as const,
      { wrapper: queryWrapper() },
    )

    await waitFor(() => expect(result.current[0].data && result.current[1].data).toBeTruthy(), {
      timeout: 10_000,
    })
    expect(result.current[0].data).toEqual(result.current[1].data)
  })

  it('loads one listing’s valuation history with PS-TTM for an HK listing', async () => {
    const { result } = renderHook(() => useCompanyValuation('02696.HK'), {
      wrapper: queryWrapper(),
    })

    await waitFor(() => expect(result.current.data).toBeDefined(), { timeout: 10_000 })
    expect(result.current.data?.at(-1)).toMatchObject({ date: '2026-11-20' })
    expect(result.current.data?.every((p) => p.psTtm !== null)).toBe(true)
  })

  it('loads the CSI 000991 close and PE', async () => {
    const { result } = renderHook(() => useIndexValuation('000991'), { wrapper: queryWrapper() })

    await waitFor(() => expect(result.current.data).toBeDefined(), { timeout: 10_000 })
    expect(result.current.data?.[0]?.date).toBe('2018-01-02')
    expect(result.current.data?.length).toBeGreaterThan(2000)
  })

  it('reports an index the site does not publish as an error', async () => {
    const { result } = renderHook(() => useIndexValuation('399006'), { wrapper: queryWrapper() })

    await waitFor(() => expect(result.current.error).not.toBeNull())
    expect(result.current.error?.message).toBe('CSI index valuation: no rows for index 399006')
  })
})
