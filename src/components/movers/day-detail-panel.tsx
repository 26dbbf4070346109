import { useMemo } from 'react'
import { dayDetail, type BasketDay, type DayRow, type MarketDay } from '@/domain/day-detail'
import { newsSession } from '@/domain/news'
import { sessionTiming } from '@/domain/news-sessions'
import type { Basket } from '@/domain/sector'
import type { IsoDate, Market, NewsItem, Ticker } from '@/domain/types'
import { findListing, universe } from '@/domain/universe'
import { formatExchangeTime, formatLongDate, zoneLabel } from '@/format'
import { useT, type Translate } from '@/i18n'
import { newsSearchTickers, useMergedNews, useUniverseHistory } from '@/queries/use-universe-data'
import { useDashboardActions, useLanguage, type Language } from '@/state/dashboard-store'
import { ChangeText } from '@/components/change-cell'
import { ExternalLink } from '@/components/external-link'
import { basketLabels } from '@/components/labels'
import { Panel, PanelError, Skeleton } from '@/components/panel'
import { ProvenanceNote } from '@/components/provenance-note'
import { StaleNotice } from '@/components/stale-notice'
import { useDataChecks } from '@/components/use-data-checks'
import { DayPicker } from '@/components/movers/day-picker'
import {
  closureText,
  exchangeLabels,
  formatPoints,
  formatWeight,
  listingName,
  timingText,
} from '@/components/movers/movers-labels'
import '@/components/movers/movers.css'

const everyTicker: ReadonlySet<Ticker> = new Set(universe.map((listing) => listing.ticker))
const basketOrder: readonly Basket[] = ['HK', 'A', 'ALL']
const maxNewsPerRow = 4

/** The news of `date`'s session for each listing, on its own market's calendar, oldest first. */
function sessionNews(items: readonly NewsItem[], date: IsoDate): Map<Ticker, NewsItem[]> {
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

function statusText(row: DayRow, t: Translate, language: Language): string {
  switch (row.status) {
    case 'market-closed':
      return t('market closed')
    case 'suspended':
      return t('suspended')
    case 'listing-day':
      return t('listing day')
    case 'not-listed':
      return t('listed {date}', { date: formatLongDate(row.listing.listingDate, language) })
    case 'no-data':
      return t('no data')
    default:
      return ''
  }
}

function ClosureNotes({
  markets,
  date,
  latest,
  t,
  language,
}: {
  markets: Record<Market, MarketDay>
  date: IsoDate
  latest: IsoDate | null
  t: Translate
  language: Language
}) {
  const notes: string[] = []
  for (const market of ['HK', 'A'] as const) {
    const day = markets[market]
    if (day.open === false) {
      notes.push(
        day.nextSession
          ? t(
              '{exchange} closed on {date}: {reason}. News published that day belongs to its next session, {next}.',
              {
                exchange: t(exchangeLabels[market]),
                date: formatLongDate(date, language),
                reason: closureText(day.reason, t),
                next: formatLongDate(day.nextSession, language),
              },
            )
          : t('{exchange} closed on {date}: {reason}.', {
              exchange: t(exchangeLabels[market]),
              date: formatLongDate(date, language),
              reason: closureText(day.reason, t),
            }),
      )
    } else if (day.open === null) {
      notes.push(
        t('{exchange}: {date} is outside the trading calendar.', {
          exchange: t(exchangeLabels[market]),
          date,
        }),
      )
    }
  }
  if (latest !== null && date > latest && (markets.HK.open !== false || markets.A.open !== false))
    notes.push(
      t('No data for {date} yet: the latest session is {latest}.', {
        date: formatLongDate(date, language),
        latest: formatLongDate(latest, language),
      }),
    )
  if (notes.length === 0) return null
  return (
    <div className="day-closures" role="status">
      {notes.map((note) => (
        <p key={note} className="panel-warning">
          {note}
        </p>
      ))}
    </div>
  )
}

function SectorMoves({
  baskets,
  date,
  t,
  language,
}: {
  baskets: Record<Basket, BasketDay | null>
  date: IsoDate
  t: Translate
  language: Language
}) {
  const name = (ticker: Ticker) => {
    const listing = findListing(ticker)
    return listing ? listingName(listing, language) : ticker
  }
  return (
    <div className="table-scroll">
      <table
        className="data-table sector-day-table"
        aria-label={t('Sector move on {date}', { date: formatLongDate(date, language) })}
      >
        <thead>
          <tr>
            <th scope="col">{t('Basket')}</th>
            <th scope="col" className="num">
              {t('Cap-weighted')}
            </th>
            <th scope="col" className="num">
              {t('Equal-weighted')}
            </th>
            <th scope="col" className="num">
              {t('Up / down')}
            </th>
            <th scope="col">{t('Largest contributions')}</th>
          </tr>
        </thead>
        <tbody>
          {basketOrder.map((basket) => {
            const day = baskets[basket]
            return (
              <tr key={basket}>
                <th scope="row">{t(basketLabels[basket])}</th>
                {day ? (
                  <>
                    <td className="num">
                      <ChangeText value={day.capWeighted} />
                    </td>
                    <td className="num">
                      <ChangeText value={day.equalWeighted} />
                    </td>
                    <td className="num">
                      {day.advancers} / {day.decliners}
                      {day.unchanged > 0 && ` / ${day.unchanged}`}
                    </td>
                    <td className="leaders">
                      {day.parts
                        .slice(0, 3)
                        .map((part) => `${name(part.ticker)} ${formatPoints(part.contribution)}`)
                        .join(' · ')}
                    </td>
                  </>
                ) : (
                  <td colSpan={4} className="status-text">
                    {t('no session')}
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

function NewsCell({
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

/**
 * "Why did it move?" for one trading day: every listing's close-to-close move that day ranked by
 * move, its weight and contribution within its market's cap-weighted basket, the sector move per
 * basket (cap- and equal-weighted), and the news of that session beside each listing. Says when a
 * market did not trade that day and shows the rule that assigns news to sessions.
 */
export function DayDetailPanel({
  date,
  showDayInput = true,
  onClose,
}: {
  date: IsoDate
  /** The "Day" input in the panel header (off where the view has its own). */
  showDayInput?: boolean
  onClose?: () => void
}) {
  const t = useT()
  const language = useLanguage()
  const actions = useDashboardActions()
  const history = useUniverseHistory()
  const news = useMergedNews(newsSearchTickers, everyTicker)
  const items = news.items
  const newsFailures = news.failures
  const detail = useMemo(() => {
    if (!history.data) return null
    const inputs = history.data.histories.map(({ listing, moves, caps }) => ({
      listing,
      moves,
      caps,
    }))
    return dayDetail(inputs, history.data.fx, date)
  }, [history.data, date])
  const newsByTicker = useMemo(() => sessionNews(items, date), [items, date])
  // day= in the address outside the sessions loaded: ignored with a notice.
  useDataChecks(['day'], history.data?.earliest, history.data?.latest)
  const longDate = formatLongDate(date, language)
  const selectKeepingDay = (ticker: Ticker) => {
    actions.tickerSelected(ticker)
    actions.dateHighlighted(date)
  }

  return (
    <Panel
      title={t('Why did it move? {date}', { date: longDate })}
      className="day-detail-panel"
      actions={
        <>
          {showDayInput && (
            <DayPicker
              date={date}
              min={history.data?.earliest}
              max={history.data?.latest}
              onChange={(day) => actions.dateHighlighted(day)}
              t={t}
            />
          )}
          {onClose && (
            <button
              type="button"
              className="icon-button"
              aria-label={t('Close the day detail')}
              onClick={onClose}
            >
              ×
            </button>
          )}
        </>
      }
      footer={
        <>
          <ProvenanceNote
            entries={[
              {
                label: t('Moves'),
                provenance: history.provenance,
                failed: !!history.error && !history.data,
              },
              {
                label: t('News'),
                provenance: news.provenance,
                failed: news.failures.length > 0 && !news.provenance && !news.pending,
              },
            ]}
          />
          <p className="panel-note">
            <strong>{t('News rule:')}</strong>{' '}
            {t(
              'an item belongs to the session it could have moved: published on a trading day before the close (16:00 HKT for HK, 15:00 CST for A-shares), pre-open and lunch break included, it counts for that day; published at or after the close, or on a weekend or holiday, it counts for the market’s next session.',
            )}{' '}
            {t(
              'Move: close-to-close on forward-adjusted closes. Weight: market cap in CNY at the previous close, as a share of the listing’s market basket (HK or A); contribution = weight × move, so a basket’s contributions add up to its cap-weighted move.',
            )}
          </p>
        </>
      }
    >
      {history.error && !history.data ? (
        <PanelError
          message={t('The day could not be loaded: {reason}', { reason: history.error.message })}
          retryLabel={t('Retry')}
          onRetry={history.refetch}
        />
      ) : !detail ? (
        <Skeleton label={t('Loading the day…')} lines={8} />
      ) : (
        <>
          <StaleNotice
            stamps={[...history.stamps, ...news.stamps]}
            onRetry={() => {
              history.refetch()
              news.refetchFailed()
            }}
          />
          <ClosureNotes
            markets={detail.markets}
            date={date}
            latest={history.data?.latest ?? null}
            t={t}
            language={language}
          />
          {history.failures.length > 0 && (
            <p className="panel-warning" role="status">
              {t('Computed without {tickers} (data unavailable).', {
                tickers: history.failures.map((failure) => failure.ticker).join(', '),
              })}
            </p>
          )}
          <SectorMoves baskets={detail.baskets} date={date} t={t} language={language} />
          <div className="table-scroll">
            <table
              className="data-table day-moves-table"
              aria-label={t('Moves on {date}', { date: longDate })}
            >
              <thead>
                <tr>
                  <th scope="col">{t('Name')}</th>
                  <th scope="col" className="col-code">
                    {t('Code')}
                  </th>
                  <th scope="col" className="num">
                    {t('Move')}
                  </th>
                  <th scope="col" className="num col-weight">
                    <abbr
                      title={t(
                        'Share of its market basket, by market cap in CNY at the previous close',
                      )}
                    >
                      {t('Weight')}
                    </abbr>
                  </th>
                  <th scope="col" className="num">
                    <abbr
                      title={t('Weight × move, in percentage points of its market basket’s move')}
                    >
                      {t('Contribution')}
                    </abbr>
                  </th>
                  <th scope="col" className="col-news">
                    {t('News of the session')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {detail.rows.map((row) => {
                  const { listing } = row
                  return (
                    <tr key={listing.ticker} className={row.move ? undefined : 'row-muted'}>
                      <th scope="row">
                        <button
                          type="button"
                          className="row-select"
                          aria-label={`${listing.nameZh} ${listing.nameEn}`}
                          onClick={() => selectKeepingDay(listing.ticker)}
                        >
                          <span className="name-zh" lang="zh-Hans">
                            {listing.nameZh}
                          </span>
                          <span className="name-en">
                            {listing.nameEn}
                            <span className="code-inline"> · {listing.ticker}</span>
                          </span>
                        </button>
                      </th>
                      <td className="code col-code">{listing.ticker}</td>
                      <td className="num">
                        {row.move ? (
                          <ChangeText value={row.move.change} />
                        ) : (
                          <span className="status-text">{statusText(row, t, language)}</span>
                        )}
                      </td>
                      <td className="num col-weight">{formatWeight(row.weight)}</td>
                      <td className="num">{formatPoints(row.contribution)}</td>
                      <td className="col-news">
                        <NewsCell
                          items={newsByTicker.get(listing.ticker) ?? []}
                          market={listing.market}
                          date={date}
                          t={t}
                        />
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
          {news.pending && items.length === 0 && (
            <p className="panel-note" role="status">
              {t('Loading news…')}
            </p>
          )}
          {newsFailures.length > 0 && (
            <p className="panel-warning" role="status">
              {t('News of {count} issuers could not be loaded: {reason}', {
                count: newsFailures.length,
                reason: newsFailures[0]?.message ?? '',
              })}{' '}
              <button type="button" className="link-button" onClick={news.refetchFailed}>
                {t('Retry')}
              </button>
            </p>
          )}
        </>
      )}
    </Panel>
  )
}
