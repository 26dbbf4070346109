import { useQueryClient, type Query, type QueryCache } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'

/**
 * The query kinds (second part of a key, see market-queries.ts) that a view's chart and tables are
 * drawn from: prices, market caps and PE, FX, quotes.
 */
const priceKinds: ReadonlySet<string> = new Set([
  'daily-bars',
  'cap-pe',
  'valuation',
  'fx',
  'quotes',
])

/** Longest wait for the first prices before news and whole histories load anyway, in milliseconds. */
export const newsWaitLimitMs = 1_500

/** A price query in use that has no answer yet (neither data nor an error). */
function awaitsFirstAnswer(query: Query): boolean {
  return (
    query.state.status === 'pending' &&
    priceKinds.has(String(query.queryKey[1])) &&
    query.isActive()
  )
}

/** Per query cache: whether the first prices are in and drawn, and who is waiting to hear it. */
interface Latch {
  ready: boolean
  listeners: Set<() => void>
  /** Stops watching the cache (set while watching). */
  stop: (() => void) | null
  /** For useSyncExternalStore: starts watching with the first listener, stops after the last. */
  subscribe: (listener: () => void) => () => void
  isReady: () => boolean
}

const latches = new WeakMap<QueryCache, Latch>()

function latchOf(cache: QueryCache): Latch {
  const known = latches.get(cache)
  if (known) return known
  const latch: Latch = {
    ready: false,
    listeners: new Set(),
    stop: null,
    subscribe: (listener) => {
      latch.listeners.add(listener)
      if (!latch.ready && !latch.stop) latch.stop = watch(cache, latch)
      return () => {
        latch.listeners.delete(listener)
        if (latch.listeners.size === 0) latch.stop?.()
      }
    },
    isReady: () => latch.ready,
  }
  latches.set(cache, latch)
  return latch
}

/**
 * Watches the cache until every price query in use has its first answer, then waits for the next
 * idle moment (after the chart those answers draw), or `newsWaitLimitMs` at the latest, and sets
 * the latch for good. Checked after the commit that subscribed (every panel of the render has
 * created its queries by then), then on each change of the cache.
 */
function watch(cache: QueryCache, latch: Latch): () => void {
  let idle: (() => void) | null = null
  const finish = () => {
    stop()
    latch.ready = true
    for (const listener of [...latch.listeners]) listener()
  }
  const check = () => {
    if (idle || cache.getAll().some(awaitsFirstAnswer)) return
    idle = whenIdle(finish)
  }
  const unsubscribe = cache.subscribe(check)
  const first = setTimeout(check, 0)
  const limit = setTimeout(finish, newsWaitLimitMs)
  const stop = () => {
    unsubscribe()
    clearTimeout(first)
    clearTimeout(limit)
    idle?.()
    latch.stop = null
  }
  return stop
}

/**
 * Whether the first prices are in: every price query in use has its first answer (data or error)
 * and the page has drawn them (the next idle moment), or `newsWaitLimitMs` after the first
 * component asked, at the latest, so that a hanging price source holds nothing back. One answer per
 * query client, shared by every component; once true it stays true.
 *
 * Why: a cold load asks for about 70 upstream answers. The first chart needs recent prices; the
 * news (three requests per listing) and the whole histories (the statistics since 2018) can follow.
 * Asked together, they compete with the first prices for the browser's six connections to the
 * proxy (live mode) or for the main thread (sample mode), and the chart is drawn later. The first
 * render never counts as ready: the price queries of panels rendered after the news are only
 * created during that render.
 */
export function useFirstPricesDrawn(): boolean {
  const latch = latchOf(useQueryClient().getQueryCache())
  return useSyncExternalStore(latch.subscribe, latch.isReady, latch.isReady)
}

/** Whether news may start loading: once the first prices are drawn ({@link useFirstPricesDrawn}). */
export function useNewsReady(): boolean {
  return useFirstPricesDrawn()
}

/**
 * Runs `task` when the main thread is next idle (at most `timeoutMs` later, default 200 ms; a plain
 * timeout where the browser has no `requestIdleCallback`). Returns the cancel function.
 */
export function whenIdle(task: () => void, timeoutMs = 200): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: timeoutMs })
    return () => window.cancelIdleCallback(id)
  }
  const id = setTimeout(task, 0)
  return () => clearTimeout(id)
}
