import { build, preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

/** Builds the app once and serves it with `vite preview`, as a user would run it. */
let server: PreviewServer | undefined

export async function setup(project: TestProject) {
  // Another folder (dist-*, git-ignored) lets two runs on one machine not wipe each other's build.
  const outDir = process.env.BIOPULSE_E2E_OUT_DIR ?? 'dist-e2e'
  // Vitest sets NODE_ENV=test, which would give a development build of React; test what ships.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } })
  process.env.NODE_ENV = nodeEnv
  server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report a URL')
  project.provide('baseUrl', url)
}

export async function teardown() {
  await server?.close()
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
