import { useId, useMemo, useRef } from 'react'
import { seriesColour } from '@/charts/valuation-colours'
import {
  ValuationBandChart,
  type BandChartLabels,
  type BandSeries,
} from '@/charts/valuation-band-chart'
import type { ValuationMetric } from '@/domain/sector'
import { bandChartCsv, type ExportContext } from '@/domain/valuation-csv'
import { mergeSeries, type ValuationRow } from '@/domain/valuation-rows'
import type { DisplayLanguage } from '@/format'
import type { Translate } from '@/i18n'
import { Panel } from '@/components/panel'
import { pngFooter } from '@/components/valuation/export-context'
import { ExportButtons } from '@/components/valuation/export-buttons'
import { identityKey, lastComputed } from '@/components/valuation/identity-cache'
import { SeriesProvenance, SeriesStaleNotice } from '@/components/valuation/series-provenance'
import { seriesSentence, type SummarisedSeries } from '@/components/valuation/series-sentences'
import { countsText, metricLabels } from '@/components/valuation/valuation-labels'
import type { SeriesId } from '@/state/valuation-store'

interface BandPanelProps {
  rows: readonly SummarisedSeries[]
  primary: SeriesId | null
  metric: ValuationMetric
  windowStart: string
  logScale: boolean
  onPrimaryChange: (id: SeriesId) => void
  onLogScaleChange: (on: boolean) => void
  onWindowStartChange: (date: string) => void
  exportContext: () => ExportContext
  t: Translate
  language: DisplayLanguage
}

const mergedRows = lastComputed<ValuationRow[]>()
const countMaps = lastComputed<(Map<string, string> | null)[]>()
/** The series list keeps its identity while its content is the same (the chart is memoised). */
const sameSeries = lastComputed<BandSeries[]>()
const noteLookups = lastComputed<(k: number, date: string) => string | null>()

/** The band chart with its controls: which series has the bands, log scale, exports. */
export function BandPanel({
  rows,
  primary,
  metric,
  windowStart,
  logScale,
  onPrimaryChange,
  onLogScaleChange,
  onWindowStartChange,
  exportContext,
  t,
  language,
}: BandPanelProps) {
  const selectId = useId()
  const figure = useRef<HTMLDivElement>(null)
  // Series with data are drawn; each keeps the colour of its place among the series shown.
  const drawn = rows.flatMap((row, position) =>
    row.view.points ? [{ ...row, colour: seriesColour(position) }] : [],
  )
  const pointsKey = identityKey(drawn.map((row) => row.view.points))
  const chartRows = mergedRows(`${pointsKey}|${logScale}`, () =>
    mergeSeries(
      drawn.map((row) => row.view.points ?? []),
      { positiveOnly: logScale },
    ),
  )
  const countsKey = `${identityKey(drawn.map((row) => row.view.sector))}|${metric}|${language}`
  const counts = countMaps(countsKey, () =>
    drawn.map(({ view }) =>
      view.sector
        ? new Map(view.sector.map((point) => [point.date, countsText(point, metric, t)]))
        : null,
    ),
  )
  // Stable props: the chart is memoised, and redraws only when what it shows changes.
  const seriesList: BandSeries[] = drawn.map(({ view, colour }) => ({
    label: view.label,
    colour,
    style:
      view.series.kind === 'index'
        ? 'dashed'
        : view.series.kind === 'imported'
          ? 'dotted'
          : 'solid',
  }))
  const chartSeries = sameSeries(JSON.stringify(seriesList), () => seriesList)
  const tooltipNote = noteLookups(
    countsKey,
    () => (k: number, date: string) => counts[k]?.get(date) ?? null,
  )
  const primaryIndex = Math.max(
    0,
    drawn.findIndex((row) => row.view.id === primary),
  )
  const primaryRow = drawn[primaryIndex]
  const stats = primaryRow?.summary?.stats ?? null
  const metricLabel = metricLabels[metric]
  const caption = t('{metric} against its own history: mean and ±1σ / ±2σ bands since {since}', {
    metric: metricLabel,
    since: windowStart,
  })
  const labels: BandChartLabels = useMemo(
    () => ({
      mean: t('Mean since {since}', { since: windowStart }),
      band1: t('±1σ band'),
      band2: t('±2σ band'),
      outside: t('Before the window start (not in the statistics)'),
      peak: t('Peak'),
      trough: t('Trough'),
      handle: t('Window start (drag, or use the arrow keys)'),
      notMeaningful: 'n/m',
      noSession: t('no observation'),
    }),
    [t, windowStart],
  )
  const summary = primaryRow
    ? [
        t('Bands on {label}.', { label: primaryRow.view.label }),
        seriesSentence(primaryRow, metric, windowStart, t, language),
        drawn.length > 1
          ? t('Also drawn: {labels}.', {
              labels: drawn
                .filter((row) => row !== primaryRow)
                .map((row) => row.view.label)
                .join('; '),
            })
          : null,
      ]
        .filter(Boolean)
        .join(' ')
    : ''
  const missing = rows.filter((row) => !row.view.points)

  return (
    <Panel
      title={t('Valuation bands')}
      className="valuation-band-panel"
      actions={
        <div className="panel-tools">
          <label className="select-field" htmlFor={selectId}>
            {t('Bands on')}
            <select
              id={selectId}
              value={primaryRow?.view.id ?? ''}
              onChange={(event) => onPrimaryChange(event.target.value as SeriesId)}
              disabled={drawn.length === 0}
            >
              {drawn.map(({ view }) => (
                <option key={view.id} value={view.id}>
                  {view.label}
                </option>
              ))}
            </select>
          </label>
          <label className="check-field">
            <input
              type="checkbox"
              checked={logScale}
              onChange={(event) => onLogScaleChange(event.target.checked)}
            />
            {t('Log scale')}
          </label>
          <ExportButtons
            subject={t('the band chart')}
            csv={() => ({
              text: bandChartCsv(
                chartRows,
                drawn.map((row) => row.view.label),
                stats && primaryRow
                  ? { label: primaryRow.view.label, mean: stats.mean, ...stats.bands }
                  : null,
                { ...exportContext(), title: caption },
              ),
              fileName: `biopulse-valuation-bands-${metric}-since-${windowStart}.csv`,
            })}
            png={{
              figure,
              title: caption,
              footer: pngFooter(exportContext(), primaryRow?.view.method ?? '', t),
              fileName: `biopulse-valuation-bands-${metric}-since-${windowStart}.png`,
            }}
          />
        </div>
      }
      footer={
        <>
          <SeriesProvenance rows={rows} />
          <p className="panel-note">
            {logScale &&
              `${t('Log scale: only values above zero can be drawn; a band reaching below zero is cut at the axis.')} `}
            {t(
              'Solid: computed by Biopulse; dashed: published by a vendor; dotted: imported. Gaps are days on which a value is not meaningful.',
            )}
          </p>
        </>
      }
    >
      <SeriesStaleNotice rows={rows} />
      {missing.map(({ view }) => (
        <p
          key={view.id}
          className={view.error ? 'panel-warning' : 'panel-note'}
          role={view.error ? 'alert' : undefined}
        >
          {view.error
            ? t('{label} could not be loaded: {reason}', { label: view.label, reason: view.error })
            : (view.unavailable ?? t('Loading {label}…', { label: view.label }))}
          {view.error && view.refetch && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={view.refetch}>
                {t('Retry')}
              </button>
            </>
          )}
        </p>
      ))}
      {drawn
        .filter(({ view }) => view.failures.length > 0)
        .map(({ view }) => (
          <p key={`${view.id}-failures`} className="panel-warning" role="status">
            {t('{label} computed without {tickers} (data unavailable).', {
              label: view.label,
              tickers: view.failures.map((failure) => failure.ticker).join(', '),
            })}
          </p>
        ))}
      {drawn.length === 0 ? (
        <p className="empty">
          {rows.length === 0
            ? t('No series chosen: pick one under “Series and window”.')
            : t('Nothing to draw yet.')}
        </p>
      ) : (
        <div ref={figure}>
          <ValuationBandChart
            caption={caption}
            summary={summary}
            rows={chartRows}
            series={chartSeries}
            primary={primaryIndex}
            stats={stats}
            windowStart={windowStart}
            onWindowStartChange={onWindowStartChange}
            logScale={logScale}
            labels={labels}
            tooltipNote={tooltipNote}
            language={language}
          />
        </div>
      )}
    </Panel>
  )
}
