import { QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { createQueryClient } from '@/app/query-client'
import { server } from '@mocks/node'

/** A renderHook wrapper around a fresh query client without retries. */
export function queryWrapper() {
  const client = createQueryClient({ retry: false })
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
}

/**
 * Upstream requests seen from now on, as `path?query`, in order. The caller removes the listener
 * (`server.events.removeAllListeners()` after each test).
 */
export function recordRequests(): string[] {
  const seen: string[] = []
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    seen.push(`${url.pathname}?${url.searchParams.toString()}`)
  })
  return seen
}
