import type { QueryClient } from '@tanstack/react-query'
import { marketQueries } from '@/queries/market-queries'

/** What `npm run bench` (tests/bench/bench.mjs) drives in the page, as `window.__biopulseBench`. */
export interface BenchHooks {
  /**
   * Refetches the active quote queries through the real path (provider, upstream or its emulation,
   * parsing, cache, watchlist render) and resolves when the new data are in the cache: one
   * quote-refresh cycle, as the 20 s poll would run it.
   */
  refreshQuotes: () => Promise<void>
}

declare global {
  interface Window {
    __biopulseBench?: BenchHooks
  }
}

/**
 * Exposes {@link BenchHooks} for the benchmark, only when the address has `bench=1`: nothing is
 * installed otherwise, and the hooks change no state the app would not change by itself.
 */
export function installBenchHooks(client: QueryClient): void {
  if (typeof window === 'undefined') return
  if (new URLSearchParams(window.location.search).get('bench') !== '1') return
  window.__biopulseBench = {
    refreshQuotes: () =>
      client.refetchQueries({ queryKey: [...marketQueries.all(), 'quotes'], type: 'active' }),
  }
}
