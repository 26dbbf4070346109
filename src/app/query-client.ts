import { QueryClient } from '@tanstack/react-query'
import { HttpError, UpstreamDataError } from '@/providers/http'

/**
 * Query policy: one retry for failures that may pass (network, 5xx), none for answers that will
 * not change on a second try (4xx other than 429, unusable payloads). Tests pass `retry: false`.
 */
export function createQueryClient({ retry = true }: { retry?: boolean } = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: retry
          ? (failureCount, error) => {
              if (error instanceof UpstreamDataError) return false
              if (error instanceof HttpError && error.status < 500 && error.status !== 429)
                return false
              return failureCount < 1
            }
          : false,
        retryDelay: (attempt) => Math.min(30_000, 2_000 * 2 ** attempt),
        refetchOnWindowFocus: false,
      },
    },
  })
}
