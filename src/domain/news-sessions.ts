import { exchangeClock, newsSession } from '@/domain/news'
import { marketOf } from '@/domain/tickers'
import type { IsoDate, IsoDateTime, Market, NewsItem } from '@/domain/types'

/**
 * News grouped by the session it could have moved (the rule of {@link newsSession}: the same day
 * when published on a trading day before the close — 16:00 HKT, 15:00 CST — else the market's
 * next session), and where in that session an item fell.
 */

/**
 * The market whose session an item is placed in: `preferred` when the item concerns any listing
 * of that market, else the market of its first listing (an A-share-only item seen from an HK
 * selection keeps mainland hours).
 */
export function newsMarket(item: Pick<NewsItem, 'tickers'>, preferred: Market): Market {
  if (item.tickers.some((ticker) => marketOf(ticker) === preferred)) return preferred
  const first = item.tickers[0]
  return first === undefined ? preferred : marketOf(first)
}

/**
 * Items by session, each session's items oldest first. `marketFor` says which market's clock and
 * calendar an item follows. Items whose time cannot be read, or that fall outside the calendar,
 * are left out.
 */
export function newsBySession(
  items: readonly NewsItem[],
  marketFor: (item: NewsItem) => Market,
): Map<IsoDate, NewsItem[]> {
  const sessions = new Map<IsoDate, NewsItem[]>()
  for (const item of items) {
    const session = newsSession(item.publishedAt, marketFor(item))
    if (session === null) continue
    const list = sessions.get(session)
    if (list) list.push(item)
    else sessions.set(session, [item])
  }
  for (const list of sessions.values()) {
    list.sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt))
  }
  return sessions
}

/**
 * The headlines of each session (titles, oldest first, each title once): what the main chart shows
 * in its tooltip and marks on its time axis.
 */
export function sessionHeadlines(
  items: readonly NewsItem[],
  marketFor: (item: NewsItem) => Market,
): Map<IsoDate, string[]> {
  const headlines = new Map<IsoDate, string[]>()
  for (const [session, list] of newsBySession(items, marketFor)) {
    headlines.set(session, [...new Set(list.map((item) => item.title))])
  }
  return headlines
}

/** Regular trading hours in exchange time (UTC+8), minutes after midnight. */
export const sessionHours: Record<
  Market,
  { open: number; morningClose: number; afternoonOpen: number; close: number }
> = {
  HK: { open: 9 * 60 + 30, morningClose: 12 * 60, afternoonOpen: 13 * 60, close: 16 * 60 },
  A: { open: 9 * 60 + 30, morningClose: 11 * 60 + 30, afternoonOpen: 13 * 60, close: 15 * 60 },
}

/**
 * Where an item falls against the session it belongs to: published after the previous session's
 * close or on a non-trading day before it (`after-previous-close`), before the open
 * (`pre-open`), in the morning session, the lunch break or the afternoon session.
 */
export type SessionTiming =
  'after-previous-close' | 'pre-open' | 'morning' | 'lunch-break' | 'afternoon'

/**
 * The timing of an item published at `publishedAt` against `session` of `market` (HK 09:30–12:00
 * and 13:00–16:00; mainland 09:30–11:30 and 13:00–15:00, UTC+8). Null when the time cannot be read
 * or the item does not belong to that session (published at or after its close, or after it).
 */
export function sessionTiming(
  publishedAt: IsoDateTime,
  market: Market,
  session: IsoDate,
): SessionTiming | null {
  const clock = exchangeClock(publishedAt)
  if (!clock || newsSession(publishedAt, market) !== session) return null
  if (clock.date < session) return 'after-previous-close'
  const hours = sessionHours[market]
  if (clock.minutes < hours.open) return 'pre-open'
  if (clock.minutes < hours.morningClose) return 'morning'
  if (clock.minutes < hours.afternoonOpen) return 'lunch-break'
  return 'afternoon' // before the close, or newsSession would have named the next session
}
