import { QueryClient } from '@tanstack/react-query'
import { installBenchHooks } from '@/app/bench-hooks'
import { isTransient, retryAfterMsOf } from '@/providers/fallback'

/** Longest Retry-After the query client waits out; a longer one fails the query now. */
export const maxRetryWaitMs = 60_000

/**
 * Query policy, consistent with the providers' fallback chains (src/providers/fallback.ts), which
 * already ask each source at most once per call and remember failures:
 *
 * - one retry, and only for failures a later attempt may not repeat (network errors and timeouts,
 *   HTTP 5xx and 429, including a chain whose sources failed that way); none for unusable answers
 *   or other 4xx, which a second try would repeat;
 * - the retry waits 2 s (then 4 s, … up to 30 s), or the upstream's Retry-After when it asked for
 *   longer; a Retry-After beyond a minute is not waited out (the query fails and says why; the
 *   fallback chain keeps the source blocked until then).
 *
 * Tests pass `retry: false`.
 */
export function createQueryClient({ retry = true }: { retry?: boolean } = {}) {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        retry: retry
          ? (failureCount, error) =>
              failureCount < 1 &&
              isTransient(error) &&
              (retryAfterMsOf(error) ?? 0) <= maxRetryWaitMs
          : false,
        retryDelay: (attempt, error) =>
          Math.max(Math.min(30_000, 2_000 * 2 ** attempt), retryAfterMsOf(error) ?? 0),
        refetchOnWindowFocus: false,
      },
    },
  })
  installBenchHooks(client)
  return client
}
