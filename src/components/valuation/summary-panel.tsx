import type { ReactNode } from 'react'
import type { ValuationMetric } from '@/domain/sector'
import { summaryCsv, type ExportContext } from '@/domain/valuation-csv'
import {
  formatMultiple,
  formatPercent,
  formatSignedPercent,
  formatTimes,
  type DisplayLanguage,
} from '@/format'
import type { Translate } from '@/i18n'
import { Panel } from '@/components/panel'
import { ExportButtons } from '@/components/valuation/export-buttons'
import { SeriesProvenance, SeriesStaleNotice } from '@/components/valuation/series-provenance'
import { seriesSentence, type SummarisedSeries } from '@/components/valuation/series-sentences'
import { countsText } from '@/components/valuation/valuation-labels'

interface SummaryPanelProps {
  rows: readonly SummarisedSeries[]
  metric: ValuationMetric
  windowStart: string
  exportContext: () => ExportContext
  onShowPs: () => void
  t: Translate
  language: DisplayLanguage
}

const statColumns = [
  'Current',
  'Mean',
  'Median',
  'σ',
  '−2σ',
  '−1σ',
  '+1σ',
  '+2σ',
  'Percentile',
  'vs mean',
  'Min',
  'Max',
  'Peak ÷ current',
  'Current ÷ trough',
  'Days used',
  'n/m days',
] as const

const columnHints: Partial<Record<(typeof statColumns)[number], string>> = {
  Percentile: 'Share of observations ≤ current',
  σ: 'Population standard deviation over the window',
  'Days used': 'Days in the window with a meaningful value: the statistics are computed over them',
  'n/m days': 'Days in the window whose value is not meaningful (excluded from every statistic)',
  'vs mean': 'Current ÷ mean − 1',
}

function Dated({ value, date }: { value: ReactNode; date: string | undefined }) {
  return (
    <>
      {value}
      {date && <span className="cell-date">{date}</span>}
    </>
  )
}

/** The generated sentences and the "Valuation summary" table: one row per series shown. */
export function SummaryPanel({
  rows,
  metric,
  windowStart,
  exportContext,
  onShowPs,
  t,
  language,
}: SummaryPanelProps) {
  const title = t('Valuation summary')
  const sentences = rows.map((row) => seriesSentence(row, metric, windowStart, t, language))
  const anyNotMeaningful = rows.some((row) => row.summary?.latest && !row.summary.currentIsLatest)

  return (
    <Panel
      title={title}
      className="valuation-summary"
      actions={
        <ExportButtons
          subject={title}
          csv={() => ({
            text: summaryCsv(
              rows.map(({ view, summary }) => ({
                label: view.label,
                method: view.method,
                summary: summary ?? { stats: null, latest: null, currentIsLatest: false },
                counts: view.sector?.at(-1) ?? null,
              })),
              { ...exportContext(), title },
            ),
            fileName: `biopulse-valuation-summary-${metric}-since-${windowStart}.csv`,
          })}
        />
      }
      footer={
        <>
          <SeriesProvenance rows={rows} />
          <p className="panel-note">
            {t(
              'Window: {since} to each series’ latest observation. Percentile = share of observations ≤ current; σ = population standard deviation; n/m = not meaningful (e.g. PE of a loss-maker), excluded from every statistic and counted.',
              { since: windowStart },
            )}
          </p>
        </>
      }
    >
      <SeriesStaleNotice rows={rows} />
      {rows.length === 0 ? (
        <p className="empty">{t('No series chosen: pick one under “Series and window”.')}</p>
      ) : (
        <>
          <ul className="valuation-sentences" aria-label={t('Generated summary')}>
            {rows.map(({ view }, i) =>
              sentences[i] ? <li key={view.id}>{sentences[i]}</li> : null,
            )}
          </ul>
          {metric === 'pe' && anyNotMeaningful && (
            <p className="panel-warning">
              {t('Some PE values are not meaningful (loss-makers).')}{' '}
              <button type="button" className="link-button" onClick={onShowPs}>
                {t('Show PS-TTM instead')}
              </button>
            </p>
          )}
          <div className="table-scroll">
            <table className="data-table valuation-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('Series')}</th>
                  {statColumns.map((column) => (
                    <th
                      key={column}
                      scope="col"
                      className="num"
                      title={columnHints[column] ? t(columnHints[column]) : undefined}
                    >
                      {t(column)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <SummaryRow key={row.view.id} row={row} metric={metric} t={t} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Panel>
  )
}

function SummaryRow({
  row: { view, summary },
  metric,
  t,
}: {
  row: SummarisedSeries
  metric: ValuationMetric
  t: Translate
}) {
  const latestCounts = view.sector?.at(-1)
  const head = (
    <th scope="row" className="series-cell">
      <span className="series-name">{view.label}</span>
      <span className="series-method">{view.method}</span>
      {latestCounts && <span className="series-counts">{countsText(latestCounts, metric, t)}</span>}
    </th>
  )
  const message = view.error
    ? t('Could not be loaded: {reason}', { reason: view.error })
    : view.unavailable
      ? view.unavailable
      : !summary
        ? t('Loading…')
        : !summary.latest
          ? t('No observation in the window.')
          : !summary.stats
            ? t('Not meaningful on any day of the window.')
            : null
  if (message || !summary) {
    return (
      <tr>
        {head}
        <td colSpan={statColumns.length} className={view.error ? 'cell-error' : 'cell-note'}>
          {message}
        </td>
      </tr>
    )
  }
  const { stats, latest, currentIsLatest } = summary
  const now = (text: string) => (currentIsLatest ? text : 'n/m')
  const cells: ReactNode[] = [
    <Dated
      key="current"
      value={currentIsLatest && stats ? formatMultiple(stats.current.value) : 'n/m'}
      date={latest?.date}
    />,
    formatMultiple(stats?.mean),
    formatMultiple(stats?.median),
    formatMultiple(stats?.stdDev),
    formatMultiple(stats?.bands.minus2),
    formatMultiple(stats?.bands.minus1),
    formatMultiple(stats?.bands.plus1),
    formatMultiple(stats?.bands.plus2),
    now(formatPercent(stats?.percentile)),
    now(formatSignedPercent(stats?.currentVsMean)),
    <Dated key="min" value={formatMultiple(stats?.min.value)} date={stats?.min.date} />,
    <Dated key="max" value={formatMultiple(stats?.max.value)} date={stats?.max.date} />,
    now(formatTimes(stats?.peakOverCurrent)),
    now(formatTimes(stats?.currentOverTrough)),
    (stats?.count ?? 0).toLocaleString('en-US'),
    (stats?.excluded ?? 0).toLocaleString('en-US'),
  ]
  return (
    <tr>
      {head}
      {cells.map((cell, i) => (
        <td key={statColumns[i]} className="num">
          {cell}
        </td>
      ))}
    </tr>
  )
}
