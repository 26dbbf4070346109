import { useDeferredValue, useId, useMemo, useRef } from 'react'
import {
  ValuationScatterChart,
  type ScatterChartLabels,
  type ScatterGroup,
} from '@/charts/valuation-scatter-chart'
import type { SectorValuationPoint, ValuationMetric } from '@/domain/sector'
import { scatterCsv, type ExportContext } from '@/domain/valuation-csv'
import { returnsByPercentile, scatterPoints } from '@/domain/valuation-scatter'
import { formatPercent, formatSignedPercent } from '@/format'
import type { Translate } from '@/i18n'
import { useSectorMoves, type Combined } from '@/queries/use-market-data'
import { combineProvenance } from '@/providers/provenance'
import { basketLabels } from '@/components/labels'
import { Panel, PanelError, Skeleton } from '@/components/panel'
import { ProvenanceNote } from '@/components/provenance-note'
import { StaleNotice } from '@/components/stale-notice'
import { ExportButtons } from '@/components/valuation/export-buttons'
import { pngFooter } from '@/components/valuation/export-context'
import { metricLabels } from '@/components/valuation/valuation-labels'
import { scatterHorizons, type ScatterHorizon } from '@/state/valuation-store'

/** Days at the start of the window that only feed the history: a percentile of a few days says little. */
export const warmUpSessions = 20

interface ScatterPanelProps {
  sectors: Record<'HK' | 'A', Combined<SectorValuationPoint[]>>
  metric: ValuationMetric
  windowStart: string
  horizon: ScatterHorizon
  onHorizonChange: (horizon: ScatterHorizon) => void
  exportContext: () => ExportContext
  t: Translate
}

const markets = ['HK', 'A'] as const

/** Valuation against what came next: the point-in-time percentile vs the forward basket return. */
export function ScatterPanel({
  sectors,
  metric,
  windowStart,
  horizon,
  onHorizonChange,
  exportContext,
  t,
}: ScatterPanelProps) {
  const figure = useRef<HTMLDivElement>(null)
  const moves = { HK: useSectorMoves('HK'), A: useSectorMoves('A') }
  // Thousands of dots: let typing, dragging the window start and loading the other panels go
  // first; intermediate inputs are skipped rather than each drawn.
  const hkValues = useDeferredValue(sectors.HK.data)
  const aValues = useDeferredValue(sectors.A.data)
  const hkMoves = useDeferredValue(moves.HK.data)
  const aMoves = useDeferredValue(moves.A.data)
  const from = useDeferredValue(windowStart)
  const groups = useMemo(() => {
    const inputs = { HK: [hkValues, hkMoves], A: [aValues, aMoves] } as const
    return markets.flatMap((market): ScatterGroup[] => {
      const [values, basket] = inputs[market]
      if (!values || !basket) return []
      const result = scatterPoints(
        values.map(({ date, value }) => ({ date, value })),
        basket.map(({ date, capWeighted }) => ({ date, value: capWeighted })),
        { from, horizon, minCount: warmUpSessions },
      )
      return [{ market, label: t(basketLabels[market]), ...result }]
    })
  }, [hkValues, hkMoves, aValues, aMoves, from, horizon, t])

  const metricLabel = metricLabels[metric]
  const caption = t('{metric} percentile vs the basket’s next {horizon} sessions', {
    metric: metricLabel,
    horizon,
  })
  const labels: ScatterChartLabels = {
    x: t('Sector {metric} percentile, point-in-time (no look-ahead)', { metric: metricLabel }),
    y: t('Return, next {horizon} sessions', { horizon }),
    today: (group) => t('{market} today', { market: group.market }),
    percentile: t('Percentile (point-in-time)'),
    value: metricLabel,
    forwardReturn: t('Next {horizon} sessions', { horizon }),
  }
  const buckets = groups.map((group) => returnsByPercentile(group.points, 5))
  const summary = groups
    .map((group, k) => {
      const low = buckets[k]?.[0]
      const high = buckets[k]?.[4]
      return t(
        '{label}: {count} days. In the bottom fifth of its point-in-time range the basket returned {low} on average over the next {horizon} sessions ({lowCount} days); in the top fifth {high} ({highCount} days). Today: {today} percentile, return not known yet.',
        {
          label: group.label,
          count: group.points.length,
          low: formatSignedPercent(low?.mean),
          lowCount: low?.count ?? 0,
          high: formatSignedPercent(high?.mean),
          highCount: high?.count ?? 0,
          horizon,
          today: formatPercent(group.current?.percentile),
        },
      )
    })
    .join(' ')
  const parts = [sectors.HK, sectors.A, moves.HK, moves.A]
  const error = parts.find((r) => r.error && !r.data)?.error
  const pending = groups.length === 0 && !error
  const failed = (...results: Combined<unknown>[]) => results.some((r) => !!r.error && !r.data)

  return (
    <Panel
      title={t('Valuation vs what came next')}
      className="valuation-scatter-panel"
      actions={
        <div className="panel-tools">
          <div className="segmented" role="group" aria-label={t('Forward horizon')}>
            {scatterHorizons.map((option) => (
              <button
                key={option}
                type="button"
                aria-pressed={option === horizon}
                onClick={() => onHorizonChange(option)}
              >
                {t('{count} sessions', { count: option })}
              </button>
            ))}
          </div>
          <ExportButtons
            subject={t('the scatter')}
            csv={() => ({
              text: scatterCsv(
                groups.map((group) => ({ market: group.label, points: group.points })),
                horizon,
                { ...exportContext(), title: caption },
              ),
              fileName: `biopulse-valuation-scatter-${metric}-${horizon}d-since-${windowStart}.csv`,
            })}
            png={{
              figure,
              title: caption,
              footer: pngFooter(exportContext(), '', t),
              fileName: `biopulse-valuation-scatter-${metric}-${horizon}d-since-${windowStart}.png`,
            }}
          />
        </div>
      }
      footer={
        <>
          <ProvenanceNote
            entries={[
              {
                label: t('Sector {metric}', { metric: metricLabel }),
                provenance: combineProvenance([
                  sectors.HK.provenance ?? undefined,
                  sectors.A.provenance ?? undefined,
                ]),
                failed: failed(sectors.HK, sectors.A),
              },
              {
                label: t('Basket moves'),
                provenance: combineProvenance([
                  moves.HK.provenance ?? undefined,
                  moves.A.provenance ?? undefined,
                ]),
                failed: failed(moves.HK, moves.A),
              },
            ]}
          />
          <p className="panel-note">
            {t(
              'Point-in-time: each day’s percentile ranks it only against the window up to that day, as an investor could have known it (no look-ahead); the first {warmUp} sessions of the window only build the history. Return: the cap-weighted basket’s daily moves compounded over the next sessions. Consecutive days share most of their window, so the dots are not independent observations.',
              { warmUp: warmUpSessions },
            )}
          </p>
        </>
      }
    >
      <StaleNotice
        stamps={parts.flatMap((part) => part.stamps)}
        onRetry={() => {
          for (const part of parts) part.refetch()
        }}
      />
      {error ? (
        <PanelError
          message={t('The scatter could not be computed: {reason}', { reason: error.message })}
          retryLabel={t('Retry')}
          onRetry={() => {
            for (const result of [sectors.HK, sectors.A, moves.HK, moves.A]) result.refetch()
          }}
        />
      ) : pending ? (
        <Skeleton label={t('Loading the scatter…')} lines={8} height={320} />
      ) : (
        <>
          <div ref={figure}>
            <ValuationScatterChart
              caption={caption}
              summary={summary}
              groups={groups}
              labels={labels}
            />
          </div>
          <ReturnBuckets groups={groups} buckets={buckets} horizon={horizon} t={t} />
        </>
      )}
    </Panel>
  )
}

function ReturnBuckets({
  groups,
  buckets,
  horizon,
  t,
}: {
  groups: readonly ScatterGroup[]
  buckets: readonly ReturnType<typeof returnsByPercentile>[]
  horizon: number
  t: Translate
}) {
  const titleId = useId()
  const title = t('Mean return over the next {horizon} sessions by percentile fifth', { horizon })
  return (
    <>
      <p id={titleId} className="table-caption">
        {title}
      </p>
      <div className="table-scroll">
        <table className="data-table valuation-buckets" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('Percentile (point-in-time)')}</th>
              {groups.map((group) => (
                <th key={group.market} scope="col" className="num">
                  {group.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[0, 1, 2, 3, 4].map((i) => (
              <tr key={i}>
                <th scope="row">{`${formatPercent(i / 5)}–${formatPercent((i + 1) / 5)}`}</th>
                {groups.map((group, k) => {
                  const bucket = buckets[k]?.[i]
                  return (
                    <td key={group.market} className="num">
                      {formatSignedPercent(bucket?.mean)}{' '}
                      <span className="cell-date">
                        {t('{count} days, {up} up', {
                          count: bucket?.count ?? 0,
                          up: formatPercent(bucket?.shareUp),
                        })}
                      </span>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
