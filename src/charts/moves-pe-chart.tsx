import { memo, useCallback, useMemo } from 'react'
import {
  ComposedChart,
  DefaultZIndexes,
  Line,
  ReferenceLine,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
  type MouseHandlerDataParam,
} from 'recharts'
import { niceDomain, peDomain } from '@/charts/axis'
import {
  ChartFigure,
  ChartTooltip,
  HorizontalGrid,
  MeanBand,
  SessionAxis,
  TooltipBox,
  ValueAxis,
  type TooltipContent,
} from '@/charts/chart-parts'
import { chartColours, lineDefaults } from '@/charts/chart-theme'
import { sessionTicks } from '@/charts/time-ticks'
import { tooltipRow, type TooltipState } from '@/charts/tooltip-row'
import { useChartSize } from '@/charts/use-chart-size'
import { barLineRows, indicesWhere } from '@/domain/chart-rows'
import type { IsoDate } from '@/domain/types'
import { formatLongDate, formatMultiple, formatSignedPercent, type DisplayLanguage } from '@/format'

/** One session on the chart: the selection's move and the sector PE that day. */
export interface MovesPeRow {
  date: IsoDate
  /** Close-to-close move (fraction), null when the selection did not trade that session. */
  move: number | null
  /** Sector PE-TTM, null when not meaningful or not published that session. */
  pe: number | null
  /** Headlines of the news belonging to this session: a marker under the bar, listed on hover. */
  headlines?: readonly string[]
}

export interface MovesPeChartProps {
  caption: string
  /** Text alternative read by screen readers and shown under the chart. */
  summary: string
  rows: readonly MovesPeRow[]
  moveLabel: string
  peLabel: string
  /** Mean and population σ of the PE over the chosen window (null when not computable). */
  peBand: { mean: number; stdDev: number; since: IsoDate } | null
  highlightedDate: IsoDate | null
  onDateChosen?: (date: IsoDate) => void
  /** Plot height in px; by default the stylesheet sizes it to the viewport. */
  height?: number
  /** Language of axis and tooltip dates. */
  language?: DisplayLanguage
}

/** A row as drawn: its session number on the x axis. */
interface ChartRow extends MovesPeRow {
  x: number
}

const margin = { top: 8, right: 4, bottom: 0, left: 0 }
const axisWidth = 44
/** Pixels of the plot: the body's width less the two value axes and the margins. */
const plotWidthOf = (width: number) => width - 2 * axisWidth - margin.left - margin.right

const moveOf = (row: ChartRow) => row.move
const peOf = (row: ChartRow) => row.pe
const percentTick = (value: number) =>
  `${(value * 100).toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) < 0.1 ? 1 : 0 })}%`
const multipleTick = (value: number) => formatMultiple(value)

/**
 * The daily moves as bars, drawn as two paths (rises, falls) whatever the number of sessions: an
 * element per bar costs recharts tens of microseconds each. A session is `slot` px wide; its bar
 * fills 70% of it while the bars are few, all of it past 400 sessions, and never less than a pixel.
 */
function MoveBars({ rows, sessions }: { rows: readonly ChartRow[]; sessions: number }) {
  const xScale = useXAxisScale()
  const yScale = useYAxisScale('move')
  const plot = usePlotArea()
  const paths = useMemo(() => {
    if (!xScale || !yScale || !plot) return null
    const slot = plot.width / Math.max(1, sessions)
    const width = Math.max(1, sessions > 400 ? slot : slot * 0.7)
    const zero = yScale(0) ?? plot.y + plot.height
    let up = ''
    let down = ''
    for (const row of rows) {
      if (row.move === null) continue
      const x = xScale(row.x)
      const y = yScale(row.move)
      if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) continue
      const bar = `M${(x - width / 2).toFixed(1)},${zero.toFixed(1)}h${width.toFixed(2)}V${y.toFixed(1)}h${(-width).toFixed(2)}z`
      if (row.move >= 0) up += bar
      else down += bar
    }
    return { up, down }
  }, [rows, sessions, xScale, yScale, plot])
  if (!paths) return null
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.bar}>
      <g className="move-bars" shapeRendering="crispEdges">
        <path className="move-bars-up" d={paths.up} fill={chartColours.up} />
        <path className="move-bars-down" d={paths.down} fill={chartColours.down} />
      </g>
    </ZIndexLayer>
  )
}

/**
 * News markers: a small triangle at the foot of the plot under every session that has headlines,
 * drawn as ONE path whatever the number of sessions (no element per point). Decorative: the
 * headlines are in the tooltip and the news list.
 */
function NewsMarkers({ sessions }: { sessions: readonly number[] }) {
  const xScale = useXAxisScale()
  const plot = usePlotArea()
  if (!xScale || !plot || sessions.length === 0) return null
  const top = plot.y + plot.height - 8
  let path = ''
  for (const session of sessions) {
    const x = xScale(session)
    if (x !== undefined && Number.isFinite(x)) path += `M${x.toFixed(1)},${top}l4,7h-8z`
  }
  return (
    <path
      className="news-markers"
      d={path}
      fill={chartColours.highlight}
      stroke={chartColours.highlight}
      strokeWidth={0.5}
      pointerEvents="none"
      aria-hidden="true"
    />
  )
}

/**
 * Bars of daily moves (left axis, up/down colours) against the sector PE line (right axis) with
 * its mean and a shaded ±1σ band. Sessions are numbered along a numeric x axis, so weekends and
 * holidays collapse as on a category axis, and long histories are downsampled to the plot's
 * pixels (the largest rise and fall of every few sessions, the PE's shape, the chosen day and the
 * news days are always drawn).
 */
export const MovesPeChart = memo(function MovesPeChart({
  caption,
  summary,
  rows,
  moveLabel,
  peLabel,
  peBand,
  highlightedDate,
  onDateChosen,
  height,
  language = 'en',
}: MovesPeChartProps) {
  const [bodyRef, size] = useChartSize()
  const sessions = useMemo<ChartRow[]>(() => rows.map((row, x) => ({ ...row, x })), [rows])
  const dates = useMemo(() => rows.map((row) => row.date), [rows])
  const { ticks, span } = useMemo(() => sessionTicks(dates), [dates])
  const peAxis = useMemo(
    () =>
      peDomain(
        rows.flatMap((row) => (row.pe !== null ? [row.pe] : [])),
        peBand,
      ),
    [rows, peBand],
  )
  const moveAxis = useMemo(
    () =>
      niceDomain(
        rows.flatMap((row) => (row.move !== null ? [row.move] : [0])),
        4,
      ),
    [rows],
  )
  const highlighted = useMemo(
    () => (highlightedDate === null ? -1 : dates.indexOf(highlightedDate)),
    [dates, highlightedDate],
  )
  const newsSessions = useMemo(
    () => indicesWhere(rows, (row) => (row.headlines?.length ?? 0) > 0),
    [rows],
  )
  // Whole steps of 8 px: a window resized by a pixel does not downsample again.
  const plotWidth = size ? Math.max(0, Math.floor(plotWidthOf(size.width) / 8) * 8) : 0
  const drawn = useMemo(
    () =>
      plotWidth > 0
        ? barLineRows(
            sessions,
            plotWidth,
            moveOf,
            peOf,
            highlighted >= 0 ? [...newsSessions, highlighted] : newsSessions,
          )
        : [],
    [sessions, plotWidth, newsSessions, highlighted],
  )
  const onClick = useCallback(
    (state: MouseHandlerDataParam) => {
      const row = rows[Number(state.activeLabel)]
      if (onDateChosen && row && state.activeLabel !== undefined) onDateChosen(row.date)
    },
    [rows, onDateChosen],
  )
  const tooltip = useCallback<TooltipContent>(
    (props) => (
      <MovesPeTooltip {...props} moveLabel={moveLabel} peLabel={peLabel} language={language} />
    ),
    [moveLabel, peLabel, language],
  )

  return (
    <ChartFigure
      caption={caption}
      summary={summary}
      points={{ total: rows.length, drawn: drawn.length }}
    >
      <div ref={bodyRef} className="chart-body" style={height ? { height } : undefined}>
        {size && (
          <ComposedChart
            width={size.width}
            height={size.height}
            data={drawn as ChartRow[]}
            margin={margin}
            onClick={onClick}
          >
            <HorizontalGrid />
            <SessionAxis dates={dates} ticks={ticks} span={span} language={language} />
            <ValueAxis yAxisId="move" axis={moveAxis} format={percentTick} width={axisWidth} />
            <ValueAxis
              yAxisId="pe"
              orientation="right"
              axis={peAxis}
              format={multipleTick}
              width={axisWidth}
            />
            {peBand && <MeanBand yAxisId="pe" band={peBand} />}
            <ReferenceLine yAxisId="move" y={0} stroke={chartColours.grid} />
            <MoveBars rows={drawn} sessions={rows.length} />
            <Line
              yAxisId="pe"
              dataKey="pe"
              {...lineDefaults}
              stroke={chartColours.pe}
              strokeWidth={1.6}
              connectNulls={false}
              name={peLabel}
            />
            {highlightedDate !== null && highlighted >= 0 && (
              <ReferenceLine
                yAxisId="move"
                x={highlighted}
                stroke={chartColours.highlight}
                strokeWidth={2}
                className="highlighted-session"
                // Behind the bars: the chosen session's own bar stays visible on its marker.
                zIndex={DefaultZIndexes.bar - 1}
                label={{
                  value: formatLongDate(highlightedDate, language),
                  position: 'insideTopLeft',
                  fill: chartColours.highlight,
                  fontSize: 11,
                }}
              />
            )}
            <NewsMarkers sessions={newsSessions} />
            <ChartTooltip content={tooltip} />
          </ComposedChart>
        )}
      </div>
    </ChartFigure>
  )
})

/** Tooltip body: date, the selection's move and the sector PE (exported for tests). */
export function MovesPeTooltip({
  moveLabel,
  peLabel,
  language = 'en',
  ...state
}: TooltipState & {
  moveLabel: string
  peLabel: string
  language?: DisplayLanguage
}) {
  const row = tooltipRow<MovesPeRow>(state)
  if (!row) return null
  return (
    <TooltipBox date={row.date} language={language} role="status">
      <div>
        {moveLabel}:{' '}
        <strong>{row.move === null ? 'no trade' : formatSignedPercent(row.move)}</strong>
      </div>
      <div>
        {peLabel}: <strong>{row.pe === null ? 'n/m' : formatMultiple(row.pe)}</strong>
      </div>
      {row.headlines && row.headlines.length > 0 && (
        <ul className="chart-tooltip-news">
          {row.headlines.slice(0, 3).map((title) => (
            <li key={title}>{title}</li>
          ))}
          {row.headlines.length > 3 && <li>+{row.headlines.length - 3}</li>}
        </ul>
      )}
    </TooltipBox>
  )
}
