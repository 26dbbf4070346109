import { useQueryClient, type Query } from '@tanstack/react-query'
import { useEffect, useState } from 'react'

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

/** Longest wait for the first prices before news loads anyway, in milliseconds. */
export const newsWaitLimitMs = 1_500

/** A price query in use that has no answer yet (neither data nor an error). */
function awaitsFirstAnswer(query: Query): boolean {
  return (
    query.state.status === 'pending' &&
    priceKinds.has(String(query.queryKey[1])) &&
    query.isActive()
  )
}

/**
 * Whether news may start loading: news waits until every price query in use has its first answer
 * (data or error) and the page has drawn them (the next idle moment), or `newsWaitLimitMs` after
 * the first mount at the latest, so that a hanging price source does not hold the news back. Once
 * true it stays true.
 *
 * Why: a cold load asks for about 70 upstream answers. The chart needs the prices; the news (three
 * requests per listing) only adds markers and a list. Asked together, the news answers compete with
 * the prices for the browser's six connections to the proxy (live mode) or for the main thread
 * (sample mode), and the chart is drawn later. The first render never counts as ready: the price
 * queries of panels rendered after the news are only created during that render.
 */
export function useNewsReady(): boolean {
  const cache = useQueryClient().getQueryCache()
  const [ready, setReady] = useState(false)
  useEffect(() => {
    if (ready) return
    let idle: (() => void) | null = null
    // Checked after the commit (every panel of the render has created its queries by then), then
    // on each change of the cache. Once the prices have answered, news starts when the main thread
    // is next idle: after the chart those answers draw.
    const check = () => {
      if (idle || cache.getAll().some(awaitsFirstAnswer)) return
      idle = whenIdle(() => setReady(true))
    }
    const unsubscribe = cache.subscribe(check)
    const first = setTimeout(check, 0)
    const limit = setTimeout(() => setReady(true), newsWaitLimitMs)
    return () => {
      unsubscribe()
      clearTimeout(first)
      clearTimeout(limit)
      idle?.()
    }
  }, [cache, ready])
  return ready
}

/**
 * Runs `task` when the main thread is next idle (at most 200 ms later; a plain timeout where the
 * browser has no `requestIdleCallback`). Returns the cancel function.
 */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: 200 })
    return () => window.cancelIdleCallback(id)
  }
  const id = setTimeout(task, 0)
  return () => clearTimeout(id)
}
