/// <reference types="vitest/config" />
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import sirv from 'sirv'
import { defineConfig, loadEnv, type Plugin, type ProxyOptions } from 'vite'
import { compression } from 'vite-plugin-compression2'
import { upstreamRequestHeaders, upstreamTargets } from './src/providers/upstream.ts'

/**
 * Dev and preview proxy, live mode: `/upstream/<source>/<host>/…` → the real host (or its
 * `BIOPULSE_UPSTREAM_<SOURCE>_<HOST>` override), with the prefix stripped and the headers a browser
 * on the vendor's own site would send (User-Agent, Referer). Keys end with `/` so that one host's
 * prefix never matches another's (`…/push2/` vs `…/push2delay/`, `…/push2his/`): Vite takes the
 * first key a path starts with.
 */
export function upstreamProxy(
  env: Record<string, string | undefined>,
): Record<string, ProxyOptions> {
  return Object.fromEntries(
    upstreamTargets(env).map(({ prefix, target }) => {
      const source = prefix.split('/')[2] ?? ''
      return [
        `${prefix}/`,
        {
          target,
          changeOrigin: true,
          rewrite: (path: string) => path.slice(prefix.length) || '/',
          headers: upstreamRequestHeaders(source),
        },
      ]
    }),
  )
}

/**
 * Content-Security-Policy of the built app. Scripts, styles and requests only from the app's own
 * origin (upstream data comes through the same-origin `/upstream/…` proxy; the sample data is
 * emulated inside the page); no workers of any kind (the app runs none); images also from `data:`
 * (the favicon) and `blob:` (the PNG export draws the chart SVG through a blob URL). No eval, no
 * inline script or style (React and recharts set styles through the CSSOM, which CSP does not
 * govern), no plugins; `<base>` and form posts only to the app itself.
 */
export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'worker-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
}

/** The policy as a header value: `default-src 'self'; script-src 'self'; …`. */
export function cspText(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

/**
 * The same policy as an HTTP header for production (README, nginx): it adds
 * `frame-ancestors 'none'` (no framing, against clickjacking), which a `<meta>` policy cannot carry.
 */
export const contentSecurityPolicyHeader = cspText({
  ...contentSecurityPolicy,
  'frame-ancestors': ["'none'"],
})

/**
 * Writes the policy into the built `index.html` as `<meta http-equiv="Content-Security-Policy">`,
 * first in `<head>`, before any script. Build only: the dev server injects inline scripts for
 * hot reloading, which the policy would block.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'biopulse-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspText(contentSecurityPolicy) },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * Writes the JSON assets (the snapshots of mocks/data) with every non-ASCII character escaped
 * (`复` as `\u590d`): the same JSON value, but a text Chromium decodes into a one-byte string,
 * where UTF-8 with Chinese names and news turned all 2 MB of the snapshot into two-byte text before
 * `JSON.parse`, 10-30 ms more of a cold load's main thread (README, Performance). The source files
 * stay readable; the precompressed copies are made from the escaped text (about the same size in
 * brotli).
 */
export function asciiJsonAssets(): Plugin {
  return {
    name: 'biopulse-ascii-json-assets',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset' || !output.fileName.endsWith('.json')) continue
        const text =
          typeof output.source === 'string'
            ? output.source
            : new TextDecoder('utf-8', { fatal: true }).decode(output.source)
        output.source = escapeNonAscii(text)
      }
    },
  }
}

/**
 * JSON text with each UTF-16 unit above U+007F written as `\uXXXX`, a surrogate pair as two: the
 * same value for `JSON.parse`, since JSON text has non-ASCII characters only inside strings.
 */
export function escapeNonAscii(json: string): string {
  return json.replace(
    /[\u0080-\uffff]/g,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/**
 * `vite preview` serves the build's precompressed assets: `assets/x.js.br` or `x.js.gz` (written by
 * vite-plugin-compression2, brotli quality 11 and gzip level 9) when the browser accepts the
 * encoding, the file itself otherwise. Without it the preview server compresses every response as
 * it sends it (gzip, on the same two cores the page runs on): a cold load spent about 0.1 s of that
 * machine's CPU recompressing the 2 MB sample snapshot and 1 MB of scripts, and the first chart was
 * drawn 0.1-0.15 s later (README, Performance). A production server should do the same (nginx
 * `gzip_static` and `brotli_static`, or a CDN that caches compressed copies).
 */
export function precompressedAssets(): Plugin {
  return {
    name: 'biopulse-precompressed-assets',
    configurePreviewServer(server) {
      const { root, base, build } = server.config
      server.middlewares.use(
        `${base}${build.assetsDir}`,
        sirv(resolve(root, build.outDir, build.assetsDir), {
          brotli: true,
          gzip: true,
          etag: true,
          // As Vite's own static middleware in preview: a lookup per request, `no-cache`.
          dev: true,
          extensions: [],
        }),
      )
    },
  }
}

/**
 * Vendor chunks, each cached on its own across releases of the app's code: React, then the query
 * and state libraries and zod (what the first paint needs), then recharts with its dependencies —
 * not needed for the first paint: the charts load it beside the data (see main-chart-panel.tsx),
 * and the secondary views share it, each view loading only the recharts modules it uses (the
 * chunks are named after the views that share them). Anything else (msw and the sample snapshot,
 * papaparse) stays in the lazy chunk that uses it.
 */
const nodeModule = (names: string) => new RegExp(`node_modules[\\\\/](${names})[\\\\/]`)
export const vendorChunks = [
  { name: 'vendor-react', test: nodeModule('react|react-dom|scheduler'), priority: 30 },
  {
    name: 'vendor-data',
    test: nodeModule('@tanstack|zustand|zod'),
    tags: ['$initial' as const],
    priority: 20,
  },
  {
    name: 'vendor-charts',
    test: nodeModule(
      'recharts|d3-[a-z]+|victory-vendor|@reduxjs|immer|reselect|react-redux|react-is|es-toolkit|decimal\\.js-light|eventemitter3|clsx|tiny-invariant|internmap|use-sync-external-store',
    ),
    priority: 10,
    // Split by the set of lazy chunks that use each module: the first chart loads the part of
    // recharts it draws with (379 KB), and the heat map's treemap and the valuation scatter
    // (38 KB between them) load with their own views.
    entriesAware: true,
  },
]

/** The project root (this file's folder), from a string URL: safe under any global `URL`. */
const root = dirname(fileURLToPath(import.meta.url))

export default defineConfig(({ mode }) => {
  const env = { ...process.env, ...loadEnv(mode, process.cwd(), 'BIOPULSE_') }
  const proxy = upstreamProxy(env)
  return {
    plugins: [
      react(),
      contentSecurityPolicyMeta(),
      asciiJsonAssets(),
      compression({ algorithms: ['brotliCompress', 'gzip'], logLevel: 'silent' }),
      precompressedAssets(),
    ],
    resolve: {
      alias: {
        '@': resolve(root, 'src'),
        '@mocks': resolve(root, 'mocks'),
        // The mock chunk without a cookie jar nothing uses (see the shim). Vitest (mode `test`) keeps
        // MSW's own; the browser tests and the bench build in `production` mode, with the shim.
        ...(mode === 'test'
          ? {}
          : { 'tough-cookie': resolve(root, 'mocks/shims/tough-cookie.ts') }),
      },
    },
    // No static files beside index.html: the sample data is the mock chunk and a JSON asset.
    publicDir: false,
    server: { proxy, host: '127.0.0.1', port: 5173 },
    preview: { proxy, host: '127.0.0.1', port: 4173 },
    build: {
      // The largest chunk is the part of recharts every chart uses (about 260 KB, 79 KB gzip; loaded
      // beside the chart's data). The sample snapshot is a JSON asset, not a chunk.
      chunkSizeWarningLimit: 500,
      rolldownOptions: {
        output: { codeSplitting: { groups: vendorChunks } },
        // Rolldown warns when plugins take most of a build; here that is the precompression (brotli
        // at quality 11 takes a few seconds over the 2 MB snapshot), by design.
        checks: { bundlerTimings: false },
      },
    },
    test: {
      restoreMocks: true,
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            setupFiles: ['tests/setup.ts'],
            include: ['tests/**/*.test.{ts,tsx}'],
            exclude: ['tests/browser/**'],
            testTimeout: 15_000,
          },
        },
        {
          // Real Chromium (playwright-core + Debian's chromium) against the built app.
          extends: true,
          test: {
            name: 'browser',
            environment: 'node',
            include: ['tests/browser/**/*.test.ts'],
            globalSetup: ['tests/browser/global-setup.ts'],
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  }
})
