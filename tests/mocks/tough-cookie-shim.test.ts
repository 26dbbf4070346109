import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { UserConfig } from 'vite'
import { describe, expect, it } from 'vitest'
import * as shim from '@mocks/shims/tough-cookie'
import config from '../../vite.config'

type ConfigFn = (env: { mode: string; command: 'serve' | 'build' }) => UserConfig

const aliasOf = (mode: string) =>
  ((config as ConfigFn)({ mode, command: 'build' }).resolve?.alias ?? {}) as Record<string, string>

/** MSW's cookie store module, as installed (the only msw module importing tough-cookie). */
function mswCookieStore(): string {
  const require = createRequire(import.meta.url)
  const root = dirname(require.resolve('msw/package.json'))
  return readFileSync(join(root, 'lib/core/utils/cookieStore.mjs'), 'utf8')
}

describe('the tough-cookie stand-in of the browser build', () => {
  it('replaces tough-cookie in builds and the dev server, not in the unit tests', () => {
    expect(aliasOf('production')['tough-cookie']).toMatch(/mocks\/shims\/tough-cookie\.ts$/)
    expect(aliasOf('development')['tough-cookie']).toMatch(/mocks\/shims\/tough-cookie\.ts$/)
    expect(aliasOf('test')['tough-cookie']).toBeUndefined()
  })

  it('exports every name the installed msw imports from tough-cookie, and the methods it calls', () => {
    const source = mswCookieStore()
    const imported = /import\s*\{([^}]*)\}\s*from\s*["']tough-cookie["']/.exec(source)?.[1]
    const names = (imported ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
    expect(names.sort()).toEqual(['Cookie', 'CookieJar', 'MemoryCookieStore'])
    for (const name of names) expect(shim).toHaveProperty(name)
    // The calls msw makes: a jar over a memory store with an `idx`, read and written per request.
    for (const call of ['getCookiesSync(', 'setCookie(', 'Cookie.fromJSON(', '.idx']) {
      expect(source).toContain(call)
    }
  })

  it('keeps no cookie', async () => {
    const jar = new shim.CookieJar()
    await jar.setCookie()
    expect(jar.getCookiesSync()).toEqual([])
    expect(shim.Cookie.fromJSON()).toBeNull()
    expect(new shim.MemoryCookieStore().idx).toEqual({})
  })
})
