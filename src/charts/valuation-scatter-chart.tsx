import { memo, useCallback, useId, useMemo, useState } from 'react'
import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  type CartesianGridProps,
} from 'recharts'
import { niceDomain } from '@/charts/axis'
import { DotCloud, type CloudHit } from '@/charts/dot-cloud'
import { valuationColours } from '@/charts/valuation-colours'
import type { PercentilePoint, ScatterPoint } from '@/domain/valuation-scatter'
import { formatLongDate, formatMultiple, formatPercent, formatSignedPercent } from '@/format'

/** One market's dots, and its current day (a vertical line: it has no forward return yet). */
export interface ScatterGroup {
  market: 'HK' | 'A'
  label: string
  points: readonly ScatterPoint[]
  current: PercentilePoint | null
}

export interface ScatterChartLabels {
  /** x axis, e.g. "HK/A sector PE-TTM percentile, point-in-time". */
  x: string
  /** y axis, e.g. "Basket return over the next 20 sessions". */
  y: string
  /** "{market} today", e.g. "HK today"; built by the caller per group. */
  today: (group: ScatterGroup) => string
  percentile: string
  value: string
  forwardReturn: string
}

export interface ValuationScatterChartProps {
  caption: string
  summary: string
  groups: readonly ScatterGroup[]
  labels: ScatterChartLabels
  height?: number
}

interface Dot extends ScatterPoint {
  market: 'HK' | 'A'
  label: string
}

const percentTicks = [0, 0.2, 0.4, 0.6, 0.8, 1]
/** Vertical grid lines at the percentile ticks, from the axis scale (no label is measured). */
const percentGridLines: NonNullable<CartesianGridProps['verticalCoordinatesGenerator']> = ({
  xAxis,
}) =>
  percentTicks.flatMap((tick) => {
    const x = xAxis?.scale?.map(tick)
    return x === undefined ? [] : [x]
  })
const invisible = () => <g />
const returnTick = (value: number) =>
  `${(value * 100).toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) < 0.1 ? 1 : 0 })}%`

/**
 * Every session as a dot: x = the sector multiple's point-in-time percentile that day, y = the
 * basket's return over the next sessions, coloured by market. The current day has no forward
 * return yet, so it is a vertical line at its percentile. Thousands of dots: drawn as one path per
 * market ({@link DotCloud}), with a nearest-dot tooltip.
 */
export const ValuationScatterChart = memo(function ValuationScatterChart({
  caption,
  summary,
  groups,
  labels,
  height,
}: ValuationScatterChartProps) {
  const captionId = useId()
  const summaryId = useId()
  const cloud = useMemo(
    () =>
      groups.map((group) => ({
        colour: valuationColours.market[group.market],
        points: group.points.map((point) => ({ x: point.percentile, y: point.forwardReturn })),
      })),
    [groups],
  )
  const [hover, setHover] = useState<CloudHit | null>(null)
  const onHover = useCallback((hit: CloudHit | null) => setHover(hit), [])
  const hovered = hover ? groups[hover.group] : undefined
  const hoveredPoint = hover ? hovered?.points[hover.index] : undefined
  const yAxis = useMemo(
    () =>
      niceDomain(
        groups.flatMap((group) => group.points.map((p) => p.forwardReturn)),
        6,
      ),
    [groups],
  )

  return (
    <figure className="chart-figure" aria-labelledby={captionId} aria-describedby={summaryId}>
      <figcaption id={captionId} className="chart-caption">
        {caption}
      </figcaption>
      <div
        className="chart-body valuation-chart-body scatter-body"
        style={height ? { height } : undefined}
      >
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 22, right: 16, bottom: 18, left: 16 }}>
            <CartesianGrid
              stroke={valuationColours.grid}
              verticalCoordinatesGenerator={percentGridLines}
            />
            <XAxis
              dataKey="x"
              type="number"
              domain={[0, 1]}
              ticks={percentTicks}
              tickFormatter={(value: number) => formatPercent(value)}
              tick={{ fill: valuationColours.axis, fontSize: 11 }}
              tickLine={false}
              axisLine={{ stroke: valuationColours.grid }}
              label={{
                value: labels.x,
                position: 'insideBottom',
                offset: -12,
                fill: valuationColours.axis,
                fontSize: 11,
              }}
            />
            <YAxis
              dataKey="y"
              type="number"
              domain={yAxis.domain}
              ticks={yAxis.ticks}
              tickFormatter={returnTick}
              tick={{ fill: valuationColours.axis, fontSize: 11 }}
              width={48}
              tickLine={false}
              axisLine={false}
              label={{
                value: labels.y,
                angle: -90,
                position: 'left',
                offset: 2,
                fill: valuationColours.axis,
                fontSize: 11,
                style: { textAnchor: 'middle' },
              }}
            />
            <ReferenceLine y={0} stroke={valuationColours.axis} strokeOpacity={0.6} />
            {/* Recharts draws axes only for a graphical item: two invisible corner points. */}
            <Scatter
              data={[
                { x: 0, y: yAxis.domain[0] },
                { x: 1, y: yAxis.domain[1] },
              ]}
              shape={invisible}
              legendType="none"
              isAnimationActive={false}
            />
            <DotCloud groups={cloud} onHover={onHover} />
            {groups.map((group, k) =>
              group.current ? (
                <ReferenceLine
                  key={`today-${group.market}`}
                  x={group.current.percentile}
                  stroke={valuationColours.market[group.market]}
                  strokeWidth={2.5}
                  strokeDasharray={k === 0 ? undefined : '7 4'}
                  label={{
                    value: `${labels.today(group)} ${formatPercent(group.current.percentile)}`,
                    position: k === 0 ? 'insideTopLeft' : 'insideBottomLeft',
                    fill: valuationColours.market[group.market],
                    fontSize: 11,
                    fontWeight: 600,
                    stroke: 'var(--surface)',
                    strokeWidth: 3,
                    paintOrder: 'stroke',
                  }}
                />
              ) : null,
            )}
          </ScatterChart>
        </ResponsiveContainer>
        {hover && hovered && hoveredPoint && (
          <div
            className="scatter-tooltip-position"
            style={{
              left: hover.px,
              top: hover.py,
              transform: `translate(${hover.flip ? 'calc(-100% - 12px)' : '12px'}, 12px)`,
            }}
          >
            <ScatterTooltip
              active
              dot={{ ...hoveredPoint, market: hovered.market, label: hovered.label }}
              labels={labels}
            />
          </div>
        )}
      </div>
      <ul className="chart-legend">
        {groups.map((group) => (
          <li key={group.market}>
            <span
              className="legend-dot"
              style={{ background: valuationColours.market[group.market] }}
              aria-hidden="true"
            />
            {group.label}
          </li>
        ))}
      </ul>
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
    </figure>
  )
})

/** Tooltip body for one dot (exported for tests). */
export function ScatterTooltip({
  active,
  dot,
  labels,
}: {
  active: boolean | undefined
  dot: Dot | undefined
  labels: Pick<ScatterChartLabels, 'percentile' | 'value' | 'forwardReturn'>
}) {
  if (!active || !dot) return null
  return (
    <div className="chart-tooltip" role="status">
      <div className="chart-tooltip-date">
        {dot.label} · {formatLongDate(dot.date)}
      </div>
      <div>
        {labels.value}: <strong>{formatMultiple(dot.value)}</strong>
      </div>
      <div>
        {labels.percentile}: <strong>{formatPercent(dot.percentile)}</strong>
      </div>
      <div>
        {labels.forwardReturn}: <strong>{formatSignedPercent(dot.forwardReturn)}</strong>
      </div>
    </div>
  )
}
