import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import '@/providers/eastmoney/wire'
import {
  contentSecurityPolicy,
  contentSecurityPolicyHeader,
  contentSecurityPolicyMeta,
  cspText,
} from '../../vite.config'

const meta = cspText(contentSecurityPolicy)

describe('Content-Security-Policy (vite.config.ts)', () => {
  it('is the documented policy: own origin only, images also data: and blob:, no eval or inline code', () => {
    expect(meta).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "connect-src 'self'; worker-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
    )
    expect(meta).not.toMatch(/unsafe-|\*|https?:|frame-ancestors/)
    expect(contentSecurityPolicyHeader).toBe(`${meta}; frame-ancestors 'none'`)
  })

  it('is written into index.html at build time only, first in <head>', () => {
    const plugin: Plugin = contentSecurityPolicyMeta()
    expect(plugin.apply).toBe('build')
    // The hook is a plain function here; Vite's type allows an object form too.
    const transform = plugin.transformIndexHtml as unknown as (html: string) => unknown
    const tags = transform('<html></html>')
    expect(tags).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: meta },
        injectTo: 'head-prepend',
      },
    ])
  })

  it('is documented in README as the meta policy and as the production header', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(readme).toContain(`  \`\`\`text\n  ${meta}\n  \`\`\``)
    expect(readme).toContain(`Content-Security-Policy: ${contentSecurityPolicyHeader}`)
    expect(readme).toContain(
      `add_header Content-Security-Policy "${contentSecurityPolicyHeader}" always;`,
    )
  })

  it('zod runs jitless once a wire schema module is loaded (no new Function probe under CSP)', () => {
    expect(z.config().jitless).toBe(true)
  })
})
