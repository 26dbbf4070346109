import {
  upstreamHosts,
  upstreamOverrideVariable,
  upstreamRequestHeaders,
} from '@/providers/upstream'

/**
 * The production reverse-proxy block README.md documents, generated from the same host table and
 * headers as the dev / preview proxy (vite.config.ts). tests/app/readme-proxy.test.ts checks that
 * README carries exactly this text; when the table changes, paste the new block from its failure.
 */
export function nginxUpstreamBlock(): string {
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
  return blocks.join('\n')
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
