import { memo, useCallback, useMemo } from 'react'
import { ComposedChart, Line, ReferenceArea, ReferenceDot, ReferenceLine, XAxis } from 'recharts'
import { bandYAxis } from '@/charts/band-axis'
import {
  ChartFigure,
  ChartTooltip,
  HorizontalGrid,
  ValueAxis,
  type TooltipContent,
} from '@/charts/chart-parts'
import { axisLine, axisTick } from '@/charts/chart-theme'
import { timeTicks } from '@/charts/time-ticks'
import { useChartSize } from '@/charts/use-chart-size'
import { BandLegend, ValuationTooltip } from '@/charts/valuation-band-parts'
import { valuationColours } from '@/charts/valuation-colours'
import { WindowHandle } from '@/charts/window-handle'
import { indicesWhere, lineRows } from '@/domain/chart-rows'
import type { ValuationStats } from '@/domain/stats'
import type { IsoDate } from '@/domain/types'
import { dateOfEpochDay, epochDay, type ValuationRow } from '@/domain/valuation-rows'
import { formatAxisDate, formatMultiple, type DisplayLanguage } from '@/format'

/** One line of the chart. */
export interface BandSeries {
  label: string
  colour: string
  /** solid: computed by Biopulse; dashed: published by a vendor; dotted: imported by the user. */
  style: 'solid' | 'dashed' | 'dotted'
}

/** Words the chart shows, in the UI language. */
export interface BandChartLabels {
  mean: string
  band1: string
  band2: string
  outside: string
  /** e.g. "Peak {value} ({date})" is built by the caller: these are prefixes. */
  peak: string
  trough: string
  handle: string
  notMeaningful: string
  noSession: string
}

export interface ValuationBandChartProps {
  caption: string
  /** Text alternative, read by screen readers and shown under the chart. */
  summary: string
  /** Rows of {@link mergeSeries}: `values[k]` belongs to `series[k]`. */
  rows: readonly ValuationRow[]
  series: readonly BandSeries[]
  /** Index in `series` of the series whose mean, bands, peak and trough are drawn. */
  primary: number | null
  /** Statistics of the primary series over the window. */
  stats: ValuationStats | null
  windowStart: IsoDate
  onWindowStartChange?: (date: IsoDate) => void
  logScale: boolean
  labels: BandChartLabels
  /** Extra tooltip line for series k on a date (e.g. "9 of 11 used, 2 loss-makers excluded"). */
  tooltipNote?: (k: number, date: IsoDate) => string | null
  height?: number
  /** Language of axis dates. */
  language?: DisplayLanguage
}

const dash = { solid: undefined, dashed: '6 4', dotted: '2 3' } as const

/** A surface-coloured outline behind label text, so it stays readable over the lines. */
const halo = { stroke: 'var(--surface)', strokeWidth: 3, paintOrder: 'stroke' } as const

const margin = { top: 18, right: 12, bottom: 0, left: 0 }
const axisWidth = 48
const multipleTick = (value: number) => formatMultiple(value)

/** One point of one line: its epoch day and value (null: not meaningful, a gap). */
interface LinePoint {
  day: number
  value: number | null
}
const valueOf = (point: LinePoint) => point.value

/**
 * A valuation series over time with its mean and shaded ±1σ / ±2σ bands over the statistics
 * window, peak and trough marked, other series overlaid as lines. The part of the history before
 * the window start is dimmed; the start is a draggable, keyboard-operable marker. Numeric x axis
 * (epoch days), no dots, no animation: ~2,000 sessions per series draw in tens of ms.
 */
export const ValuationBandChart = memo(function ValuationBandChart({
  caption,
  summary,
  rows,
  series,
  primary,
  stats,
  windowStart,
  onWindowStartChange,
  logScale,
  labels,
  tooltipNote,
  height,
  language = 'en',
}: ValuationBandChartProps) {
  const [bodyRef, size] = useChartSize()
  const first = rows[0]?.day ?? 0
  const last = rows.at(-1)?.day ?? 1
  const startDay = Math.min(Math.max(epochDay(windowStart), first), last)
  const { ticks, span } = useMemo(() => {
    const axis = timeTicks(rows.map((row) => row.date))
    return { ticks: axis.ticks.map(epochDay), span: axis.span }
  }, [rows])
  // Each line has its own points, so a series is not broken on the other market's holidays; a
  // not-meaningful stretch (null) stays a gap.
  const lines = useMemo(
    () =>
      series.map((_, k) =>
        rows.flatMap((row): LinePoint[] =>
          row.present[k] ? [{ day: row.day, value: row.values[k] ?? null }] : [],
        ),
      ),
    [rows, series],
  )
  const byDay = useMemo(() => new Map(rows.map((row) => [row.day, row])), [rows])
  const yAxis = useMemo(() => bandYAxis(rows, stats, logScale), [rows, stats, logScale])
  // The primary series' peak and trough over the window are drawn whatever the downsampling.
  const extremeDays = useMemo(
    () => (stats ? new Set([epochDay(stats.max.date), epochDay(stats.min.date)]) : null),
    [stats],
  )
  // Whole steps of 8 px: a window resized by a pixel does not downsample again.
  const plotWidth = size
    ? Math.max(0, Math.floor((size.width - axisWidth - margin.left - margin.right) / 8) * 8)
    : 0
  const drawn = useMemo(() => {
    if (plotWidth <= 0) return { rows: [], lines: [] }
    const keepOf = <T extends { day: number }>(points: readonly T[]) =>
      extremeDays ? indicesWhere(points, (point) => extremeDays.has(point.day)) : []
    return {
      // The chart's own rows only place the crosshair: the tooltip reads the full row of its day.
      rows: lineRows(
        rows,
        plotWidth,
        series.map((_, k) => (row: ValuationRow) => row.values[k] ?? null),
        keepOf(rows),
      ),
      lines: lines.map((points, k) =>
        lineRows(points, plotWidth, [valueOf], k === primary ? keepOf(points) : []),
      ),
    }
  }, [rows, lines, series, primary, plotWidth, extremeDays])
  // The bands cover the primary series' own observations: from its first point in the window.
  const bandStart = useMemo(() => {
    if (primary === null) return startDay
    const firstRow = rows.find((row) => row.day >= startDay && row.present[primary])
    return firstRow?.day ?? startDay
  }, [rows, primary, startDay])
  const formatDay = useCallback(
    (day: number) => formatAxisDate(dateOfEpochDay(day), span, language),
    [span, language],
  )
  const tooltip = useCallback<TooltipContent>(
    (props) => (
      <ValuationTooltip
        active={props.active}
        row={typeof props.label === 'number' ? byDay.get(props.label) : undefined}
        series={series}
        labels={labels}
        tooltipNote={tooltipNote}
      />
    ),
    [byDay, series, labels, tooltipNote],
  )
  /** Where a peak or trough label goes: beside the dot near the chart's edges, else above/below. */
  const labelPosition = (date: IsoDate, vertical: 'top' | 'bottom') => {
    const share = (epochDay(date) - first) / Math.max(1, last - first)
    return share > 0.85 ? 'left' : share < 0.1 ? 'right' : vertical
  }
  const floor = yAxis.domain[0]
  const clip = (value: number) => Math.max(value, floor)
  const onHandle = useCallback(
    (day: number) => onWindowStartChange?.(dateOfEpochDay(day)),
    [onWindowStartChange],
  )

  return (
    <ChartFigure
      caption={caption}
      summary={summary}
      points={{
        total: Math.max(0, ...lines.map((points) => points.length)),
        drawn: Math.max(0, ...drawn.lines.map((points) => points.length)),
      }}
    >
      <div
        ref={bodyRef}
        className="chart-body valuation-chart-body"
        style={height ? { height } : undefined}
      >
        {size && (
          <ComposedChart
            width={size.width}
            height={size.height}
            data={drawn.rows as ValuationRow[]}
            margin={margin}
          >
            <HorizontalGrid stroke={valuationColours.grid} />
            <XAxis
              dataKey="day"
              type="number"
              domain={[first, last]}
              allowDataOverflow
              ticks={ticks}
              interval={0}
              tickFormatter={formatDay}
              tick={axisTick}
              tickLine={false}
              axisLine={axisLine}
            />
            <ValueAxis
              axis={yAxis}
              scale={logScale ? 'log' : 'linear'}
              format={multipleTick}
              width={axisWidth}
            />
            {startDay > first && (
              <ReferenceArea
                x1={first}
                x2={startDay}
                fill={valuationColours.outside}
                fillOpacity={1}
                ifOverflow="hidden"
              />
            )}
            {stats &&
              // ±2σ first, ±1σ drawn over it.
              (
                [
                  [stats.bands.minus2, stats.bands.plus2, valuationColours.band2],
                  [stats.bands.minus1, stats.bands.plus1, valuationColours.band1],
                ] as const
              ).map(([low, high, fill]) => (
                <ReferenceArea
                  key={fill}
                  x1={bandStart}
                  x2={last}
                  y1={clip(low)}
                  y2={high}
                  fill={fill}
                  fillOpacity={1}
                  ifOverflow="hidden"
                />
              ))}
            {stats && (
              <ReferenceLine
                segment={[
                  { x: bandStart, y: stats.mean },
                  { x: last, y: stats.mean },
                ]}
                stroke={valuationColours.mean}
                strokeDasharray="5 4"
                ifOverflow="hidden"
              />
            )}
            {series.map((line, k) => (
              <Line
                key={`${k}-${line.label}`}
                data={drawn.lines[k] as LinePoint[]}
                dataKey="value"
                name={line.label}
                type="linear"
                stroke={line.colour}
                strokeWidth={k === primary ? 2 : 1.3}
                strokeOpacity={primary === null || k === primary ? 1 : 0.85}
                strokeDasharray={dash[line.style]}
                dot={false}
                activeDot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
            {stats && (
              <ReferenceDot
                x={epochDay(stats.max.date)}
                y={stats.max.value}
                r={4}
                fill={valuationColours.extreme}
                stroke="var(--surface)"
                ifOverflow="hidden"
                label={{
                  value: `${labels.peak} ${formatMultiple(stats.max.value)} (${stats.max.date})`,
                  position: labelPosition(stats.max.date, 'top'),
                  fill: valuationColours.extreme,
                  fontSize: 11,
                  fontWeight: 600,
                  ...halo,
                }}
              />
            )}
            {stats && (
              <ReferenceDot
                x={epochDay(stats.min.date)}
                y={stats.min.value}
                r={4}
                fill={valuationColours.extreme}
                stroke="var(--surface)"
                ifOverflow="hidden"
                label={{
                  value: `${labels.trough} ${formatMultiple(stats.min.value)} (${stats.min.date})`,
                  position: labelPosition(stats.min.date, 'bottom'),
                  fill: valuationColours.extreme,
                  fontSize: 11,
                  fontWeight: 600,
                  ...halo,
                }}
              />
            )}
            {onWindowStartChange && rows.length > 1 && (
              <WindowHandle
                value={startDay}
                min={first}
                max={last}
                label={labels.handle}
                valueText={dateOfEpochDay(startDay)}
                onChange={onHandle}
              />
            )}
            <ChartTooltip content={tooltip} />
          </ComposedChart>
        )}
      </div>
      <BandLegend
        series={series}
        primary={primary}
        hasStats={stats !== null}
        dimmed={startDay > first}
        labels={labels}
      />
    </ChartFigure>
  )
})
