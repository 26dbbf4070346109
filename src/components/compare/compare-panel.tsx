import { useMemo, useState } from 'react'
import { CompareChart } from '@/charts/compare-chart'
import { compareColours } from '@/charts/compare-theme'
import { maxCompareSeries, type CompareSeriesId } from '@/domain/compare'
import type { Basket } from '@/domain/sector'
import { useT } from '@/i18n'
import { useCompareLevels } from '@/queries/use-compare-data'
import { useSectorPe } from '@/queries/use-market-data'
import {
  useCompareActions,
  useCompareLogScale,
  useCompareMode,
  useComparePeBasket,
  useCompareRange,
  useCompareSeries,
} from '@/state/compare-store'
import { useLanguage, useSinceDate } from '@/state/dashboard-store'
import { basketLabels } from '@/components/labels'
import { Panel, PanelError, Skeleton } from '@/components/panel'
import { ProvenanceNote } from '@/components/provenance-note'
import { StaleNotice } from '@/components/stale-notice'
import { useDataChecks } from '@/components/use-data-checks'
import { RangePresetGroup, SegmentedGroup } from '@/components/segmented-group'
import { TickerCombobox } from '@/components/ticker-combobox'
import { seriesNames } from '@/components/compare/compare-labels'
import { CompareLegend } from '@/components/compare/compare-legend'
import { compareChartData, compareSummary } from '@/components/compare/compare-summary'
import { useSectorPeBand } from '@/components/compare/use-sector-pe-band'

const baskets: Basket[] = ['HK', 'A', 'ALL']
const modes = ['rebased', 'percent'] as const

/**
 * Compare up to eight listings and sector baskets, rebased to 100 at the first visible session
 * (or as % change from it), linear or log, above the sector PE pane with one shared crosshair.
 * The legend is the series list: each row names a series, where it starts and ends, and removes it.
 */
export function ComparePanel() {
  const ids = useCompareSeries()
  const mode = useCompareMode()
  const logScale = useCompareLogScale()
  const preset = useCompareRange()
  const peBasket = useComparePeBasket()
  const since = useSinceDate()
  const language = useLanguage()
  const actions = useCompareActions()
  const t = useT()
  const [message, setMessage] = useState<string | null>(null)
  const { series, refetch, provenance, stamps } = useCompareLevels(ids)
  const pe = useSectorPe(peBasket)

  const { levels: peLevels, stats: peStats, band: peBand } = useSectorPeBand(pe.data, since)
  const chart = useMemo(
    () => compareChartData(series, peLevels, preset),
    [series, peLevels, preset],
  )

  const names = useMemo(() => ids.map((id) => seriesNames(id, t, language)), [ids, t, language])
  // since= in the address after the latest PE (an empty window): ignored with a notice.
  useDataChecks(['since'], pe.data?.[0]?.date, pe.data?.at(-1)?.date)
  const peLabel = `${t(basketLabels[peBasket])} PE-TTM`
  // Stable props: the chart is memoised, and redraws only when what it shows changes.
  const chartSeries = useMemo(
    () =>
      names.map((name, k) => ({
        label: name.label,
        colour: compareColours[k % compareColours.length] ?? 'currentColor',
      })),
    [names],
  )
  const paneLabels = useMemo(
    () => ({
      main: logScale ? t('Log scale') : mode === 'rebased' ? t('Rebased to 100') : t('% change'),
      pe: t('{label} · mean ± 1σ since {since}', { label: peLabel, since }),
    }),
    [t, logScale, mode, peLabel, since],
  )
  const pending = series.some((entry) => entry.isPending && !entry.levels)
  const failed = series.filter((entry) => entry.error && !entry.levels)

  function add(id: CompareSeriesId): string | null {
    const name = seriesNames(id, t, language).label
    if (ids.includes(id)) return t('{name} is already compared.', { name })
    if (ids.length >= maxCompareSeries)
      return t('Up to {max} series can be compared: remove one to add {name}.', {
        max: maxCompareSeries,
        name,
      })
    actions.seriesAdded(id)
    return null
  }

  const summary = chart
    ? compareSummary({
        chart,
        mode,
        labels: names.map((name) => name.label),
        peLabel,
        peStats,
        since,
        t,
        language,
      })
    : ''

  return (
    <Panel
      title={t('Compare')}
      className="compare-panel"
      actions={
        <RangePresetGroup label={t('Range')} value={preset} onChange={actions.rangeChosen} />
      }
      footer={
        <>
          <ProvenanceNote
            entries={[
              {
                label: t('Prices'),
                provenance,
                failed: series.length > 0 && series.every((entry) => entry.error && !entry.levels),
              },
              { label: t('Sector PE'), provenance: pe.provenance, failed: !!pe.error && !pe.data },
            ]}
          />
          <p className="panel-note">
            {t(
              'Listings: forward-adjusted closes in their own currency. Baskets: cap-weighted daily moves compounded into an index. Every series is rebased at its first session in the range; lines bridge sessions on which a market was closed.',
            )}{' '}
            {t('Sector PE band: mean ± 1σ since {since}.', { since })}
          </p>
        </>
      }
    >
      <div className="compare-controls">
        <SegmentedGroup
          label={t('Show as')}
          options={modes}
          value={mode}
          onChange={actions.modeChosen}
          labelOf={(option) => (option === 'rebased' ? t('Rebased to 100') : t('% change'))}
        />
        <button
          type="button"
          className="toggle-button"
          aria-pressed={logScale}
          onClick={() => actions.logScaleToggled(!logScale)}
        >
          {t('Log scale')}
        </button>
        <SegmentedGroup
          label={t('Sector PE pane')}
          options={baskets}
          value={peBasket}
          onChange={actions.peBasketChosen}
          labelOf={(basket) => t(basketLabels[basket])}
        />
      </div>
      <div className="compare-add">
        <TickerCombobox
          label={t('Add a listing')}
          placeholder={t('Code or name, e.g. 2696, 荣昌, RemeGen')}
          submitLabel={t('Add')}
          t={t}
          noteOf={(ticker) => (ids.includes(ticker) ? t('compared') : null)}
          onPick={add}
          message={message}
          onMessageChange={setMessage}
        />
        <div className="compare-baskets" role="group" aria-label={t('Add a sector basket')}>
          {baskets.map((basket) => (
            <button
              key={basket}
              type="button"
              className="button"
              disabled={ids.includes(basket)}
              onClick={() => setMessage(add(basket))}
            >
              + {t(basketLabels[basket])}
            </button>
          ))}
        </div>
      </div>

      <StaleNotice
        stamps={[...stamps, ...pe.stamps]}
        onRetry={() => {
          refetch()
          pe.refetch()
        }}
      />
      {pe.error && !pe.data && ids.length > 0 && (
        <p className="panel-warning" role="status">
          {t('Sector PE could not be loaded: {reason}', { reason: pe.error.message })}{' '}
          <button type="button" className="link-button" onClick={pe.refetch}>
            {t('Retry')}
          </button>
        </p>
      )}
      {failed.length > 0 && (
        <PanelError
          message={t('Could not load {names}: {reason}', {
            names: failed.map((entry) => seriesNames(entry.id, t, language).label).join(', '),
            reason: failed[0]?.error?.message ?? '',
          })}
          onRetry={refetch}
          retryLabel={t('Retry')}
        />
      )}
      {ids.length === 0 ? (
        <p className="empty">
          {t('Pick up to {max} listings or baskets to compare.', { max: maxCompareSeries })}
        </p>
      ) : !chart ? (
        pending ? (
          <Skeleton label={t('Loading the chart…')} lines={9} height={360} />
        ) : null
      ) : (
        <CompareChart
          caption={
            mode === 'rebased'
              ? t('Performance rebased to 100 vs sector PE')
              : t('Performance in % vs sector PE')
          }
          summary={summary}
          rows={chart.rows}
          series={chartSeries}
          mode={mode}
          logScale={logScale}
          peLabel={peLabel}
          peBand={peBand}
          paneLabels={paneLabels}
          language={language}
          noValueText={t('no session')}
        />
      )}

      {ids.length > 0 && (
        <CompareLegend
          ids={ids}
          names={names}
          series={series}
          chart={chart}
          mode={mode}
          onRemove={(id) => {
            actions.seriesRemoved(id)
            setMessage(null)
          }}
          t={t}
          language={language}
        />
      )}
    </Panel>
  )
}
