// A local stand-in for the real upstreams, for the bench's live-mode cold load: an HTTP server that
// answers what the sample handlers (mocks/handlers.ts) answer, over the network like the real hosts,
// so that the built app in live mode (`?source=live`, through the preview proxy) runs without MSW
// in the page. Each answer is built once and then served as bytes, so after one warm-up load the
// stand-in costs the machine almost nothing: the cold load it gives is the app's own share.
import { createServer as createHttpServer } from 'node:http'
import { getResponse } from 'msw'
import { createServer } from 'vite'

/**
 * Starts the stand-in. `env` holds the proxy overrides (BIOPULSE_UPSTREAM_<SOURCE>_<HOST>) that
 * point every upstream at it: set them in process.env before starting `vite preview`.
 */
export async function startLocalUpstream() {
  const vite = await createServer({
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'silent',
  })
  const { handlers } = await vite.ssrLoadModule('/mocks/handlers.ts')
  const { upstreamTargets, upstreamOverrideVariable } = await vite.ssrLoadModule(
    '/src/providers/upstream.ts',
  )

  const answers = new Map()
  const http = createHttpServer(async (request, response) => {
    try {
      // The proxy strips `/upstream` and keeps `/<source>/<host>/…` (the target's path).
      const url = `http://127.0.0.1/upstream${request.url}`
      let answer = answers.get(url)
      if (!answer) {
        const mocked = await getResponse(handlers, new Request(url))
        answer = mocked
          ? {
              status: mocked.status,
              headers: Object.fromEntries(mocked.headers),
              body: Buffer.from(await mocked.arrayBuffer()),
            }
          : { status: 404, headers: {}, body: Buffer.alloc(0) }
        answers.set(url, answer)
      }
      response.writeHead(answer.status, answer.headers)
      response.end(answer.body)
    } catch (error) {
      response.writeHead(500)
      response.end(String(error))
    }
  })
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve))
  const { port } = http.address()

  const env = Object.fromEntries(
    upstreamTargets({}).map(({ prefix }) => {
      const [, , source, host] = prefix.split('/')
      return [upstreamOverrideVariable(source, host), `http://127.0.0.1:${port}/${source}/${host}`]
    }),
  )
  return {
    env,
    close: async () => {
      await new Promise((resolve) => http.close(resolve))
      await vite.close()
    },
  }
}
