import { sessionTiming } from '@/domain/news-sessions'
import type { IsoDate, Market, NewsItem } from '@/domain/types'
import { formatExchangeTime, zoneLabel } from '@/format'
import type { Translate } from '@/i18n'
import { ExternalLink } from '@/components/external-link'
import { timingText } from '@/components/movers/movers-labels'

const maxNewsPerRow = 4

/** The news of one listing's session, with when each item came relative to the session. */
export function NewsCell({
  items,
  market,
  date,
  t,
}: {
  items: readonly NewsItem[]
  market: Market
  date: IsoDate
  t: Translate
}) {
  if (items.length === 0) return null
  const shown = items.slice(0, maxNewsPerRow)
  return (
    <ul className="day-news">
      {shown.map((item) => {
        const timing = sessionTiming(item.publishedAt, market, date)
        return (
          <li key={item.id}>
            <span className="day-news-meta">
              <time dateTime={item.publishedAt}>
                {formatExchangeTime(item.publishedAt)} {zoneLabel(market)}
              </time>
              {timing && <> · {timingText(timing, t)}</>} · {item.source}
            </span>{' '}
            <ExternalLink url={item.url}>{item.title}</ExternalLink>
          </li>
        )
      })}
      {items.length > shown.length && (
        <li className="status-text">
          {t('{count} more in the news list', { count: items.length - shown.length })}
        </li>
      )}
    </ul>
  )
}
