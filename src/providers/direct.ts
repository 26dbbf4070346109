import type { HttpTransport, UpstreamRoute } from '@/providers/http'
import { upstreamRequestHeaders, upstreamTargets } from '@/providers/upstream'

/**
 * Direct upstream access for Node callers (the snapshot recorder), where no same-origin proxy
 * exists: `/upstream/<source>/<host>/rest` goes to `<origin>/rest`, the origin being the real host
 * or its `BIOPULSE_UPSTREAM_<SOURCE>_<HOST>` override, with the headers the proxy would add
 * (browser-like User-Agent, the source's Referer). Browsers keep using the proxy: they cannot set
 * those headers, and most upstreams send no CORS headers.
 */
export function directRoute(
  env: Readonly<Record<string, string | undefined>>,
): (path: string) => UpstreamRoute {
  const targets = new Map(upstreamTargets(env).map(({ prefix, target }) => [prefix, target]))
  return (path) => {
    const [empty, upstream, source = '', host = ''] = path.split('/', 4)
    const prefix = `/upstream/${source}/${host}`
    const target = targets.get(prefix)
    const rest = path.slice(prefix.length)
    if (
      empty !== '' ||
      upstream !== 'upstream' ||
      target === undefined ||
      !/^([/?]|$)/.test(rest)
    ) {
      throw new RangeError(`"${path}" is not a known /upstream/<source>/<host> path`)
    }
    return {
      url: `${target.replace(/\/+$/, '')}${rest.startsWith('/') || rest === '' ? rest : `/${rest}`}`,
      headers: upstreamRequestHeaders(source),
    }
  }
}

/**
 * The direct transport when `BIOPULSE_DIRECT=1` is set in `env`, else null (keep same-origin
 * requests). `beforeRequest` is passed through, e.g. the recorder's polite pacing.
 */
export function directTransportFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  { beforeRequest }: Pick<HttpTransport, 'beforeRequest'> = {},
): HttpTransport | null {
  if (env.BIOPULSE_DIRECT !== '1') return null
  return { route: directRoute(env), ...(beforeRequest ? { beforeRequest } : {}) }
}
