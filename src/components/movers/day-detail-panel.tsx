import { useMemo } from 'react'
import { dayDetail } from '@/domain/day-detail'
import type { IsoDate, Ticker } from '@/domain/types'
import { universe } from '@/domain/universe'
import { formatLongDate } from '@/format'
import { useT } from '@/i18n'
import { newsSearchTickers, useMergedNews, useUniverseHistory } from '@/queries/use-universe-data'
import { useDashboardActions, useLanguage } from '@/state/dashboard-store'
import { Panel, PanelError, Skeleton } from '@/components/panel'
import { ProvenanceNote } from '@/components/provenance-note'
import { StaleNotice } from '@/components/stale-notice'
import { useDataChecks } from '@/components/use-data-checks'
import { ClosureNotes } from '@/components/movers/day-closure-notes'
import { DayMovesTable } from '@/components/movers/day-moves-table'
import { DayPicker } from '@/components/movers/day-picker'
import { SectorMoves } from '@/components/movers/day-sector-moves'
import { sessionNews } from '@/components/movers/session-news'
import '@/components/movers/movers.css'

const everyTicker: ReadonlySet<Ticker> = new Set(universe.map((listing) => listing.ticker))

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
          <DayMovesTable
            rows={detail.rows}
            newsByTicker={newsByTicker}
            date={date}
            onSelect={selectKeepingDay}
            t={t}
            language={language}
          />
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
