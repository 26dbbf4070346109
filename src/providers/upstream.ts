/**
 * The real upstream hosts, by source and host key. The browser never calls them directly: it calls
 * the same-origin path `/upstream/<source>/<host>/…`, which Vite's dev and preview servers (or any
 * reverse proxy in production) forward to the origin below. This table is the only place that
 * names upstream origins; vite.config.ts builds its proxy from it.
 */
export const upstreamHosts = {
  eastmoney: {
    push2his: 'https://push2his.eastmoney.com',
    push2: 'https://push2.eastmoney.com',
    push2delay: 'https://push2delay.eastmoney.com',
    datacenter: 'https://datacenter-web.eastmoney.com',
    search: 'https://search-api-web.eastmoney.com',
    anotice: 'https://np-anotice-stock.eastmoney.com',
  },
  tencent: {
    qt: 'https://qt.gtimg.cn',
    ifzq: 'https://web.ifzq.gtimg.cn',
  },
  baidu: {
    finance: 'https://finance.baidu.com',
  },
  csindex: {
    www: 'https://www.csindex.com.cn',
  },
  hkex: {
    www1: 'https://www1.hkexnews.hk',
  },
} as const

export type UpstreamSource = keyof typeof upstreamHosts
export type UpstreamHost<S extends UpstreamSource> = keyof (typeof upstreamHosts)[S] & string

/** Headers a browser on the vendor's own site would send; some upstreams refuse bare clients. */
export const browserLikeHeaders = {
  'User-Agent':
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
  'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.8',
} as const

/** The page each source's own site would send as Referer (Eastmoney and Sina check it). */
export const upstreamReferers: Record<UpstreamSource, string> = {
  eastmoney: 'https://quote.eastmoney.com/',
  tencent: 'https://gu.qq.com/',
  baidu: 'https://gushitong.baidu.com/',
  csindex: 'https://www.csindex.com.cn/',
  hkex: 'https://www1.hkexnews.hk/search/titlesearch.xhtml',
}

/**
 * Headers a server-side caller adds for one source: the proxies (Vite dev / preview, the
 * production reverse proxy) and direct Node callers (the snapshot recorder). A browser cannot set
 * them itself, which is one reason the app goes through the same-origin proxy.
 */
export function upstreamRequestHeaders(source: string): Record<string, string> {
  const referer = (upstreamReferers as Record<string, string | undefined>)[source]
  return { ...browserLikeHeaders, ...(referer ? { Referer: referer } : {}) }
}

/** Same-origin path for an upstream request: `/upstream/eastmoney/push2his/api/qt/…`. */
export function upstreamPath<S extends UpstreamSource>(
  source: S,
  host: UpstreamHost<S>,
  pathAndQuery: string,
): string {
  return `/upstream/${source}/${host}${pathAndQuery.startsWith('/') ? '' : '/'}${pathAndQuery}`
}

/**
 * Name of the environment variable that overrides one upstream origin (a mirror, a corporate
 * proxy, a local stand-in): `BIOPULSE_UPSTREAM_EASTMONEY_PUSH2HIS=http://127.0.0.1:9000`.
 */
export function upstreamOverrideVariable(source: string, host: string): string {
  return `BIOPULSE_UPSTREAM_${source}_${host}`.toUpperCase().replace(/[^A-Z0-9]/g, '_')
}

/** Every proxied prefix and its target origin, with environment overrides applied. */
export function upstreamTargets(
  env: Readonly<Record<string, string | undefined>>,
): { prefix: string; target: string }[] {
  return Object.entries(upstreamHosts).flatMap(([source, hosts]) =>
    Object.entries(hosts).map(([host, origin]) => ({
      prefix: `/upstream/${source}/${host}`,
      target: env[upstreamOverrideVariable(source, host)] ?? origin,
    })),
  )
}
