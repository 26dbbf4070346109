import { build, preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

/** Builds the app once and serves it with `vite preview`, as a user would run it. */
let server: PreviewServer | undefined

export async function setup(project: TestProject) {
  const outDir = 'dist-e2e'
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } })
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
