import { UpstreamDataError } from '@/providers/http'

const wrapper = /^([A-Za-z_$][\w$.]*)\s*\(([\s\S]*)\)\s*;?$/

/**
 * Removes a JSONP wrapper `name({…})` or `name({…});` and returns the JSON text inside.
 *
 * With `callback`, the body must be wrapped in exactly that name (the search host echoes the
 * requested one; anything else is another response). Without it, a wrapper of any name is removed
 * and a bare JSON body passes unchanged, so the caller's JSON parser reports what else arrived.
 */
export function unwrapJsonp(text: string, source: string, callback?: string): string {
  const body = text.trim()
  const match = wrapper.exec(body)
  if (match) {
    const [, name = '', json = ''] = match
    if (callback !== undefined && name !== callback) {
      throw new UpstreamDataError(
        source,
        `JSONP callback "${name}" does not match the requested "${callback}"`,
      )
    }
    return json
  }
  if (callback === undefined) return body
  const start = body.slice(0, 60).replace(/\s+/g, ' ')
  const kind = /^<(!doctype|html)/i.test(start) ? 'an HTML page' : `"${start}"`
  throw new UpstreamDataError(source, `expected JSONP ${callback}(…) but received ${kind}`)
}
