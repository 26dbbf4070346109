import { useMemo } from 'react'
import { mergeNews, newsSession } from '@/domain/news'
import { basketListings } from '@/domain/sector'
import { marketOf } from '@/domain/tickers'
import type { Market, Ticker } from '@/domain/types'
import { findListing, universe } from '@/domain/universe'
import { formatExchangeTime, formatLongDate, zoneLabel } from '@/format'
import { useT } from '@/i18n'
import { useNews } from '@/queries/use-market-data'
import {
  useDashboardActions,
  useHighlightedDate,
  useLanguage,
  useSelection,
  type Selection,
} from '@/state/dashboard-store'
import { ExternalLink } from '@/components/external-link'
import { mainChartId } from '@/components/labels'
import { Panel, PanelError, Skeleton } from '@/components/panel'
import { ProvenanceNote } from '@/components/provenance-note'
import { StaleNotice } from '@/components/stale-notice'
import { combineProvenance } from '@/providers/provenance'

const maxItems = 40

/** One ticker per issuer concerned by the selection: news search is per issuer name. */
function newsTickers(selection: Selection): { query: Ticker[]; relevant: Set<Ticker> } {
  if (selection.kind === 'ticker') {
    const issuerId = findListing(selection.ticker)?.issuerId
    const relevant = new Set(universe.filter((l) => l.issuerId === issuerId).map((l) => l.ticker))
    return { query: [selection.ticker], relevant }
  }
  const listings = basketListings(selection.basket)
  return { query: listings.map((l) => l.ticker), relevant: new Set(listings.map((l) => l.ticker)) }
}

/** News and announcements for the selection, newest first, each linked to the session it belongs to. */
export function NewsPanel() {
  const selection = useSelection()
  const highlightedDate = useHighlightedDate()
  const actions = useDashboardActions()
  const language = useLanguage()
  const t = useT()
  const { query, relevant } = useMemo(() => newsTickers(selection), [selection])
  const market: Market =
    selection.kind === 'ticker' ? marketOf(selection.ticker) : selection.basket === 'A' ? 'A' : 'HK'
  const news = useNews(query)
  // Searches that failed with nothing to show; one that failed to refresh keeps its items and is
  // reported by the StaleNotice.
  const failures = news.errors.flatMap((error, i) =>
    error && news.data[i] === undefined ? [`${query[i]}: ${error.message}`] : [],
  )
  const items = useMemo(
    () => mergeNews(news.data, relevant).slice(0, maxItems),
    [news.data, relevant],
  )
  const pending = news.pending
  const headingId = 'related-news-heading'

  return (
    <Panel
      title={<span id={headingId}>{t('Related news')}</span>}
      className="news-panel"
      footer={
        <>
          <ProvenanceNote
            entries={[
              {
                label: t('News'),
                provenance: combineProvenance(news.provenance),
                failed: failures.length > 0 && items.length === 0 && !pending,
              },
            ]}
          />
          <p className="panel-note">
            {t(
              'Times in exchange time (UTC+8). News published after the close ({close}) or on a non-trading day belongs to the next session.',
              { close: market === 'HK' ? '16:00 HKT' : '15:00 CST' },
            )}
          </p>
        </>
      }
    >
      <StaleNotice stamps={news.stamps} onRetry={news.refetchFailed} />
      {failures.length > 0 && items.length === 0 && !pending ? (
        <PanelError
          message={t('News could not be loaded: {reason}', {
            reason: failures[0] ?? '',
          })}
          retryLabel={t('Retry')}
          onRetry={news.refetchFailed}
        />
      ) : pending && items.length === 0 ? (
        <Skeleton label={t('Loading news…')} lines={5} />
      ) : items.length === 0 ? (
        <p className="empty">{t('No news for this selection.')}</p>
      ) : (
        <ul className="news-list" aria-labelledby={headingId}>
          {items.map((item) => {
            const itemMarket = item.tickers.some((t) => marketOf(t) === market)
              ? market
              : marketOf(item.tickers[0] ?? '00000.HK')
            const session = newsSession(item.publishedAt, itemMarket)
            const chosen = session !== null && session === highlightedDate
            return (
              <li key={item.id} className={chosen ? 'news-item chosen' : 'news-item'}>
                <div className="news-meta">
                  <time dateTime={item.publishedAt}>
                    {formatExchangeTime(item.publishedAt)} {zoneLabel(itemMarket)}
                  </time>
                  <span className="news-source">{item.source}</span>
                  {item.kind === 'announcement' && (
                    <span className="news-kind">{t('Announcement')}</span>
                  )}
                </div>
                <ExternalLink className="news-title" url={item.url}>
                  {item.title}
                </ExternalLink>
                <div className="news-actions">
                  <ul className="chips" aria-label={t('Tickers')}>
                    {item.tickers.map((ticker) => (
                      <li key={ticker}>
                        <button
                          type="button"
                          className="chip"
                          onClick={() => actions.tickerSelected(ticker)}
                        >
                          {ticker}
                        </button>
                      </li>
                    ))}
                  </ul>
                  {session && (
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={chosen}
                      onClick={() => {
                        actions.dateHighlighted(chosen ? null : session)
                        if (!chosen)
                          document
                            .getElementById(mainChartId)
                            ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
                      }}
                    >
                      {chosen
                        ? t('Marked on chart')
                        : t('Show {date} on chart', { date: formatLongDate(session, language) })}
                    </button>
                  )}
                </div>
              </li>
            )
          })}
        </ul>
      )}
      {failures.length > 0 && items.length > 0 && (
        <p className="panel-warning" role="status">
          {t('Some news sources failed: {reasons}', { reasons: failures.join('; ') })}
        </p>
      )}
    </Panel>
  )
}
