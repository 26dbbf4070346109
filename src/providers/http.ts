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
    super(`${source} answered HTTP ${status}${status === 429 ? ' (rate limited)' : ''}`)
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
}

function parseRetryAfter(value: string | null): number | null {
  if (value === null) return null
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds
  const at = Date.parse(value)
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - Date.now()) / 1000))
}

/** Absolute URL for a same-origin path, so the same code runs in the browser and under Node. */
function absolute(path: string): string {
  const origin = globalThis.location?.origin ?? 'http://localhost'
  return new URL(path, origin).toString()
}

/** GET a same-origin upstream path and return its body as text. */
export async function getText(path: string, options: GetTextOptions): Promise<string> {
  let response: Response
  try {
    response = await fetch(absolute(path), { signal: options.signal ?? null })
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason ?? error
    throw new NetworkError(options.source, error instanceof Error ? error.message : String(error))
  }
  if (!response.ok) {
    throw new HttpError(
      options.source,
      response.status,
      parseRetryAfter(response.headers.get('retry-after')),
    )
  }
  if (options.encoding === undefined) return response.text()
  return new TextDecoder(options.encoding).decode(await response.arrayBuffer())
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
