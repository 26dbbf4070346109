/**
 * Sample mode used to run MSW's service worker (`mockServiceWorker.js`); it now emulates the
 * upstreams inside the page (mocks/browser.ts). A browser that opened an earlier build keeps that
 * worker registered for the app's origin, where it would still sit in front of every request the
 * app makes (answering none of them, since no page activates it). This removes such registrations
 * and no other: the app registers no worker of its own, but a reverse proxy may serve it beside
 * other apps that do.
 *
 * Returns how many registrations it removed; a browser without service workers, or one that
 * refuses the call (some private modes), removes none and throws nothing.
 */
export async function unregisterMockWorkers(
  container: Pick<ServiceWorkerContainer, 'getRegistrations'> | undefined,
): Promise<number> {
  if (!container) return 0
  try {
    const registrations = await container.getRegistrations()
    const stale = registrations.filter((registration) =>
      [registration.active, registration.waiting, registration.installing].some((worker) =>
        worker ? new URL(worker.scriptURL).pathname.endsWith('/mockServiceWorker.js') : false,
      ),
    )
    const removed = await Promise.all(stale.map((registration) => registration.unregister()))
    return removed.filter(Boolean).length
  } catch {
    return 0
  }
}
