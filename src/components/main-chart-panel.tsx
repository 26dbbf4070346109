import { useMemo } from 'react'
import { MovesPeChart, type MovesPeRow } from '@/charts/moves-pe-chart'
import { newsMarket, sessionHeadlines } from '@/domain/news-sessions'
import { presetRange, rangePresets } from '@/domain/ranges'
import { basketListings, type Basket } from '@/domain/sector'
import { joinMovesWithValuation, summariseMoves } from '@/domain/series'
import { valuationStats, type ValuationStats } from '@/domain/stats'
import { marketOf } from '@/domain/tickers'
import type { IsoDate, Market, Ticker } from '@/domain/types'
import { findListing, universe } from '@/domain/universe'
import {
  formatLongDate,
  formatMultiple,
  formatPercentile,
  formatTimes,
  type DisplayLanguage,
} from '@/format'
import { useT, type Translate } from '@/i18n'
import {
  useDailyBarsProvenance,
  useSectorMoves,
  useSectorPe,
  useTickerMoves,
} from '@/queries/use-market-data'
import { useMergedNews } from '@/queries/use-universe-data'
import {
  useDashboardActions,
  useHighlightedDate,
  useLanguage,
  useRangePreset,
  useSelection,
  useSinceDate,
  type Selection,
} from '@/state/dashboard-store'
import { basketLabels, mainChartId, selectionLabel, valuationBasketOf } from '@/components/labels'
import { Panel, PanelError, Skeleton } from '@/components/panel'
import { ProvenanceNote } from '@/components/provenance-note'
import { movesSentence, valuationSentence } from '@/components/summaries'

/** Moves of the selection as dated values: a listing's own moves, or the basket's cap-weighted move. */
function useSelectionMoves(selection: Selection) {
  const basket: Basket = selection.kind === 'basket' ? selection.basket : 'HK'
  const ticker = selection.kind === 'ticker' ? selection.ticker : '02696.HK'
  // Both hooks always run (hook order must not change); the unused one shares cached queries.
  const tickerMoves = useTickerMoves(ticker, selection.kind === 'ticker')
  const barsProvenance = useDailyBarsProvenance(ticker, selection.kind === 'ticker')
  const sectorMoves = useSectorMoves(basket, selection.kind === 'basket')
  return useMemo(() => {
    if (selection.kind === 'ticker') {
      return {
        data: tickerMoves.data?.map((move) => ({ date: move.date, value: move.change })),
        isPending: tickerMoves.isPending,
        error: tickerMoves.error,
        refetch: () => void tickerMoves.refetch(),
        provenance: barsProvenance,
      }
    }
    return {
      data: sectorMoves.data?.map((point) => ({ date: point.date, value: point.capWeighted })),
      isPending: sectorMoves.isPending,
      error: sectorMoves.error,
      refetch: sectorMoves.refetch,
      provenance: sectorMoves.provenance,
    }
  }, [selection.kind, tickerMoves, sectorMoves, barsProvenance])
}

/**
 * Whose news the chart marks: the selected listing's issuer (both listings of an A+H pair), or the
 * basket's listings; the market whose sessions the news is placed in.
 */
function newsScope(selection: Selection): {
  query: Ticker[]
  relevant: Set<Ticker>
  market: Market
} {
  if (selection.kind === 'ticker') {
    const issuerId = findListing(selection.ticker)?.issuerId
    return {
      query: [selection.ticker],
      relevant: new Set(universe.filter((l) => l.issuerId === issuerId).map((l) => l.ticker)),
      market: marketOf(selection.ticker),
    }
  }
  const tickers = basketListings(selection.basket).map((listing) => listing.ticker)
  return {
    query: tickers,
    relevant: new Set(tickers),
    market: selection.basket === 'A' ? 'A' : 'HK',
  }
}

/** The session → headlines map of the selection's news (the chart's markers and tooltip). */
function useSessionHeadlines(selection: Selection): Map<IsoDate, string[]> {
  const scope = useMemo(() => newsScope(selection), [selection])
  const news = useMergedNews(scope.query, scope.relevant)
  return useMemo(
    () => sessionHeadlines(news.items, (item) => newsMarket(item, scope.market)),
    [news.items, scope.market],
  )
}

/** The main chart: daily moves of the selection against the sector PE with its mean and ±1σ band. */
export function MainChartPanel() {
  const selection = useSelection()
  const preset = useRangePreset()
  const since = useSinceDate()
  const highlightedDate = useHighlightedDate()
  const actions = useDashboardActions()
  const language = useLanguage()
  const t = useT()
  const basket = valuationBasketOf(selection)
  const moves = useSelectionMoves(selection)
  const pe = useSectorPe(basket)
  const headlines = useSessionHeadlines(selection)

  const peSeries = useMemo(
    () => pe.data?.map((point) => ({ date: point.date, value: point.value })),
    [pe.data],
  )
  const stats = useMemo(
    () => (peSeries ? valuationStats(peSeries, { from: since }) : null),
    [peSeries, since],
  )
  const view = useMemo(() => {
    if (!moves.data || moves.data.length === 0) return null
    const latest = moves.data.reduce<IsoDate>((max, { date }) => (date > max ? date : max), '')
    const earliest = moves.data.reduce<IsoDate>(
      (min, { date }) => (date < min ? date : min),
      latest,
    )
    const range = presetRange(preset, latest, earliest)
    const rows = joinMovesWithValuation(moves.data, peSeries ?? [], range)
    return { range, rows, summary: summariseMoves(rows) }
  }, [moves.data, peSeries, preset])
  const chartRows = useMemo<MovesPeRow[] | null>(() => {
    if (!view) return null
    return view.rows.map((row) => {
      const titles = headlines.get(row.date)
      return titles ? { ...row, headlines: titles } : row
    })
  }, [view, headlines])
  const newsSessions = chartRows?.filter((row) => row.headlines).length ?? 0

  const subject = selectionLabel(selection, t)
  const peLabel = `${t(basketLabels[basket])} PE-TTM`
  const latestPe = pe.data?.at(-1)

  return (
    <Panel
      id={mainChartId}
      title={subject}
      className="chart-panel"
      actions={
        <div className="segmented" role="group" aria-label={t('Range')}>
          {rangePresets.map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={option === preset}
              onClick={() => actions.rangeChosen(option)}
            >
              {option}
            </button>
          ))}
        </div>
      }
      footer={
        <>
          <ProvenanceNote
            entries={[
              { label: t('Moves'), provenance: moves.provenance },
              { label: t('Sector PE'), provenance: pe.provenance },
            ]}
          />
          <p className="panel-note">
            {t(
              'Moves: close-to-close on forward-adjusted daily closes; a suspension compares with the last printed close.',
            )}{' '}
            {t(
              'PE-TTM: Σ market cap ÷ Σ TTM net profit in CNY at each day’s rate, loss-makers excluded.',
            )}{' '}
            {latestPe &&
              t('{used} of {constituents} constituents on {date}, {lossMakers} loss-making.', {
                used: latestPe.used,
                constituents: latestPe.constituents,
                date: latestPe.date,
                lossMakers: latestPe.lossMakers,
              })}{' '}
            {t('Band: mean ± 1σ since {since}.', { since })}{' '}
            {t(
              '▲ under a bar: a session with news (hover for the headlines). Click a session to see why it moved.',
            )}{' '}
            {valuationBasketOf(selection) !== 'A' &&
              t(
                'Hong Kong per-company valuation history: Baidu is the only free source known and is unverified; when it refuses, HK constituents are left out.',
              )}
          </p>
        </>
      }
    >
      {moves.error && !moves.data ? (
        <PanelError
          message={t('Daily moves could not be loaded: {reason}', { reason: moves.error.message })}
          retryLabel={t('Retry')}
          onRetry={moves.refetch}
        />
      ) : !view || !chartRows ? (
        <Skeleton label={t('Loading the chart…')} lines={9} height={360} />
      ) : (
        <>
          {pe.error && !pe.data && (
            <PanelError
              message={t('Sector PE could not be loaded: {reason}', { reason: pe.error.message })}
              retryLabel={t('Retry')}
              onRetry={pe.refetch}
            />
          )}
          {pe.failures.length > 0 && pe.data && (
            <p className="panel-warning" role="status">
              {t('PE computed without {tickers} (data unavailable).', {
                tickers: pe.failures.map((failure) => failure.ticker).join(', '),
              })}
            </p>
          )}
          <MovesPeChart
            caption={t('Daily moves vs sector PE')}
            summary={`${movesSentence(subject, view.range, view.summary, t, language)} ${stats ? valuationSentence(peLabel, stats, since, t, language) : t('Sector PE is not available for this range.')}${newsSessions > 0 ? ` ${t('{count} sessions with news are marked under the bars.', { count: newsSessions })}` : ''}`}
            rows={chartRows}
            moveLabel={selection.kind === 'ticker' ? t('Move') : t('Basket move')}
            peLabel={peLabel}
            peBand={stats ? { mean: stats.mean, stdDev: stats.stdDev, since } : null}
            highlightedDate={highlightedDate}
            onDateChosen={(date) => actions.dateHighlighted(date)}
            language={language}
          />
          {stats && (
            <ValuationSummary
              label={peLabel}
              stats={stats}
              since={since}
              t={t}
              language={language}
            />
          )}
        </>
      )}
    </Panel>
  )
}

/** The sector PE statistics as a definition list under the chart. */
function ValuationSummary({
  label,
  stats,
  since,
  t,
  language,
}: {
  label: string
  stats: ValuationStats
  since: IsoDate
  t: Translate
  language: DisplayLanguage
}) {
  const item = (term: string, value: React.ReactNode, hint?: string) => (
    <div>
      <dt title={hint}>{term}</dt>
      <dd>{value}</dd>
    </div>
  )
  const dated = (value: number, date: IsoDate) => (
    <>
      {formatMultiple(value)} <small>{formatLongDate(date, language)}</small>
    </>
  )
  return (
    <dl className="stat-strip" aria-label={t('{label} statistics since {since}', { label, since })}>
      {item(t('Current'), dated(stats.current.value, stats.current.date))}
      {item(t('Mean since {since}', { since }), formatMultiple(stats.mean))}
      {item(
        t('±1σ band'),
        `${formatMultiple(stats.bands.minus1)}–${formatMultiple(stats.bands.plus1)}`,
      )}
      {item(
        t('Percentile'),
        formatPercentile(stats.percentile, language),
        t('Share of observations in the window at or below the current value'),
      )}
      {item(t('Peak'), dated(stats.max.value, stats.max.date))}
      {item(t('Trough'), dated(stats.min.value, stats.min.date))}
      {item(t('Peak ÷ current'), formatTimes(stats.peakOverCurrent))}
      {stats.excluded > 0 &&
        item(t('Not meaningful'), t('{count} days', { count: stats.excluded }))}
    </dl>
  )
}
