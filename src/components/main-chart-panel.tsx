import { useMemo } from 'react'
import { MovesPeChart } from '@/charts/moves-pe-chart'
import { presetRange, rangePresets } from '@/domain/ranges'
import type { Basket } from '@/domain/sector'
import { joinMovesWithValuation, summariseMoves } from '@/domain/series'
import { valuationStats, type ValuationStats } from '@/domain/stats'
import type { IsoDate } from '@/domain/types'
import { formatLongDate, formatMultiple, formatPercentile, formatTimes } from '@/format'
import { useSectorMoves, useSectorPe, useTickerMoves } from '@/queries/use-market-data'
import {
  useDashboardActions,
  useHighlightedDate,
  useRangePreset,
  useSelection,
  useSinceDate,
  type Selection,
} from '@/state/dashboard-store'
import { basketLabels, mainChartId, selectionLabel, valuationBasketOf } from '@/components/labels'
import { Panel, PanelError, Skeleton } from '@/components/panel'
import { movesSentence, valuationSentence } from '@/components/summaries'

/** Moves of the selection as dated values: a listing's own moves, or the basket's cap-weighted move. */
function useSelectionMoves(selection: Selection) {
  const basket: Basket = selection.kind === 'basket' ? selection.basket : 'HK'
  const ticker = selection.kind === 'ticker' ? selection.ticker : '02696.HK'
  // Both hooks always run (hook order must not change); the unused one shares cached queries.
  const tickerMoves = useTickerMoves(ticker, selection.kind === 'ticker')
  const sectorMoves = useSectorMoves(basket, selection.kind === 'basket')
  return useMemo(() => {
    if (selection.kind === 'ticker') {
      return {
        data: tickerMoves.data?.map((move) => ({ date: move.date, value: move.change })),
        isPending: tickerMoves.isPending,
        error: tickerMoves.error,
        refetch: () => void tickerMoves.refetch(),
      }
    }
    return {
      data: sectorMoves.data?.map((point) => ({ date: point.date, value: point.capWeighted })),
      isPending: sectorMoves.isPending,
      error: sectorMoves.error,
      refetch: sectorMoves.refetch,
    }
  }, [selection.kind, tickerMoves, sectorMoves])
}

/** The main chart: daily moves of the selection against the sector PE with its mean and ±1σ band. */
export function MainChartPanel() {
  const selection = useSelection()
  const preset = useRangePreset()
  const since = useSinceDate()
  const highlightedDate = useHighlightedDate()
  const actions = useDashboardActions()
  const basket = valuationBasketOf(selection)
  const moves = useSelectionMoves(selection)
  const pe = useSectorPe(basket)

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

  const subject = selectionLabel(selection)
  const peLabel = `${basketLabels[basket]} PE-TTM`
  const latestPe = pe.data?.at(-1)

  return (
    <Panel
      id={mainChartId}
      title={subject}
      className="chart-panel"
      actions={
        <div className="segmented" role="group" aria-label="Range">
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
        <p className="panel-note">
          Moves: close-to-close on forward-adjusted closes (Eastmoney daily bars); a suspension
          compares with the last printed close. PE-TTM: Σ market cap ÷ Σ TTM net profit in CNY at
          each day&apos;s rate, loss-makers excluded
          {latestPe
            ? ` (${latestPe.used} of ${latestPe.constituents} constituents on ${latestPe.date}, ${latestPe.lossMakers} loss-making)`
            : ''}
          . Band: mean ± 1σ since {since}. Click a bar to mark a session.
        </p>
      }
    >
      {moves.error && !moves.data ? (
        <PanelError
          message={`Daily moves could not be loaded: ${moves.error.message}`}
          onRetry={moves.refetch}
        />
      ) : !view ? (
        <Skeleton label="Loading the chart…" lines={9} height={360} />
      ) : (
        <>
          {pe.error && !pe.data && (
            <PanelError
              message={`Sector PE could not be loaded: ${pe.error.message}`}
              onRetry={pe.refetch}
            />
          )}
          {pe.failures.length > 0 && pe.data && (
            <p className="panel-warning" role="status">
              PE computed without {pe.failures.map((failure) => failure.ticker).join(', ')} (data
              unavailable).
            </p>
          )}
          <MovesPeChart
            caption="Daily moves vs sector PE"
            summary={`${movesSentence(subject, view.range, view.summary)} ${stats ? valuationSentence(peLabel, stats, since) : 'Sector PE is not available for this range.'}`}
            rows={view.rows}
            moveLabel={selection.kind === 'ticker' ? 'Move' : 'Basket move'}
            peLabel={peLabel}
            peBand={stats ? { mean: stats.mean, stdDev: stats.stdDev, since } : null}
            highlightedDate={highlightedDate}
            onDateChosen={(date) => actions.dateHighlighted(date)}
          />
          {stats && <ValuationSummary label={peLabel} stats={stats} since={since} />}
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
}: {
  label: string
  stats: ValuationStats
  since: IsoDate
}) {
  return (
    <dl className="stat-strip" aria-label={`${label} statistics since ${since}`}>
      <div>
        <dt>Current</dt>
        <dd>
          {formatMultiple(stats.current.value)} <small>{formatLongDate(stats.current.date)}</small>
        </dd>
      </div>
      <div>
        <dt>Mean since {since}</dt>
        <dd>{formatMultiple(stats.mean)}</dd>
      </div>
      <div>
        <dt>±1σ band</dt>
        <dd>
          {formatMultiple(stats.bands.minus1)}–{formatMultiple(stats.bands.plus1)}
        </dd>
      </div>
      <div>
        <dt title="Share of observations in the window at or below the current value">
          Percentile
        </dt>
        <dd>{formatPercentile(stats.percentile)}</dd>
      </div>
      <div>
        <dt>Peak</dt>
        <dd>
          {formatMultiple(stats.max.value)} <small>{formatLongDate(stats.max.date)}</small>
        </dd>
      </div>
      <div>
        <dt>Trough</dt>
        <dd>
          {formatMultiple(stats.min.value)} <small>{formatLongDate(stats.min.date)}</small>
        </dd>
      </div>
      <div>
        <dt>Peak ÷ current</dt>
        <dd>{formatTimes(stats.peakOverCurrent)}</dd>
      </div>
      {stats.excluded > 0 && (
        <div>
          <dt>Not meaningful</dt>
          <dd>{stats.excluded} days</dd>
        </div>
      )}
    </dl>
  )
}
