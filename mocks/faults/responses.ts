import { HttpResponse } from 'msw'
import type { Json } from '@mocks/faults/json-edits'
import { jsonResponse, textResponse } from '@mocks/handlers/respond'

/**
 * The answers of the fault scenarios: error pages, refusals, answers that never come, and real
 * answers reshaped or cut short.
 */

/** `cb({…});`, `kline_dayqfq={…}` or plain JSON, split so the JSON can be changed and rewrapped. */
interface Wrapped {
  before: string
  json: unknown
  after: string
}

function unwrap(text: string): Wrapped | null {
  const body = text.trim()
  const jsonp = /^([A-Za-z_$][\w$.]*\s*\()([\s\S]*)(\)\s*;?)$/.exec(body)
  const variable = body.startsWith('{') ? null : /^([A-Za-z_$][\w$]*\s*=)([\s\S]*?)(;?)$/.exec(body)
  const [before, inner, after] = jsonp
    ? [jsonp[1] ?? '', jsonp[2] ?? '', jsonp[3] ?? '']
    : variable
      ? [variable[1] ?? '', variable[2] ?? '', variable[3] ?? '']
      : ['', body, '']
  try {
    return { before, json: JSON.parse(inner), after }
  } catch {
    return null
  }
}

/** The content type of an answer, for a changed copy (never its now-wrong Content-Length). */
const typeOf = (response: Response) =>
  response.headers.get('Content-Type') ?? 'application/json; charset=utf-8'

/** An upstream answer changed by `change` (which edits the JSON in place, or returns a new one). */
export async function reshaped(
  response: Response,
  change: (json: unknown) => unknown,
): Promise<Response> {
  const text = await response.text()
  const wrapped = unwrap(text)
  if (!wrapped) return new HttpResponse(text, { status: response.status })
  const json = change(wrapped.json) ?? wrapped.json
  return new HttpResponse(`${wrapped.before}${JSON.stringify(json)}${wrapped.after}`, {
    status: response.status,
    headers: { 'Content-Type': typeOf(response) },
  })
}

/** An HTML error page as nginx sends it in front of a failing upstream. */
export function htmlErrorPage(status: number, reason: string): HttpResponse<string> {
  return HttpResponse.html(
    `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
    { status },
  )
}

/** What a web application firewall sends instead of data, with status 200. */
export const blockedPage = () =>
  HttpResponse.html(
    '<!DOCTYPE html><html><head><title>Access Denied</title></head><body><h1>Access Denied</h1><p>Your request has been blocked.</p></body></html>',
  )

/** Waits until the client gives up (its timeout aborts the request); never answers by itself. */
export async function neverAnswer(request: Request): Promise<Response> {
  await new Promise<void>((resolve) => {
    if (request.signal.aborted) resolve()
    else request.signal.addEventListener('abort', () => resolve(), { once: true })
  })
  return HttpResponse.error()
}

/** The request's callback name (JSONP endpoints), or a default. */
export const callbackOf = (request: Request, key: string) =>
  new URL(request.url).searchParams.get(key) ?? 'callback'

/** The JSON body, wrapped in the request's callback when it asked for one (JSONP). */
export function jsonOrJsonp(request: Request, key: string, body: unknown): Response {
  const callback = new URL(request.url).searchParams.get(key)
  return callback
    ? textResponse(`${callback}(${JSON.stringify(body)});`, {
        headers: { 'Content-Type': 'application/javascript; charset=UTF-8' },
      })
    : jsonResponse(body as Json)
}

/** Bytes of the real answer cut in half, inside a value (never at a line or statement end). */
export async function truncated(response: Response): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer())
  let cut = Math.floor(bytes.length / 2)
  // `\n`, `;`, `"`: stepping back from a statement's end keeps a quote line unterminated.
  while (cut > 1 && [0x0a, 0x3b, 0x22].includes(bytes[cut - 1] ?? 0)) cut -= 1
  return new HttpResponse(bytes.slice(0, cut), {
    status: response.status,
    headers: { 'Content-Type': typeOf(response) },
  })
}
