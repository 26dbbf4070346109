import { FetchInterceptor } from '@mswjs/interceptors/fetch'
import { getResponse, type RequestHandler } from 'msw'
import { createHandlers } from '@mocks/create-handlers'
import { snapshotData } from '@mocks/snapshot-assets'

export { readScenario } from '@mocks/scenarios'

/** What the emulation serves: the snapshot's name, and when it was recorded (null: synthetic). */
export interface SampleDataInfo {
  name: string
  recordedAt: string | null
}

/**
 * The handlers the page's one interceptor answers with: null before the first start; a later start
 * replaces them.
 */
let handlers: RequestHandler[] | null = null

/** Resolves in a later task of the event loop. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Starts emulating the upstreams in this page from a snapshot: the synthetic sample (`snapshot`,
 * default) or another file of mocks/data by name (`recorded`). An unknown name, or a snapshot that
 * cannot be downloaded, throws before anything is intercepted. `faults` puts a fault scenario's
 * handlers (see mocks/scenarios.ts) before the snapshot's.
 *
 * The snapshot's MSW handlers (the same ones the unit tests run under `setupServer`) answer the
 * app's `fetch` calls inside the page: @mswjs/interceptors' FetchInterceptor, which MSW itself uses
 * where a browser has no service worker, hands each request to msw's `getResponse`, and requests no
 * handler knows (the app's own files) go to the network. The providers' code path is the one of
 * live mode: they fetch `/upstream/…` and read the upstream's wire format.
 *
 * Not MSW's service worker: on a cold load the worker had to install, and every request crossed
 * from the page to the worker and back as messages, with the handlers still running in the page;
 * answering in the page drew the first chart 0.13-0.2 s sooner (interleaved runs, README). The
 * difference a developer sees: the emulated requests are not in the browser's network panel.
 *
 * Each answer is computed in a task of its own, so that the 20-odd requests the app sends at once
 * after the first chart do not make one long task that would hold up a pointer move.
 */
export async function startSampleData(
  name = 'snapshot',
  faults: (base: readonly RequestHandler[]) => RequestHandler[] = () => [],
): Promise<SampleDataInfo> {
  const data = await snapshotData(name)
  const base = createHandlers(data)
  const first = handlers === null
  handlers = [...faults(base), ...base]
  if (first) {
    const interceptor = new FetchInterceptor()
    interceptor.on('request', async ({ request, controller }) => {
      await nextTask()
      const response = await getResponse(handlers ?? [], request)
      if (response) controller.respondWith(response)
    })
    interceptor.apply()
  }
  return { name, recordedAt: data.recordedAt ?? null }
}
