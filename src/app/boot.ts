import { resolveDataSource, resolveSampleSnapshot } from '@/app/data-source'
import { unregisterMockWorkers } from '@/app/stale-worker'
import { storedDataSource } from '@/state/stored-source'
import { prefetchSnapshot } from '@mocks/snapshot-assets'

/**
 * The first script of index.html, before main.tsx, and nearly import-free: in sample mode it starts
 * downloading the mock chunk and the snapshot (a JSON asset) at once, while the app's own modules
 * are still evaluating, so that both have arrived when the app has drawn its skeleton. main.tsx
 * decides the mode again with the validated store and starts the emulation; importing twice is
 * harmless (the same module), and a guess that differs from main.tsx's only costs a download or a
 * missed head start. In either mode it retires the mock service worker of earlier builds.
 */
function boot() {
  const storage = (() => {
    try {
      return window.localStorage
    } catch {
      return undefined
    }
  })()
  const { source } = resolveDataSource(
    window.location.search,
    storedDataSource(storage),
    import.meta.env.VITE_DEFAULT_SOURCE,
  )
  void unregisterMockWorkers(navigator.serviceWorker)
  if (source !== 'sample') return
  const { snapshot } = resolveSampleSnapshot(
    window.location.search,
    import.meta.env.VITE_SAMPLE_SNAPSHOT,
  )
  prefetchSnapshot(snapshot)
  void import('@mocks/browser').catch(() => undefined)
}

boot()
