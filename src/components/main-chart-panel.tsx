import { useEffect, useMemo, useState } from 'react'
import type { MovesPeRow } from '@/charts/moves-pe-chart'
import { newsMarket, sessionHeadlines } from '@/domain/news-sessions'
import { presetRange } from '@/domain/ranges'
import { coversRange, latestExactAfter, recentPresets } from '@/domain/recent'
import { basketListings, type Basket } from '@/domain/sector'
import { joinMovesWithValuation, summariseMoves } from '@/domain/series'
import { valuationStats, type ValuationStats } from '@/domain/stats'
import { marketOf } from '@/domain/tickers'
import type { IsoDate, Market, Ticker } from '@/domain/types'
import { findListing, universe } from '@/domain/universe'
import { formatMultiple, formatTimes, type DisplayLanguage } from '@/format'
import { useT, type Translate } from '@/i18n'
import {
  useListingMoves,
  useSectorMoves,
  useSectorPe,
  type HistoryLoad,
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
import { RangePresetGroup } from '@/components/segmented-group'
import { StatsStrip } from '@/components/stats-strip'
import { StaleNotice } from '@/components/stale-notice'
import { useDataChecks } from '@/components/use-data-checks'
import { movesSentence, valuationSentence } from '@/components/summaries'

/**
 * The chart, with recharts, is a chunk of its own that the first paint does not wait for: its
 * download starts when the app starts (this module is part of the first view), beside the data
 * requests, and the chart draws when both are in. No Suspense: once the chunk is in (long before
 * the data, as a rule) the chart renders at once, where a lazy component would still suspend
 * once and wait for React's throttled reveal.
 */
const chartModule = import('@/charts/moves-pe-chart')
let loadedChart: Awaited<typeof chartModule> | null = null
void chartModule.then((module) => {
  loadedChart = module
})

function useChartModule() {
  const [module, setModule] = useState(loadedChart)
  useEffect(() => {
    if (!module) void chartModule.then(setModule)
  }, [module])
  return module
}

/** Moves of the selection as dated values: a listing's own moves, or the basket's cap-weighted move. */
function useSelectionMoves(selection: Selection, load: HistoryLoad) {
  const basket: Basket = selection.kind === 'basket' ? selection.basket : 'HK'
  const ticker = selection.kind === 'ticker' ? selection.ticker : '02696.HK'
  // Both hooks always run (hook order must not change); the unused one is disabled.
  const tickerMoves = useListingMoves(ticker, selection.kind === 'ticker', load)
  const sectorMoves = useSectorMoves(basket, selection.kind === 'basket', load)
  return useMemo(() => {
    if (selection.kind === 'ticker') {
      return {
        ...tickerMoves,
        data: tickerMoves.data?.map((move) => ({ date: move.date, value: move.change })),
      }
    }
    return {
      ...sectorMoves,
      data: sectorMoves.data?.map((point) => ({ date: point.date, value: point.capWeighted })),
    }
  }, [selection.kind, tickerMoves, sectorMoves])
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
  const chart = useChartModule()
  const selection = useSelection()
  const preset = useRangePreset()
  const since = useSinceDate()
  const highlightedDate = useHighlightedDate()
  const actions = useDashboardActions()
  const language = useLanguage()
  const t = useT()
  const basket = valuationBasketOf(selection)
  // Ranges up to a year draw first from recent windows (src/domain/recent.ts); the statistics since
  // `since` wait for the whole history.
  const load: HistoryLoad = recentPresets.has(preset) ? 'recentFirst' : 'whole'
  const moves = useSelectionMoves(selection, load)
  const pe = useSectorPe(basket, load)
  const headlines = useSessionHeadlines(selection)

  const peSeries = useMemo(
    () => pe.data?.map((point) => ({ date: point.date, value: point.value })),
    [pe.data],
  )
  const wholePe = pe.exactAfter === null ? peSeries : undefined
  const stats = useMemo(
    () => (wholePe ? valuationStats(wholePe, { from: since }) : null),
    [wholePe, since],
  )
  const exactAfter = latestExactAfter([moves.exactAfter, pe.exactAfter])
  const view = useMemo(() => {
    if (!moves.data || moves.data.length === 0) return null
    const latest = moves.data.reduce<IsoDate>((max, { date }) => (date > max ? date : max), '')
    const earliest = moves.data.reduce<IsoDate>(
      (min, { date }) => (date < min ? date : min),
      latest,
    )
    // Figures from recent windows are drawn only when they cover the whole range (every day of it
    // after `exactAfter`); otherwise the chart waits for the whole histories.
    if (!coversRange(exactAfter, presetRange(preset, latest, '0000-01-01').from)) return null
    const range = presetRange(preset, latest, earliest)
    const rows = joinMovesWithValuation(moves.data, peSeries ?? [], range)
    return { range, rows, summary: summariseMoves(rows) }
  }, [moves.data, peSeries, preset, exactAfter])
  const chartRows = useMemo<MovesPeRow[] | null>(() => {
    if (!view) return null
    return view.rows.map((row) => {
      const titles = headlines.get(row.date)
      return titles ? { ...row, headlines: titles } : row
    })
  }, [view, headlines])
  const newsSessions = chartRows?.filter((row) => row.headlines).length ?? 0
  // Stable props: the chart is memoised, and redraws only when what it shows changes.
  const peBand = useMemo(
    () => (stats ? { mean: stats.mean, stdDev: stats.stdDev, since } : null),
    [stats, since],
  )

  const subject = selectionLabel(selection, t)
  const peLabel = `${t(basketLabels[basket])} PE-TTM`
  const latestPe = pe.data?.at(-1)
  // since= in the address after the latest PE (an empty window): ignored with a notice.
  useDataChecks(['since'], wholePe?.[0]?.date, wholePe?.at(-1)?.date)

  return (
    <Panel
      id={mainChartId}
      title={subject}
      className="chart-panel"
      actions={
        <RangePresetGroup label={t('Range')} value={preset} onChange={actions.rangeChosen} />
      }
      footer={
        <>
          <ProvenanceNote
            entries={[
              {
                label: t('Moves'),
                provenance: moves.provenance,
                failed: !!moves.error && !moves.data,
              },
              { label: t('Sector PE'), provenance: pe.provenance, failed: !!pe.error && !pe.data },
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
          <StaleNotice
            stamps={[...moves.stamps, ...pe.stamps]}
            onRetry={() => {
              moves.refetch()
              pe.refetch()
            }}
          />
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
          {chart ? (
            <chart.MovesPeChart
              caption={t('Daily moves vs sector PE')}
              summary={`${movesSentence(subject, view.range, view.summary, t, language)} ${stats ? valuationSentence(peLabel, stats, since, t, language) : pe.exactAfter !== null ? t('{label} statistics since {since} are loading.', { label: peLabel, since }) : t('Sector PE is not available for this range.')}${newsSessions > 0 ? ` ${t('{count} sessions with news are marked under the bars.', { count: newsSessions })}` : ''}`}
              rows={chartRows}
              moveLabel={selection.kind === 'ticker' ? t('Move') : t('Basket move')}
              peLabel={peLabel}
              peBand={peBand}
              highlightedDate={highlightedDate}
              onDateChosen={actions.dateHighlighted}
              language={language}
            />
          ) : (
            <Skeleton label={t('Loading the chart…')} lines={9} height={360} />
          )}
          {pe.exactAfter !== null &&
            (pe.wholeError ? (
              <PanelError
                message={t('{label} statistics since {since} could not be loaded: {reason}', {
                  label: peLabel,
                  since,
                  reason: pe.wholeError.message,
                })}
                retryLabel={t('Retry')}
                onRetry={pe.refetch}
              />
            ) : (
              <Skeleton
                label={t('{label} statistics since {since} are loading.', {
                  label: peLabel,
                  since,
                })}
                lines={2}
              />
            ))}
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
  return (
    <StatsStrip
      label={t('{label} statistics since {since}', { label, since })}
      stats={stats}
      since={since}
      format={formatMultiple}
      bandSeparator="–"
      extremeTerms={[t('Peak'), t('Trough')]}
      extra={[
        { term: t('Peak ÷ current'), value: formatTimes(stats.peakOverCurrent) },
        ...(stats.excluded > 0
          ? [{ term: t('Not meaningful'), value: t('{count} days', { count: stats.excluded }) }]
          : []),
      ]}
      t={t}
      language={language}
    />
  )
}
