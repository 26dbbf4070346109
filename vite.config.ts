/// <reference types="vitest/config" />
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type ProxyOptions } from 'vite'
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

/** The project root (this file's folder), from a string URL: safe under any global `URL`. */
const root = dirname(fileURLToPath(import.meta.url))

export default defineConfig(({ mode }) => {
  const env = { ...process.env, ...loadEnv(mode, process.cwd(), 'BIOPULSE_') }
  const proxy = upstreamProxy(env)
  return {
    plugins: [react()],
    resolve: {
      alias: {
        '@': resolve(root, 'src'),
        '@mocks': resolve(root, 'mocks'),
      },
    },
    // The MSW worker ships in every build: the built app also opens on the sample data.
    publicDir: 'mocks/public',
    server: { proxy, host: '127.0.0.1', port: 5173 },
    preview: { proxy, host: '127.0.0.1', port: 4173 },
    build: { chunkSizeWarningLimit: 1500 },
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
