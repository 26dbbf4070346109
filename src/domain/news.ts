import { isTradingDay, nextTradingDay } from '@/domain/calendar'
import type { IsoDate, IsoDateTime, Market, NewsItem, Ticker } from '@/domain/types'

/** Regular close in exchange time (UTC+8), minutes after midnight: HK 16:00, mainland 15:00. */
export const closeMinutes: Record<Market, number> = { HK: 16 * 60, A: 15 * 60 }

/** Exchange-local (UTC+8) date and minute of the day of an instant; null if unparseable. */
export function exchangeClock(instant: IsoDateTime): { date: IsoDate; minutes: number } | null {
  const ms = Date.parse(instant)
  if (Number.isNaN(ms)) return null
  const local = new Date(ms + 8 * 3_600_000)
  return {
    date: local.toISOString().slice(0, 10),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  }
}

/**
 * The session a news item could have moved: the same day when published on a trading day before
 * the close (including before the open and during the lunch break), otherwise the market's next
 * trading day (published at or after the close — 16:00 HKT, 15:00 CST — or on a weekend or
 * holiday). Null when the instant is unparseable or outside the calendar's coverage.
 */
export function newsSession(publishedAt: IsoDateTime, market: Market): IsoDate | null {
  const clock = exchangeClock(publishedAt)
  if (!clock) return null
  try {
    if (isTradingDay(market, clock.date) && clock.minutes < closeMinutes[market]) return clock.date
    return nextTradingDay(market, clock.date)
  } catch {
    return null
  }
}

/**
 * Merges news lists from several searches: keeps items concerning at least one `relevant` listing,
 * drops duplicates by id, newest first.
 */
export function mergeNews(
  lists: readonly (readonly NewsItem[] | undefined)[],
  relevant: ReadonlySet<Ticker>,
): NewsItem[] {
  const byId = new Map<string, NewsItem>()
  for (const list of lists) {
    for (const item of list ?? []) {
      if (item.tickers.some((ticker) => relevant.has(ticker))) byId.set(item.id, item)
    }
  }
  return [...byId.values()].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
}
