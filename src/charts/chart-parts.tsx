import { useCallback, useId, type ReactNode } from 'react'
import {
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type TooltipValueType,
} from 'recharts'
import { axisLine, axisTick, chartColours, lineCursor, noVerticalLines } from '@/charts/chart-theme'
import type { TickSpan } from '@/charts/time-ticks'
import type { IsoDate } from '@/domain/types'
import { formatAxisDate, formatLongDate, type DisplayLanguage } from '@/format'

/**
 * The pieces every time chart is made of, set up once the way recharts stays fast with thousands
 * of sessions: a numeric x axis with explicit ticks (no label is measured), a horizontal-only grid
 * with a stable empty vertical generator (recharts' default measures every x label), no animation,
 * and module-level style objects so that a re-render passes recharts the same props.
 */

/** Tooltip content renderer, as recharts calls it. */
export type TooltipContent = (
  props: TooltipContentProps<TooltipValueType, string | number>,
) => ReactNode

/**
 * A chart as a captioned `<figure>` with its text summary (read by screen readers and shown under
 * the chart). `points` says how many rows it was given and how many it draws per series (after
 * downsampling), as `data-points-*` attributes that tests and the bench read.
 */
export function ChartFigure({
  caption,
  summary,
  className,
  points,
  children,
}: {
  caption: string
  summary: string
  className?: string
  points?: { total: number; drawn: number }
  children: ReactNode
}) {
  const captionId = useId()
  const summaryId = useId()
  return (
    <figure
      className={className ? `chart-figure ${className}` : 'chart-figure'}
      aria-labelledby={captionId}
      aria-describedby={summaryId}
      data-points-total={points?.total}
      data-points-drawn={points?.drawn}
    >
      <figcaption id={captionId} className="chart-caption">
        {caption}
      </figcaption>
      {children}
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
    </figure>
  )
}

/** Horizontal grid lines only; the vertical generator is a stable no-op (no label measuring). */
export function HorizontalGrid({ stroke = chartColours.grid }: { stroke?: string }) {
  return (
    <CartesianGrid
      stroke={stroke}
      vertical={false}
      verticalCoordinatesGenerator={noVerticalLines}
    />
  )
}

/**
 * The x axis over sessions: session k of `dates` at x = k (rows carry it as `x`), so weekends and
 * holidays take no room, as on a category axis — but numeric, so rows may be downsampled without
 * bending time. Each session gets a slot of one unit centred on it, as a category band would.
 */
export function SessionAxis({
  dates,
  ticks,
  span,
  language,
  hide = false,
}: {
  dates: readonly IsoDate[]
  ticks: readonly number[]
  span: TickSpan
  language: DisplayLanguage
  hide?: boolean
}) {
  const format = useCallback(
    (x: number) => {
      const date = dates[Math.round(x)]
      return date ? formatAxisDate(date, span, language) : ''
    },
    [dates, span, language],
  )
  return (
    <XAxis
      dataKey="x"
      type="number"
      domain={sessionDomain(dates.length)}
      allowDataOverflow
      ticks={ticks as number[]}
      interval={0}
      tickFormatter={format}
      tick={axisTick}
      tickLine={false}
      axisLine={axisLine}
      hide={hide}
    />
  )
}

const domains = new Map<number, [number, number]>()

/** [−0.5, n − 0.5]: the same array for the same n, so recharts sees an unchanged prop. */
function sessionDomain(sessions: number): [number, number] {
  let domain = domains.get(sessions)
  if (!domain) {
    domain = [-0.5, Math.max(0.5, sessions - 0.5)]
    if (domains.size > 64) domains.clear()
    domains.set(sessions, domain)
  }
  return domain
}

/** A value axis with explicit ticks, no tick lines and no axis line. */
export function ValueAxis({
  yAxisId,
  orientation = 'left',
  axis,
  format,
  width,
  scale = 'linear',
}: {
  yAxisId?: string
  orientation?: 'left' | 'right'
  axis: { domain: [number, number]; ticks: number[] }
  format: (value: number) => string
  width: number
  scale?: 'linear' | 'log'
}) {
  return (
    <YAxis
      yAxisId={yAxisId}
      orientation={orientation}
      type="number"
      scale={scale}
      domain={axis.domain}
      ticks={axis.ticks}
      allowDataOverflow
      tickFormatter={format}
      tick={axisTick}
      width={width}
      tickLine={false}
      axisLine={false}
    />
  )
}

/** A mean line over a shaded ±1σ band, on the whole width of the plot. */
export function MeanBand({
  yAxisId,
  band,
  fill = chartColours.band,
  stroke = chartColours.mean,
}: {
  yAxisId?: string
  band: { mean: number; stdDev: number }
  fill?: string
  stroke?: string
}) {
  return (
    <>
      <ReferenceArea
        yAxisId={yAxisId}
        y1={band.mean - band.stdDev}
        y2={band.mean + band.stdDev}
        fill={fill}
        fillOpacity={1}
        stroke={stroke}
        strokeOpacity={0.35}
        strokeDasharray="2 3"
        ifOverflow="hidden"
      />
      <ReferenceLine
        yAxisId={yAxisId}
        y={band.mean}
        stroke={stroke}
        strokeDasharray="5 4"
        ifOverflow="hidden"
      />
    </>
  )
}

/**
 * The crosshair tooltip: no animation, a dashed line cursor, and rows with a null value still
 * reach `content` (the row is the payload: a session without a PE still shows its move).
 */
export function ChartTooltip({ content }: { content: TooltipContent }) {
  return (
    <Tooltip cursor={lineCursor} isAnimationActive={false} filterNull={false} content={content} />
  )
}

/** A tooltip's frame: the session's long date, then what the chart says of it. */
export function TooltipBox({
  date,
  language,
  role,
  children,
}: {
  date: IsoDate
  language?: DisplayLanguage
  role?: 'status'
  children: ReactNode
}) {
  return (
    <div className="chart-tooltip" role={role}>
      <div className="chart-tooltip-date">{formatLongDate(date, language)}</div>
      {children}
    </div>
  )
}
