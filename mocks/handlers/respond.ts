import { HttpResponse, type HttpResponseInit, type JsonBodyType } from 'msw'

const encoder = new TextEncoder()

/** The body as UTF-8 bytes, with `Content-Length` and a default `Content-Type`. */
function bytesResponse(text: string, defaultType: string, init: HttpResponseInit = {}) {
  const bytes = encoder.encode(text)
  const headers = new Headers(init.headers)
  if (!headers.has('Content-Type')) headers.set('Content-Type', defaultType)
  headers.set('Content-Length', String(bytes.byteLength))
  return new HttpResponse(bytes, { ...init, headers })
}

/**
 * What msw's `HttpResponse.json` answers (the body as JSON text, `Content-Type: application/json`
 * unless given, `Content-Length` in bytes), without its Blob: msw sizes the body with
 * `new Blob([text]).size`, and in Chromium every Blob is registered with the browser process. On a
 * cold load the 36 first answers each did so, on two cores the browser process shares with the
 * page; encoding the text here drew the first chart 0.08-0.2 s sooner (interleaved runs, README).
 */
export function jsonResponse(body: JsonBodyType, init?: HttpResponseInit) {
  return bytesResponse(JSON.stringify(body), 'application/json', init)
}

/** What msw's `HttpResponse.text` answers (`Content-Type: text/plain` unless given), without a Blob. */
export function textResponse(body: string, init?: HttpResponseInit) {
  return bytesResponse(body, 'text/plain', init)
}
