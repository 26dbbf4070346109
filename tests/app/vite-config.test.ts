import type { ProxyOptions, UserConfig } from 'vite'
import { describe, expect, it } from 'vitest'
import { upstreamHosts, upstreamOverrideVariable } from '@/providers/upstream'
import config, { asciiJsonAssets, escapeNonAscii, upstreamProxy } from '../../vite.config'

const hosts = Object.entries(upstreamHosts).flatMap(([source, table]) =>
  Object.entries(table).map(([host, origin]) => ({
    source,
    host,
    origin,
    prefix: `/upstream/${source}/${host}`,
  })),
)

/** The entry Vite's proxy middleware picks for a URL: the first key the URL starts with. */
function pick(proxy: Record<string, ProxyOptions>, url: string): ProxyOptions | undefined {
  const key = Object.keys(proxy).find((context) => url.startsWith(context))
  return key === undefined ? undefined : proxy[key]
}

describe('upstream proxy (vite.config.ts)', () => {
  const resolved = (config as (env: { mode: string; command: 'serve' }) => UserConfig)({
    mode: 'test',
    command: 'serve',
  })

  it('has a dev and a preview entry for every host of the table', () => {
    const keys = hosts.map(({ prefix }) => `${prefix}/`).sort()
    expect(Object.keys(resolved.server?.proxy ?? {}).sort()).toEqual(keys)
    expect(Object.keys(resolved.preview?.proxy ?? {}).sort()).toEqual(keys)
  })

  it('sends each prefix to its own origin (push2 is not push2delay or push2his)', () => {
    const proxy = upstreamProxy({})
    for (const { prefix, origin } of hosts) {
      const entry = pick(proxy, `${prefix}/api/x?y=1`)
      expect(entry?.target).toBe(origin)
      expect(entry?.changeOrigin).toBe(true)
      expect(entry?.rewrite?.(`${prefix}/api/x?y=1`)).toBe('/api/x?y=1')
    }
    expect(
      pick(proxy, '/upstream/tencent/qt/q=hk02696,sh600276')?.rewrite?.(
        '/upstream/tencent/qt/q=hk02696,sh600276',
      ),
    ).toBe('/q=hk02696,sh600276')
  })

  it('lets BIOPULSE_UPSTREAM_<SOURCE>_<HOST> replace the target', () => {
    const variable = upstreamOverrideVariable('eastmoney', 'push2his')
    expect(variable).toBe('BIOPULSE_UPSTREAM_EASTMONEY_PUSH2HIS')
    const proxy = upstreamProxy({ [variable]: 'http://127.0.0.1:9000' })
    expect(proxy['/upstream/eastmoney/push2his/']?.target).toBe('http://127.0.0.1:9000')
    expect(proxy['/upstream/eastmoney/push2/']?.target).toBe('https://push2.eastmoney.com')
  })

  it('sets a browser User-Agent and the source’s Referer', () => {
    const proxy = upstreamProxy({})
    expect(proxy['/upstream/eastmoney/push2his/']?.headers).toMatchObject({
      Referer: 'https://quote.eastmoney.com/',
      'User-Agent': expect.stringMatching(/^Mozilla\/5.0 /),
    })
    expect(proxy['/upstream/tencent/qt/']?.headers?.Referer).toBe('https://gu.qq.com/')
    expect(proxy['/upstream/hkex/www1/']?.headers?.Referer).toBe(
      'https://www1.hkexnews.hk/search/titlesearch.xhtml',
    )
  })
})

describe('JSON assets in ASCII (vite.config.ts)', () => {
  const text = JSON.stringify({
    name: '复宏汉霖',
    note: 'café 😀',
    plain: 'ASCII "quoted" \\ text',
  })

  it('escapes every character above U+007F and keeps the JSON value', () => {
    const escaped = escapeNonAscii(text)
    expect(escaped).toMatch(/^[\x20-\x7e]*$/)
    expect(escaped).toContain('\\u590d\\u5b8f\\u6c49\\u9716')
    expect(escaped).toContain('caf\\u00e9 \\ud83d\\ude00')
    expect(JSON.parse(escaped)).toEqual(JSON.parse(text))
    expect(escapeNonAscii('{"a":1}')).toBe('{"a":1}')
  })

  it('rewrites the JSON assets of a build and nothing else', () => {
    const plugin = asciiJsonAssets()
    const bundle = {
      'assets/snapshot-x.json': { type: 'asset', fileName: 'assets/snapshot-x.json', source: text },
      'assets/recorded-x.json': {
        type: 'asset',
        fileName: 'assets/recorded-x.json',
        source: new TextEncoder().encode(text),
      },
      'assets/index-x.css': {
        type: 'asset',
        fileName: 'assets/index-x.css',
        source: 'a::after{content:"→"}',
      },
      'assets/index-x.js': { type: 'chunk', fileName: 'assets/index-x.js', code: 'const s="→"' },
    }
    const hook = plugin.generateBundle as unknown as (
      options: unknown,
      output: typeof bundle,
    ) => void
    hook.call({}, {}, bundle)
    expect(bundle['assets/snapshot-x.json'].source).toBe(escapeNonAscii(text))
    expect(bundle['assets/recorded-x.json'].source).toBe(escapeNonAscii(text))
    expect(bundle['assets/index-x.css'].source).toBe('a::after{content:"→"}')
    expect(bundle['assets/index-x.js'].code).toBe('const s="→"')
  })
})
