import type { RequestHandler } from 'msw'
import { setupWorker } from 'msw/browser'
import { createHandlers } from '@mocks/create-handlers'
import { snapshotData } from '@mocks/snapshot-assets'

export { readScenario } from '@mocks/scenarios'

/** What the worker serves: the snapshot's name, and when it was recorded (null: synthetic). */
export interface SampleWorkerInfo {
  name: string
  recordedAt: string | null
}

/**
 * Starts the MSW service worker that emulates the upstreams from a snapshot: the synthetic sample
 * (`snapshot`, default) or another file of mocks/data by name (`recorded`). An unknown name throws
 * before anything starts. Requests the handlers do not know (the app's own assets) pass through.
 * `faults` puts a fault scenario's handlers (see mocks/scenarios.ts) before the snapshot's.
 */
export async function startSampleWorker(
  name = 'snapshot',
  faults: (base: readonly RequestHandler[]) => RequestHandler[] = () => [],
): Promise<SampleWorkerInfo> {
  const data = await snapshotData(name)
  const handlers = createHandlers(data)
  const worker = setupWorker(...faults(handlers), ...handlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
  return { name, recordedAt: data.recordedAt ?? null }
}
