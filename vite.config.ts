/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type ProxyOptions } from 'vite'
import { upstreamTargets } from './src/providers/upstream.ts'

/** Headers a browser on the vendor's own site would send; some upstreams refuse bare clients. */
const browserHeaders = {
  'User-Agent':
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
  'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.8',
}

const referers: Record<string, string> = {
  eastmoney: 'https://quote.eastmoney.com/',
  tencent: 'https://gu.qq.com/',
  baidu: 'https://gushitong.baidu.com/',
  csindex: 'https://www.csindex.com.cn/',
  hkex: 'https://www1.hkexnews.hk/search/titlesearch.xhtml',
}

/** Dev and preview proxy, live mode: /upstream/<source>/<host>/… → the real host (env-overridable). */
export function upstreamProxy(
  env: Record<string, string | undefined>,
): Record<string, ProxyOptions> {
  return Object.fromEntries(
    upstreamTargets(env).map(({ prefix, target }) => {
      const source = prefix.split('/')[2] ?? ''
      return [
        prefix,
        {
          target,
          changeOrigin: true,
          rewrite: (path: string) => path.slice(prefix.length) || '/',
          headers: { ...browserHeaders, Referer: referers[source] ?? target },
        },
      ]
    }),
  )
}

export default defineConfig(({ mode }) => {
  const env = { ...process.env, ...loadEnv(mode, process.cwd(), 'BIOPULSE_') }
  const proxy = upstreamProxy(env)
  return {
    plugins: [react()],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
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
