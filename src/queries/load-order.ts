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
 * (data or error), or `newsWaitLimitMs` after the first mount at the latest, so that a hanging
 * price source does not hold the news back. Once true it stays true.
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
    // Checked after the commit (every panel of the render has created its queries by then), then
    // on each change of the cache, until the prices have answered or the wait is over.
    const check = () => {
      if (!cache.getAll().some(awaitsFirstAnswer)) setReady(true)
    }
    const unsubscribe = cache.subscribe(check)
    const first = setTimeout(check, 0)
    const limit = setTimeout(() => setReady(true), newsWaitLimitMs)
    return () => {
      unsubscribe()
      clearTimeout(first)
      clearTimeout(limit)
    }
  }, [cache, ready])
  return ready
}
