import { useCallback } from 'react'
import { summariseSeries } from '@/domain/valuation-summary'
import { useT } from '@/i18n'
import { useDataSource, useLanguage } from '@/state/dashboard-store'
import {
  useLogScale,
  usePrimarySeries,
  useScatterHorizon,
  useValuationActions,
  useValuationMethod,
  useValuationMetric,
  useValuationSeries,
  useWindowStart,
} from '@/state/valuation-store'
import { PanelBoundary } from '@/components/panel'
import { BandPanel } from '@/components/valuation/band-panel'
import { exportContextOf } from '@/components/valuation/export-context'
import { ScatterPanel } from '@/components/valuation/scatter-panel'
import { cachedSummary, type SummarisedSeries } from '@/components/valuation/series-sentences'
import { SummaryPanel } from '@/components/valuation/summary-panel'
import {
  useSectorSeries,
  useValuationData,
  type SeriesView,
} from '@/components/valuation/use-valuation-data'
import { ValuationControls } from '@/components/valuation/valuation-controls'
import { useDataChecks } from '@/components/use-data-checks'
import {
  methodExplanation,
  methodLabels,
  metricLabels,
} from '@/components/valuation/valuation-labels'
import '@/components/valuation/valuation.css'

/**
 * The Valuation view: how cheap or dear the biomedical sector (and any listing, the CSI index or an
 * imported series) is against its own history since a chosen date. Controls on the side; the band
 * chart, the summary table with generated sentences, and the valuation-vs-forward-return scatter.
 */
export function ValuationView() {
  const t = useT()
  const language = useLanguage()
  const dataSource = useDataSource()
  const ids = useValuationSeries()
  const metric = useValuationMetric()
  const method = useValuationMethod()
  const windowStart = useWindowStart()
  const horizon = useScatterHorizon()
  const primary = usePrimarySeries()
  const logScale = useLogScale()
  const actions = useValuationActions()

  const sectors = useSectorSeries(metric, method)
  const views = useValuationData(ids, metric, method, sectors, t)
  const rows: SummarisedSeries[] = views.map((view) => ({
    view,
    summary: cachedSummary(view.points, windowStart, summariseSeries),
  }))
  // vfrom= in the address after the latest observation of every series (an empty window): ignored.
  const span = dataSpan(views)
  useDataChecks(['vfrom'], span?.earliest, span?.latest)
  const methodLine = `${metricLabels[metric]}, ${t(methodLabels[method]).toLowerCase()}: ${methodExplanation(method, metric, t)}`
  const exportContext = useCallback(
    () => exportContextOf(methodLine, windowStart, dataSource, t),
    [methodLine, windowStart, dataSource, t],
  )

  return (
    <main className="valuation-layout" aria-label={t('Valuation')}>
      <PanelBoundary>
        <ValuationControls />
      </PanelBoundary>
      <div className="valuation-main">
        {/* Each panel fails alone: a rendering error shows in its place, the others keep working. */}
        <PanelBoundary>
          <BandPanel
            rows={rows}
            primary={primary}
            metric={metric}
            windowStart={windowStart}
            logScale={logScale}
            onPrimaryChange={actions.primaryChosen}
            onLogScaleChange={actions.logScaleToggled}
            onWindowStartChange={actions.windowStartChosen}
            exportContext={exportContext}
            t={t}
            language={language}
          />
        </PanelBoundary>
        <PanelBoundary>
          <SummaryPanel
            rows={rows}
            metric={metric}
            windowStart={windowStart}
            exportContext={exportContext}
            onShowPs={() => actions.metricChosen('ps')}
            t={t}
            language={language}
          />
        </PanelBoundary>
        <PanelBoundary>
          <ScatterPanel
            sectors={sectors}
            metric={metric}
            windowStart={windowStart}
            horizon={horizon}
            onHorizonChange={actions.horizonChosen}
            exportContext={exportContext}
            t={t}
          />
        </PanelBoundary>
      </div>
    </main>
  )
}

/** First and last date of the loaded series (null while none has loaded). */
function dataSpan(views: readonly SeriesView[]): { earliest: string; latest: string } | null {
  let earliest: string | null = null
  let latest: string | null = null
  for (const { points } of views) {
    const first = points?.[0]?.date
    const last = points?.at(-1)?.date
    if (first !== undefined && (earliest === null || first < earliest)) earliest = first
    if (last !== undefined && (latest === null || last > latest)) latest = last
  }
  return earliest === null || latest === null ? null : { earliest, latest }
}
