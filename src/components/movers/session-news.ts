import { newsSession } from '@/domain/news'
import type { IsoDate, Market, NewsItem, Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'

/** The news of `date`'s session for each listing, on its own market's calendar, oldest first. */
export function sessionNews(items: readonly NewsItem[], date: IsoDate): Map<Ticker, NewsItem[]> {
  const sessionOf: Record<Market, Map<string, IsoDate | null>> = { HK: new Map(), A: new Map() }
  const byTicker = new Map<Ticker, NewsItem[]>()
  for (const item of items) {
    for (const ticker of item.tickers) {
      const market = findListing(ticker)?.market
      if (!market) continue
      let session = sessionOf[market].get(item.id)
      if (session === undefined) {
        session = newsSession(item.publishedAt, market)
        sessionOf[market].set(item.id, session)
      }
      if (session !== date) continue
      const list = byTicker.get(ticker) ?? []
      list.push(item)
      byTicker.set(ticker, list)
    }
  }
  for (const list of byTicker.values())
    list.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
  return byTicker
}
