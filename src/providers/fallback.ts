import { HttpError, NetworkError } from '@/providers/http'
import type { SourceFailure, SourceName } from '@/providers/provenance'

/**
 * Fallback across sources, with a memory of failures per source.
 *
 * - Attempts run in order; the first success wins. Every failure counts: HTTP errors (429, 5xx,
 *   any non-2xx), network errors and timeouts, and unusable answers (`rc ≠ 0`, `data: null`,
 *   empty klines, HTML where JSON was expected), which the adapters turn into UpstreamDataError.
 * - A failed source is remembered for {@link failureMemoryMs} (or its `Retry-After`, if longer):
 *   while another source can answer it is skipped, so a broken primary costs one request per
 *   window rather than one per query; after the window it is probed again. When every source is
 *   resting, they are asked once more in order, as a last resort.
 * - `Retry-After` is a hard limit: a source that sent it is not asked again before it expires,
 *   even as a last resort. When no source may be asked, the call fails at once, without a request.
 * - Nothing here retries: one call asks each source at most once (the query client retries once,
 *   later, see src/app/query-client.ts). The caller's abort stops the chain and is never recorded.
 */

/** How long a failure is remembered. */
export const failureMemoryMs = 5 * 60_000

interface Health {
  /** Skip the source while another can answer, until then. */
  restUntil: number
  /** Never ask before then (Retry-After); 0 if none. */
  blockedUntil: number
  message: string
}

const health = new Map<SourceName, Health>()

/** Forgets every remembered failure (tests; a manual "try everything again"). */
export function resetSourceHealth(): void {
  health.clear()
}

/** Milliseconds the upstream asked us to wait (HTTP `Retry-After`), or null. */
export function retryAfterMsOf(error: unknown): number | null {
  if (error instanceof HttpError && error.retryAfterSeconds !== null) {
    return error.retryAfterSeconds * 1000
  }
  if (error instanceof SourcesFailedError) return error.retryAfterMs
  return null
}

/** Remembers that `source` just failed with `error`. */
export function recordFailure(source: SourceName, error: unknown, now = Date.now()): void {
  const retryAfterMs = retryAfterMsOf(error) ?? 0
  health.set(source, {
    restUntil: now + Math.max(failureMemoryMs, retryAfterMs),
    blockedUntil: retryAfterMs > 0 ? now + retryAfterMs : 0,
    message: messageOf(error),
  })
}

/** Forgets the failure of a source that just answered. */
export function recordSuccess(source: SourceName): void {
  health.delete(source)
}

/**
 * `ready` (no recent failure), `resting` (failed within the window: skip if possible) or `blocked`
 * (Retry-After in force: do not ask).
 */
export function sourceState(source: SourceName, now = Date.now()): 'ready' | 'resting' | 'blocked' {
  const known = health.get(source)
  if (!known || now >= known.restUntil) return 'ready'
  return now < known.blockedUntil ? 'blocked' : 'resting'
}

/** Every source failed (or could not be asked); `failures` says why, in order. */
export class SourcesFailedError extends Error {
  readonly failures: readonly SourceFailure[]
  readonly errors: readonly unknown[]
  /** Milliseconds until some source may be asked again (Retry-After), null when one may now. */
  readonly retryAfterMs: number | null

  constructor(
    failures: readonly SourceFailure[],
    errors: readonly unknown[],
    retryAfterMs: number | null,
  ) {
    super(failures.map(describeFailure).join('; ') || 'no source to ask')
    this.name = 'SourcesFailedError'
    this.failures = failures
    this.errors = errors
    this.retryAfterMs = retryAfterMs
  }
}

function describeFailure({ source, message, skipped }: SourceFailure): string {
  const text = message.startsWith(source) ? message : `${source}: ${message}`
  return skipped ? `${text} (not asked again yet)` : text
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** True for failures a later attempt may not repeat (network, timeout, 5xx, 429). */
export function isTransient(error: unknown): boolean {
  if (error instanceof SourcesFailedError) return error.errors.some(isTransient)
  if (error instanceof NetworkError) return true
  return error instanceof HttpError && (error.status >= 500 || error.status === 429)
}

export interface Attempt<T> {
  source: SourceName
  run: (signal: AbortSignal | undefined) => Promise<T>
}

export interface Outcome<T> {
  value: T
  source: SourceName
  /** True when an earlier attempt failed or was skipped. */
  fallbackUsed: boolean
  /** Earlier attempts that failed or were skipped, in order. */
  failures: SourceFailure[]
}

/**
 * The first attempt that succeeds, in order, skipping sources that failed recently (see above).
 * Throws SourcesFailedError when none succeeds, or the caller's abort reason.
 */
export async function firstSuccessful<T>(
  attempts: readonly Attempt<T>[],
  { signal }: { signal?: AbortSignal | undefined } = {},
): Promise<Outcome<T>> {
  const start = Date.now()
  const states = attempts.map(({ source }) => sourceState(source, start))
  const indices = attempts.map((_, i) => i)
  const ready = indices.filter((i) => states[i] === 'ready')
  const resting = indices.filter((i) => states[i] === 'resting')
  const notes = new Map<number, SourceFailure>()
  const errors: unknown[] = []
  attempts.forEach(({ source }, i) => {
    if (states[i] === 'ready') return
    const known = health.get(source)
    notes.set(i, { source, message: known?.message ?? 'failed recently', skipped: true })
  })

  for (const i of [...ready, ...resting]) {
    const attempt = attempts[i]
    if (!attempt) continue
    if (signal?.aborted) throw signal.reason
    try {
      const value = await attempt.run(signal)
      recordSuccess(attempt.source)
      const failures = [...notes.entries()]
        .filter(([index]) => index < i)
        .sort(([a], [b]) => a - b)
        .map(([, note]) => note)
      return { value, source: attempt.source, fallbackUsed: i > 0, failures }
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error
      recordFailure(attempt.source, error)
      errors.push(error)
      notes.set(i, { source: attempt.source, message: messageOf(error), skipped: false })
    }
  }

  const now = Date.now()
  const waits = attempts.map(({ source }) => {
    const known = health.get(source)
    return known && known.blockedUntil > now ? known.blockedUntil - now : 0
  })
  const wait = waits.length > 0 ? Math.min(...waits) : 0
  const failures = [...notes.entries()].sort(([a], [b]) => a - b).map(([, note]) => note)
  throw new SourcesFailedError(failures, errors, wait > 0 ? wait : null)
}

/**
 * One source on its own, under the same failure memory: asked unless its Retry-After is in force.
 * Used for results that merge several sources (news), where each part may fail on its own.
 */
export async function fromSource<T>(
  attempt: Attempt<T>,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<Outcome<T>> {
  return firstSuccessful([attempt], options)
}
