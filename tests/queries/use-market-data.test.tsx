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

function wrapper() {
  const client = createQueryClient({ retry: false })
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
}

/** Upstream requests seen while a test runs, as `host path?query`. */
function recordRequests(): string[] {
  const seen: string[] = []
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    seen.push(`${url.pathname}?${url.searchParams.toString()}`)
  })
  return seen
}

afterEach(() => server.events.removeAllListeners())

describe('valuation hooks over the sample snapshot', () => {
  it('computes the HK sector PS-TTM, fetching the FX rates once for all HK listings', async () => {
    const requests = recordRequests()
    const { result } = renderHook(() => useSectorValuation('HK', 'ps', 'aggregate'), {
      wrapper: wrapper(),
    })

    await waitFor(() => expect(result.current.data).toBeDefined(), { timeout: 10_000 })
    const day = result.current.data?.find((p) => p.date === '2025-02-26')
    expect(day?.value).toBeGreaterThan(0)
    expect(day?.constituents).toBeGreaterThanOrEqual(9)
    expect(result.current.failures).toEqual([])
    const fxRequests = requests.filter((r) => /secid=120\./.test(r))
    expect(fxRequests).toHaveLength(2) // HKD and USD, once each
  })

  it('keeps useSectorPe as the aggregate PE of useSectorValuation', async () => {
    const { result } = renderHook(
      () => [useSectorPe('A'), useSectorValuation('A', 'pe', 'aggregate')] as const,
      { wrapper: wrapper() },
    )

    await waitFor(() => expect(result.current[0].data && result.current[1].data).toBeTruthy(), {
      timeout: 10_000,
    })
    expect(result.current[0].data).toEqual(result.current[1].data)
  })

  it('loads one listing’s valuation history with PS-TTM for an HK listing', async () => {
    const { result } = renderHook(() => useCompanyValuation('02696.HK'), { wrapper: wrapper() })

    await waitFor(() => expect(result.current.data).toBeDefined(), { timeout: 10_000 })
    expect(result.current.data?.at(-1)).toMatchObject({ date: '2026-11-20' })
    expect(result.current.data?.every((p) => p.psTtm !== null)).toBe(true)
  })

  it('loads the CSI 000991 close and PE', async () => {
    const { result } = renderHook(() => useIndexValuation('000991'), { wrapper: wrapper() })

    await waitFor(() => expect(result.current.data).toBeDefined(), { timeout: 10_000 })
    expect(result.current.data?.[0]?.date).toBe('2018-01-02')
    expect(result.current.data?.length).toBeGreaterThan(2000)
  })

  it('reports an index the site does not publish as an error', async () => {
    const { result } = renderHook(() => useIndexValuation('399006'), { wrapper: wrapper() })

    await waitFor(() => expect(result.current.error).not.toBeNull())
    expect(result.current.error?.message).toBe('CSI index valuation: no rows for index 399006')
  })
})
