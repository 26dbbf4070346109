/**
 * How a store's state travels in the address bar. `read` applies what it understands from the
 * query string and returns one notice per parameter it had to ignore; `write` returns the
 * parameters that describe the current state (null = leave out).
 */
export interface UrlCodec {
  /** Parameter names this codec owns. */
  keys: readonly string[]
  read: (params: URLSearchParams) => string[]
  write: () => Record<string, string | null>
  /** Calls `listener` whenever the state behind the parameters changes; returns an unsubscribe. */
  subscribe: (listener: () => void) => () => void
}

/** The notice for a parameter that was ignored. */
export function ignoredParameter(key: string, value: string, expected: string): string {
  return `Ignored ${key}=${value} in the address: ${expected}.`
}
