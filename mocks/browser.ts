import type { RequestHandler } from 'msw'
import { setupWorker } from 'msw/browser'
import { createHandlers, snapshot as sampleSnapshot } from '@mocks/handlers'
import type { Snapshot } from '@mocks/snapshot/types'

export { readScenario } from '@mocks/scenarios'

/**
 * Other snapshots in mocks/data (e.g. `recorded.json`, written by `npm run snapshot:record`), each
 * loaded on demand as its own chunk: a build only contains the files present when it was built.
 */
const otherSnapshots = import.meta.glob<{ default: unknown }>([
  './data/*.json',
  '!./data/snapshot.json',
])

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
  let data: Snapshot = sampleSnapshot
  if (name !== 'snapshot') {
    const load = otherSnapshots[`./data/${name}.json`]
    if (!load) throw new RangeError(`no snapshot "${name}" in mocks/data`)
    data = (await load()).default as Snapshot
  }
  const handlers = createHandlers(data)
  const worker = setupWorker(...faults(handlers), ...handlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
  return { name, recordedAt: data.recordedAt ?? null }
}
