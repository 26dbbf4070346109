import { whenIdle } from '@/queries/load-order'
import { dashboardStore } from '@/state/dashboard-store'
import { compareUrlCodec } from '@/state/compare-url'
import { dashboardUrlCodec } from '@/state/dashboard-url'
import { moversUrlCodec } from '@/state/movers-store'
import type { UrlCodec } from '@/state/url-codec'
import { valuationUrlCodec } from '@/state/valuation-url'

/** Every store that travels in the address bar. Add a feature's codec here. */
const codecs: readonly UrlCodec[] = [
  dashboardUrlCodec,
  compareUrlCodec,
  valuationUrlCodec,
  moversUrlCodec,
]

/** Applies the address bar to the stores once, at start; ignored parameters become notices. */
export function applyUrl(search: string): void {
  const params = new URLSearchParams(search)
  const notices = codecs.flatMap((codec) => codec.read(params))
  if (notices.length > 0) dashboardStore.getState().actions.noticesAdded(notices)
}

/** The address for the current state: codec parameters plus any that no codec owns (e.g. source). */
export function currentSearch(previous: string): string {
  const params = new URLSearchParams(previous)
  for (const codec of codecs) {
    for (const key of codec.keys) params.delete(key)
    for (const [key, value] of Object.entries(codec.write()))
      if (value !== null) params.set(key, value)
  }
  // Commas need no escaping in a query string; keep lists such as tickers=A,B readable.
  const text = params.toString().replaceAll('%2C', ',')
  return text ? `?${text}` : ''
}

/** Keeps the address bar in step with the stores (replaceState: no history entry per click). */
export function syncUrl(): () => void {
  const update = () => {
    const search = currentSearch(window.location.search)
    if (search !== window.location.search) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      )
    }
  }
  // A store change (a click) first redraws, then writes the address: replaceState costs a few
  // milliseconds, and several changes in one task write it once.
  let scheduled: ReturnType<typeof setTimeout> | null = null
  const later = () => {
    scheduled ??= setTimeout(() => {
      scheduled = null
      update()
    }, 0)
  }
  const unsubscribes = codecs.map((codec) => codec.subscribe(later))
  // The first write (the defaults the address left out, e.g. `sel=HK&range=1Y`) waits for an idle
  // moment: at start the main thread is busy until the first chart is drawn. A store change before
  // then writes at once, as later ones do.
  const cancelFirst = whenIdle(update, 2_000)
  return () => {
    cancelFirst()
    if (scheduled !== null) clearTimeout(scheduled)
    unsubscribes.forEach((unsubscribe) => unsubscribe())
  }
}
