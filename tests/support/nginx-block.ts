import {
  upstreamHosts,
  upstreamOverrideVariable,
  upstreamRequestHeaders,
} from '@/providers/upstream'
import { contentSecurityPolicyHeader } from '../../vite.config'

/**
 * The production reverse-proxy block README.md documents, generated from the same host table and
 * headers as the dev / preview proxy (vite.config.ts), after the app's Content-Security-Policy as
 * a server-level header (the build's `<meta>` policy plus `frame-ancestors 'none'`).
 * tests/app/readme-proxy.test.ts checks that README carries exactly this text; when the table or
 * the policy changes, paste the new block from its failure.
 */
export function nginxUpstreamBlock(): string {
  const serverHeaders = [
    '# server level: inherited by every location that sets no header of its own',
    `add_header Content-Security-Policy "${contentSecurityPolicyHeader}" always;`,
    'add_header X-Content-Type-Options "nosniff" always;',
  ]
  const blocks = Object.entries(upstreamHosts).flatMap(([source, hosts]) =>
    Object.entries(hosts).map(([host, origin]) => {
      const headers = Object.entries(upstreamRequestHeaders(source)).map(
        ([name, value]) => `  proxy_set_header ${name} "${value}";`,
      )
      return [
        `location /upstream/${source}/${host}/ {`,
        `  proxy_pass ${origin}/;`,
        '  proxy_ssl_server_name on;',
        ...headers,
        '}',
      ].join('\n')
    }),
  )
  return [...serverHeaders, ...blocks].join('\n')
}

/** Every `BIOPULSE_UPSTREAM_<SOURCE>_<HOST>` variable with the origin it overrides. */
export function overrideVariables(): { variable: string; origin: string }[] {
  return Object.entries(upstreamHosts).flatMap(([source, hosts]) =>
    Object.entries(hosts).map(([host, origin]) => ({
      variable: upstreamOverrideVariable(source, host),
      origin,
    })),
  )
}
