import { resolveDataSource, resolveSampleSnapshot } from '@/app/data-source'
import { storedDataSource } from '@/state/stored-source'
import { prefetchSnapshot } from '@mocks/snapshot-assets'

/**
 * The first script of index.html, before main.tsx, and nearly import-free: in sample mode it
 * registers the mock service worker and starts downloading the mock chunk and the snapshot (a JSON
 * asset) at once, while the app's own modules are still loading and evaluating — on a cold load the
 * worker installs about 0.2 s sooner and the snapshot arrives while the app renders its skeleton.
 * main.tsx decides the mode again with the validated store and starts the worker; doing either
 * twice is harmless (the same registration, the same module), and a guess that differs from
 * main.tsx's only costs a download or a missed head start.
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
  if (source !== 'sample') return
  void navigator.serviceWorker
    ?.register(`${import.meta.env.BASE_URL}mockServiceWorker.js`)
    .catch(() => undefined)
  const { snapshot } = resolveSampleSnapshot(
    window.location.search,
    import.meta.env.VITE_SAMPLE_SNAPSHOT,
  )
  prefetchSnapshot(snapshot)
  void import('@mocks/browser').catch(() => undefined)
}

boot()
