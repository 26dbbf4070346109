import { useCallback, useMemo } from 'react'
import { MoversHeatMap } from '@/charts/movers-heat-map'
import { anchorSession, basketChange, breadth, moverPeriods, moverRows } from '@/domain/movers'
import type { Market, Ticker } from '@/domain/types'
import { formatLongDate } from '@/format'
import { useT } from '@/i18n'
import type { Combined } from '@/queries/use-market-data'
import { useUniverseHistory, type UniverseHistory } from '@/queries/use-universe-data'
import {
  useDashboardActions,
  useHighlightedDate,
  useLanguage,
  useSelection,
} from '@/state/dashboard-store'
import { useMoversActions, useMoversMarket, useMoversPeriod } from '@/state/movers-store'
import { Panel, PanelBoundary, PanelError, Skeleton } from '@/components/panel'
import { ProvenanceNote } from '@/components/provenance-note'
import { StaleNotice } from '@/components/stale-notice'
import { SegmentedGroup } from '@/components/segmented-group'
import { BreadthLine } from '@/components/movers/breadth-line'
import { DayDetailPanel } from '@/components/movers/day-detail-panel'
import { DayPicker } from '@/components/movers/day-picker'
import { heatGroups, heatSummary } from '@/components/movers/movers-heat'
import {
  exchangeLabels,
  marketFilterLabels,
  type MarketFilter,
} from '@/components/movers/movers-labels'
import { MoversTable } from '@/components/movers/movers-table'
import '@/components/movers/movers.css'

const marketFilters: readonly MarketFilter[] = ['ALL', 'HK', 'A']

/**
 * The Movers view: the HK + A basket ranked by change over a period, its breadth, a heat map (area =
 * market cap in CNY, colour = change) and the day detail of the "as of" session. The as-of day is
 * the dashboard's chosen day (`day=` in the address), else the latest session. Each panel fails
 * alone.
 */
export function MoversView() {
  const chosenDay = useHighlightedDate()
  const history = useUniverseHistory()
  const day = chosenDay ?? history.data?.latest ?? null
  return (
    <main className="layout movers-layout">
      <PanelBoundary>
        <MoversPanel history={history} />
      </PanelBoundary>
      {day !== null && (
        <PanelBoundary>
          <DayDetailPanel date={day} showDayInput={false} />
        </PanelBoundary>
      )}
    </main>
  )
}

/** The movers table and heat map with their controls and breadth line. */
function MoversPanel({ history }: { history: Combined<UniverseHistory> }) {
  const t = useT()
  const language = useLanguage()
  const chosenDay = useHighlightedDate()
  const selection = useSelection()
  const actions = useDashboardActions()
  const period = useMoversPeriod()
  const market = useMoversMarket()
  const { periodChosen: setPeriod, marketChosen: setMarket } = useMoversActions()
  const latest = history.data?.latest ?? null
  const day = chosenDay ?? latest
  // Beyond the data the table stays on the latest session; the day detail says there is no data.
  const asOf = day !== null && latest !== null && day > latest ? latest : day

  const rows = useMemo(() => {
    if (!history.data || asOf === null) return null
    const inputs = history.data.histories.filter(
      ({ listing }) => market === 'ALL' || listing.market === market,
    )
    return moverRows(inputs, period, asOf, history.data.fx)
  }, [history.data, asOf, market, period])
  const counts = useMemo(() => (rows ? breadth(rows) : null), [rows])
  const basket = useMemo(() => (rows ? basketChange(rows) : null), [rows])
  const groups = useMemo(
    () => (rows ? heatGroups(rows, period, t, language) : []),
    [rows, period, t, language],
  )
  const summary = useMemo(() => (rows ? heatSummary(rows, t, language) : ''), [rows, t, language])
  const selected = selection.kind === 'ticker' ? selection.ticker : null
  // Selecting a ticker clears the chosen day in the store; the movers keep it.
  const choose = useCallback(
    (ticker: Ticker) => {
      actions.tickerSelected(ticker)
      if (chosenDay !== null) actions.dateHighlighted(chosenDay)
    },
    [actions, chosenDay],
  )

  const shownMarkets: Market[] = market === 'ALL' ? ['HK', 'A'] : [market]
  const latestAnchor =
    asOf === null
      ? null
      : shownMarkets.map((m) => anchorSession(m, asOf)).reduce((a, b) => (a > b ? a : b))
  const anchorNotes =
    asOf === null
      ? []
      : shownMarkets.flatMap((m) => {
          const anchor = anchorSession(m, asOf)
          return anchor === asOf
            ? []
            : [
                t('{exchange} did not trade on {date}; its rows are as of {session}.', {
                  exchange: t(exchangeLabels[m]),
                  date: formatLongDate(asOf, language),
                  session: formatLongDate(anchor, language),
                }),
              ]
        })

  return (
    <Panel
      title={t('Sector movers')}
      className="movers-panel"
      actions={
        <div className="movers-controls">
          <SegmentedGroup
            label={t('Period')}
            options={moverPeriods}
            value={period}
            onChange={setPeriod}
          />
          <SegmentedGroup
            label={t('Market')}
            options={marketFilters}
            value={market}
            onChange={setMarket}
            labelOf={(option) => t(marketFilterLabels[option])}
          />
          {day !== null && (
            <DayPicker
              date={day}
              min={history.data?.earliest}
              max={history.data?.latest}
              onChange={(date) => actions.dateHighlighted(date)}
              t={t}
            />
          )}
          {chosenDay !== null && (
            <button type="button" className="button" onClick={() => actions.dateHighlighted(null)}>
              {t('Latest session')}
            </button>
          )}
        </div>
      }
      footer={
        <>
          <ProvenanceNote
            entries={[
              {
                label: t('Moves and market caps'),
                provenance: history.provenance,
                failed: !!history.error && !history.data,
              },
            ]}
          />
          <p className="panel-note">
            {t(
              'Change over the period on forward-adjusted closes: 1D against the previous printed close; 5D against the close 5 sessions earlier; 1M, 3M and 1Y against the last close on or before the same date that many months earlier; YTD against the last close of the previous year.',
            )}{' '}
            {t(
              'Market cap at the last close (CNY at that day’s central parity); turnover of the as-of session. Limit closes: A-share close at previous close × (1 ± 10%, or 20% on STAR and on ChiNext from 2020-08-24), rounded half up to the cent; no limit in a new listing’s first sessions.',
            )}
          </p>
        </>
      }
    >
      {history.error && !history.data ? (
        <PanelError
          message={t('Movers could not be loaded: {reason}', { reason: history.error.message })}
          retryLabel={t('Retry')}
          onRetry={history.refetch}
        />
      ) : !rows || !counts || asOf === null ? (
        <Skeleton label={t('Loading the movers…')} lines={12} height={420} />
      ) : (
        <>
          <StaleNotice stamps={history.stamps} onRetry={history.refetch} />
          <BreadthLine
            counts={counts}
            basket={basket}
            period={period}
            limitDate={market === 'HK' ? null : anchorSession('A', asOf)}
            t={t}
            language={language}
          />
          {anchorNotes.map((note) => (
            <p key={note} className="panel-note">
              {note}
            </p>
          ))}
          {history.failures.length > 0 && (
            <p className="panel-warning" role="status">
              {t('Shown without {tickers} (data unavailable).', {
                tickers: history.failures.map((failure) => failure.ticker).join(', '),
              })}
            </p>
          )}
          <div className="movers-grid">
            <PanelBoundary part={t('The movers table')}>
              <MoversTable
                rows={rows}
                period={period}
                selected={selected}
                onSelect={choose}
                t={t}
                language={language}
              />
            </PanelBoundary>
            <PanelBoundary part={t('The heat map')}>
              <MoversHeatMap
                caption={t(
                  'Heat map · {period} to {date}: area = market cap (CNY), colour = change',
                  // The latest session shown (on a weekend, the Friday before).
                  { period, date: formatLongDate(latestAnchor ?? asOf, language) },
                )}
                summary={summary}
                groups={groups}
                period={period}
                selected={selected}
                onTileChosen={choose}
                legendLabel={t('Change over {period}', { period })}
              />
            </PanelBoundary>
          </div>
        </>
      )}
    </Panel>
  )
}
