import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { upstreamHosts } from '@/providers/upstream'
import { nginxUpstreamBlock, overrideVariables } from '../support/nginx-block'

const readme = readFileSync('README.md', 'utf8')

describe('README documents the production proxy', () => {
  it('carries the nginx block generated from the host table', () => {
    // On failure, replace the block in README.md with the expected text.
    expect(readme).toContain(`\`\`\`nginx\n${nginxUpstreamBlock()}\n\`\`\``)
  })

  it('names every proxied prefix', () => {
    for (const [source, hosts] of Object.entries(upstreamHosts)) {
      for (const host of Object.keys(hosts)) {
        expect(readme).toContain(`location /upstream/${source}/${host}/ {`)
      }
    }
  })

  it('lists every override variable with the origin it replaces', () => {
    for (const { variable, origin } of overrideVariables()) {
      expect(readme).toMatch(
        new RegExp(`\\| \`${variable}\` +\\| ${origin.replaceAll('.', '\\.')} +\\|`),
      )
    }
  })
})
