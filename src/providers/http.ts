/**
 * The only code that calls `fetch`. Providers hand it a same-origin path (see upstream.ts) and get
 * the body text back, or a typed error that names the source and what went wrong.
 */

/** The upstream answered, but not with a success status. */
export class HttpError extends Error {
  readonly source: string
  readonly status: number
  readonly retryAfterSeconds: number | null

  constructor(source: string, status: number, retryAfterSeconds: number | null = null) {
    super(
      `${source} answered HTTP ${status}${status === 429 ? ' (rate limited)' : ''}${
        retryAfterSeconds === null ? '' : `, asked to wait ${retryAfterSeconds} s`
      }`,
    )
    this.name = 'HttpError'
    this.source = source
    this.status = status
    this.retryAfterSeconds = retryAfterSeconds
  }
}

/** The request never produced an answer (network error, abort, timeout). */
export class NetworkError extends Error {
  readonly source: string

  constructor(source: string, detail: string) {
    super(`${source} could not be reached: ${detail}`)
    this.name = 'NetworkError'
    this.source = source
  }
}

/** The upstream answered 200 but the payload is unusable (wrong shape, empty, refused). */
export class UpstreamDataError extends Error {
  readonly source: string

  constructor(source: string, detail: string) {
    super(`${source}: ${detail}`)
    this.name = 'UpstreamDataError'
    this.source = source
  }
}

export interface GetTextOptions {
  signal?: AbortSignal | undefined
  /** Character set of the body when the upstream does not send UTF-8 (e.g. `gbk`). */
  encoding?: string
  /** Source name used in error messages, e.g. `Eastmoney kline`. */
  source: string
  /** Give up after this many milliseconds without a complete answer (default: see setRequestTimeout). */
  timeoutMs?: number
}

/** Default request timeout: long enough for a 320 KB CSI history, short enough to fall back. */
export const defaultTimeoutMs = 15_000

let requestTimeoutMs = defaultTimeoutMs

/**
 * Changes the timeout of every later request that does not set its own: tests and the sample
 * mode's fault scenarios (`?scenario=hang&timeout=1500`) use a short one so that a request that
 * never answers fails in seconds. Only finite values of at least 1 ms are accepted.
 */
export function setRequestTimeout(ms: number): void {
  if (!Number.isFinite(ms) || ms < 1) throw new RangeError(`request timeout ${ms} ms is not usable`)
  requestTimeoutMs = ms
}

/** Back to {@link defaultTimeoutMs}. */
export function resetRequestTimeout(): void {
  requestTimeoutMs = defaultTimeoutMs
}

/** The timeout a request gets when it does not set its own. */
export function requestTimeout(): number {
  return requestTimeoutMs
}

/** The request actually sent for a same-origin upstream path. */
export interface UpstreamRoute {
  url: string
  /** Extra request headers (a direct caller sends what the proxy would otherwise add). */
  headers?: Readonly<Record<string, string>>
}

/**
 * How requests leave the process. The browser default sends the same-origin path to its own
 * origin (the proxy); Node callers such as the snapshot recorder install a `route` to the real
 * hosts (see direct.ts) and a `beforeRequest` hook for polite pacing.
 */
export interface HttpTransport {
  route?: (path: string) => UpstreamRoute
  /** Awaited before every request, with the URL about to be requested. */
  beforeRequest?: (url: string) => Promise<void>
}

let transport: HttpTransport = {}

/** Installs a transport for every later request (replacing the previous one). */
export function setHttpTransport(next: HttpTransport): void {
  transport = next
}

/** Back to the default: same-origin requests, no pacing. */
export function resetHttpTransport(): void {
  transport = {}
}

function parseRetryAfter(value: string | null): number | null {
  if (value === null) return null
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds
  const at = Date.parse(value)
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - Date.now()) / 1000))
}

/** Absolute URL for a same-origin path, so the same code runs in the browser and under Node. */
function sameOrigin(path: string): UpstreamRoute {
  const origin = globalThis.location?.origin ?? 'http://localhost'
  return { url: new URL(path, origin).toString() }
}

/**
 * GET an upstream path (`/upstream/<source>/<host>/…`) and return its body as text.
 *
 * Throws HttpError for a non-2xx status (with `Retry-After` parsed), NetworkError when no answer
 * arrives (including the timeout: "no answer within 15 s"), and the caller's abort reason when the
 * caller's signal aborts.
 */
export async function getText(path: string, options: GetTextOptions): Promise<string> {
  const { url, headers } = transport.route?.(path) ?? sameOrigin(path)
  const timeoutMs = options.timeoutMs ?? requestTimeoutMs
  const timeout = timeoutSignal(timeoutMs)
  const signal = options.signal ? anySignal([options.signal, timeout]) : timeout
  const failed = (error: unknown): unknown => {
    // The caller's own abort passes through unchanged (React Query recognises its reason).
    if (options.signal?.aborted) return options.signal.reason ?? error
    if (timeout.aborted) {
      return new NetworkError(options.source, `no answer within ${timeoutMs / 1000} s`)
    }
    return new NetworkError(options.source, error instanceof Error ? error.message : String(error))
  }

  if (transport.beforeRequest) await transport.beforeRequest(url)
  let response: Response
  try {
    response = await fetch(url, { signal, ...(headers ? { headers: { ...headers } } : {}) })
  } catch (error) {
    throw failed(error)
  }
  if (!response.ok) {
    // Release the connection; the body of an error page is not used.
    void response.body?.cancel().catch(() => {})
    throw new HttpError(
      options.source,
      response.status,
      parseRetryAfter(response.headers.get('retry-after')),
    )
  }
  try {
    if (options.encoding === undefined) return await response.text()
    return new TextDecoder(options.encoding).decode(await response.arrayBuffer())
  } catch (error) {
    throw failed(error)
  }
}

/** `AbortSignal.timeout`, or its equivalent where a browser lacks it. */
function timeoutSignal(ms: number): AbortSignal {
  if (typeof AbortSignal.timeout === 'function') return AbortSignal.timeout(ms)
  const controller = new AbortController()
  setTimeout(() => controller.abort(new DOMException('signal timed out', 'TimeoutError')), ms)
  return controller.signal
}

/** `AbortSignal.any`, or its equivalent where a browser lacks it (Safari < 17.4). */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals)
  const controller = new AbortController()
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason)
      break
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true })
  }
  return controller.signal
}

/**
 * Parses a JSON body, turning an HTML error page or truncated text into an UpstreamDataError
 * that says what arrived instead.
 */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    const start = text.trimStart().slice(0, 60).replace(/\s+/g, ' ')
    const kind = /^<(!doctype|html)/i.test(start) ? 'an HTML page' : `"${start}"`
    throw new UpstreamDataError(source, `expected JSON but received ${kind}`)
  }
}
