import { memo, useId, useMemo } from 'react'
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  type TooltipContentProps,
  type TooltipValueType,
} from 'recharts'
import { chartColours, noVerticalLines } from '@/charts/chart-theme'
import { niceDomain } from '@/charts/axis'
import { timeTicks } from '@/charts/time-ticks'
import type { IsoDate } from '@/domain/types'
import {
  formatAxisDate,
  formatLongDate,
  formatMultiple,
  formatSignedPercent,
  type DisplayLanguage,
} from '@/format'

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

interface ChartRow extends MovesPeRow {
  up: number | null
  down: number | null
}

const percentTick = (value: number) =>
  `${(value * 100).toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) < 0.1 ? 1 : 0 })}%`

/**
 * News markers: a small triangle at the foot of the plot under every session that has headlines,
 * drawn as ONE path whatever the number of sessions (no element per point). Decorative: the
 * headlines are in the tooltip and the news list.
 */
function NewsMarkers({ dates }: { dates: readonly IsoDate[] }) {
  const xScale = useXAxisScale()
  const plot = usePlotArea()
  if (!xScale || !plot || dates.length === 0) return null
  const top = plot.y + plot.height - 8
  let path = ''
  for (const date of dates) {
    const x = xScale(date, { position: 'middle' })
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
 * its mean and a shaded ±1σ band. A category axis over sessions collapses weekends and holidays.
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
  const captionId = useId()
  const summaryId = useId()
  const data = useMemo<ChartRow[]>(
    () =>
      rows.map((row) => ({
        ...row,
        up: row.move !== null && row.move >= 0 ? row.move : null,
        down: row.move !== null && row.move < 0 ? row.move : null,
      })),
    [rows],
  )
  const { ticks, span } = useMemo(() => timeTicks(rows.map((row) => row.date)), [rows])
  const peAxis = useMemo(() => {
    const values = rows.flatMap((row) => (row.pe !== null ? [row.pe] : []))
    if (peBand) values.push(peBand.mean - peBand.stdDev, peBand.mean + peBand.stdDev)
    const axis = niceDomain(values)
    return axis.domain[0] < 0 ? niceDomain([0, ...values]) : axis
  }, [rows, peBand])
  const moveAxis = useMemo(
    () =>
      niceDomain(
        rows.flatMap((row) => (row.move !== null ? [row.move] : [0])),
        4,
      ),
    [rows],
  )
  const highlightVisible =
    highlightedDate !== null && rows.some((row) => row.date === highlightedDate)
  const newsDates = useMemo(
    () => rows.flatMap((row) => (row.headlines && row.headlines.length > 0 ? [row.date] : [])),
    [rows],
  )

  return (
    <figure className="chart-figure" aria-labelledby={captionId} aria-describedby={summaryId}>
      <figcaption id={captionId} className="chart-caption">
        {caption}
      </figcaption>
      <div className="chart-body" style={height ? { height } : undefined}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={data}
            margin={{ top: 8, right: 4, bottom: 0, left: 0 }}
            barCategoryGap={rows.length > 400 ? 0 : '15%'}
            onClick={(state) => {
              const label = state.activeLabel
              if (onDateChosen && typeof label === 'string') onDateChosen(label)
            }}
          >
            <CartesianGrid
              stroke={chartColours.grid}
              vertical={false}
              verticalCoordinatesGenerator={noVerticalLines}
            />
            <XAxis
              dataKey="date"
              ticks={ticks}
              interval={0}
              tickFormatter={(date: string) => formatAxisDate(date, span, language)}
              tick={{ fill: chartColours.axis, fontSize: 11 }}
              tickLine={false}
              axisLine={{ stroke: chartColours.grid }}
              minTickGap={4}
            />
            <YAxis
              yAxisId="move"
              orientation="left"
              domain={moveAxis.domain}
              ticks={moveAxis.ticks}
              tickFormatter={percentTick}
              tick={{ fill: chartColours.axis, fontSize: 11 }}
              width={44}
              tickLine={false}
              axisLine={false}
            />
            <YAxis
              yAxisId="pe"
              orientation="right"
              domain={peAxis.domain}
              ticks={peAxis.ticks}
              tickFormatter={(value: number) => formatMultiple(value)}
              tick={{ fill: chartColours.axis, fontSize: 11 }}
              width={44}
              tickLine={false}
              axisLine={false}
            />
            {peBand && (
              <ReferenceArea
                yAxisId="pe"
                y1={peBand.mean - peBand.stdDev}
                y2={peBand.mean + peBand.stdDev}
                fill={chartColours.band}
                fillOpacity={1}
                stroke={chartColours.mean}
                strokeOpacity={0.35}
                strokeDasharray="2 3"
                ifOverflow="hidden"
              />
            )}
            {peBand && (
              <ReferenceLine
                yAxisId="pe"
                y={peBand.mean}
                stroke={chartColours.mean}
                strokeDasharray="5 4"
                ifOverflow="hidden"
              />
            )}
            <ReferenceLine yAxisId="move" y={0} stroke={chartColours.grid} />
            <Bar
              yAxisId="move"
              dataKey="up"
              stackId="move"
              fill={chartColours.up}
              isAnimationActive={false}
              name={moveLabel}
            />
            <Bar
              yAxisId="move"
              dataKey="down"
              stackId="move"
              fill={chartColours.down}
              isAnimationActive={false}
              name={moveLabel}
            />
            <Line
              yAxisId="pe"
              dataKey="pe"
              type="linear"
              stroke={chartColours.pe}
              strokeWidth={1.6}
              dot={false}
              activeDot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
              name={peLabel}
            />
            {highlightVisible && (
              <ReferenceLine
                yAxisId="move"
                x={highlightedDate}
                stroke={chartColours.highlight}
                strokeWidth={2}
                label={{
                  value: formatLongDate(highlightedDate, language),
                  position: 'insideTopLeft',
                  fill: chartColours.highlight,
                  fontSize: 11,
                }}
              />
            )}
            <NewsMarkers dates={newsDates} />
            <Tooltip
              cursor={{ fill: 'var(--cursor)' }}
              isAnimationActive={false}
              content={(props: TooltipContentProps<TooltipValueType, string | number>) => (
                <MovesPeTooltip
                  {...props}
                  moveLabel={moveLabel}
                  peLabel={peLabel}
                  language={language}
                />
              )}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
    </figure>
  )
})

/** Tooltip body: date, the selection's move and the sector PE (exported for tests). */
export function MovesPeTooltip({
  active,
  payload,
  moveLabel,
  peLabel,
  language = 'en',
}: Pick<TooltipContentProps<TooltipValueType, string | number>, 'active' | 'payload'> & {
  moveLabel: string
  peLabel: string
  language?: DisplayLanguage
}) {
  const row = payload?.[0]?.payload as ChartRow | undefined
  if (!active || !row) return null
  return (
    <div className="chart-tooltip" role="status">
      <div className="chart-tooltip-date">{formatLongDate(row.date, language)}</div>
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
    </div>
  )
}
