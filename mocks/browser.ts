import { setupWorker } from 'msw/browser'
import { handlers } from '@mocks/handlers'

/**
 * Starts the MSW service worker that emulates the upstreams from the sample snapshot. Requests
 * the handlers do not know (the app's own assets) pass through untouched.
 */
export async function startSampleWorker() {
  const worker = setupWorker(...handlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
  return worker
}
