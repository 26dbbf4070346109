import { memo, useId, useMemo } from 'react'
import {
  CartesianGrid,
  LineChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type TooltipValueType,
} from 'recharts'
import { niceDomain } from '@/charts/axis'
import { chartColours, noVerticalLines } from '@/charts/chart-theme'
import { formatLevel } from '@/charts/compare-theme'
import { logAxis } from '@/charts/log-axis'
import { paneAxisWidth, paneRightMargin, SectorPePane } from '@/charts/sector-pe-pane'
import { timeTicks } from '@/charts/time-ticks'
import type { IsoDate } from '@/domain/types'
import { formatLongDate, type DisplayLanguage } from '@/format'

/** One compared line. */
export interface CompareChartSeries {
  label: string
  colour: string
}

/** One session: each series' level rebased to 100 at its first visible session, and the PE. */
export interface CompareChartRow {
  date: IsoDate
  /** Rebased level per series (100 = the series' base); null = no session that day. */
  values: readonly (number | null)[]
  /** Sector PE-TTM, null when not meaningful or not published that session. */
  pe: number | null
}

export interface CompareChartProps {
  caption: string
  /** Text alternative read by screen readers and shown under the chart. */
  summary: string
  rows: readonly CompareChartRow[]
  series: readonly CompareChartSeries[]
  /** `rebased`: values as index levels (100 = start); `percent`: as % change from the start. */
  mode: 'rebased' | 'percent'
  logScale: boolean
  peLabel: string
  peBand: { mean: number; stdDev: number } | null
  /** Labels drawn in the top-left corner of each pane (what the pane plots, its band). */
  paneLabels: { main: string; pe: string }
  language: DisplayLanguage
  /** Tooltip text for a session without a value. */
  noValueText: string
}

type DataRow = { date: IsoDate; pe: number | null } & Record<string, number | null | string>

const keyOf = (k: number) => `s${k}`

function axisLabel(value: number, mode: 'rebased' | 'percent'): string {
  if (mode === 'rebased') return value.toLocaleString('en-US', { maximumFractionDigits: 1 })
  const percent = Number((value - 100).toPrecision(10))
  const text = percent.toLocaleString('en-US', { maximumFractionDigits: 1 })
  return `${percent > 0 ? '+' : ''}${text.replace('-', '−')}%`
}

/**
 * Compared listings and baskets rebased to 100 at the first visible session (or as % change from
 * it), on a linear or log scale, above the sector PE-TTM pane. The two panes share the session
 * axis and one crosshair (recharts `syncId`); weekends and holidays collapse (a category axis).
 * Series lines bridge sessions on which their market was closed; the tooltip says so.
 */
export const CompareChart = memo(function CompareChart({
  caption,
  summary,
  rows,
  series,
  mode,
  logScale,
  peLabel,
  peBand,
  paneLabels,
  language,
  noValueText,
}: CompareChartProps) {
  const captionId = useId()
  const summaryId = useId()
  const syncId = useId()
  const data = useMemo<DataRow[]>(
    () =>
      rows.map((row) => {
        const entry: DataRow = { date: row.date, pe: row.pe }
        row.values.forEach((value, k) => {
          entry[keyOf(k)] = value
        })
        return entry
      }),
    [rows],
  )
  const { ticks, span } = useMemo(() => timeTicks(rows.map((row) => row.date)), [rows])
  const axis = useMemo(() => {
    const values = rows.flatMap((row) =>
      row.values.filter((value): value is number => value !== null),
    )
    return logScale ? logAxis([...values, 100], 8) : niceDomain([...values, 100], 5)
  }, [rows, logScale])

  return (
    <figure
      className="chart-figure compare-figure"
      aria-labelledby={captionId}
      aria-describedby={summaryId}
    >
      <figcaption id={captionId} className="chart-caption">
        {caption}
      </figcaption>
      <div className="chart-body compare-pane-main">
        <span className="pane-label">{paneLabels.main}</span>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={data}
            syncId={syncId}
            margin={{ top: 8, right: paneRightMargin, bottom: 0, left: 0 }}
          >
            <CartesianGrid
              stroke={chartColours.grid}
              vertical={false}
              verticalCoordinatesGenerator={noVerticalLines}
            />
            <XAxis dataKey="date" ticks={ticks} interval={0} hide />
            <YAxis
              scale={logScale ? 'log' : 'linear'}
              domain={axis.domain}
              ticks={axis.ticks}
              allowDataOverflow
              tickFormatter={(value: number) => axisLabel(value, mode)}
              tick={{ fill: chartColours.axis, fontSize: 11 }}
              width={paneAxisWidth}
              tickLine={false}
              axisLine={false}
            />
            <ReferenceLine y={100} stroke={chartColours.axis} strokeOpacity={0.6} />
            {series.map((entry, k) => (
              <Line
                key={keyOf(k)}
                dataKey={keyOf(k)}
                type="linear"
                stroke={entry.colour}
                strokeWidth={1.6}
                dot={false}
                activeDot={{ r: 3 }}
                connectNulls
                isAnimationActive={false}
                name={entry.label}
              />
            ))}
            <Tooltip
              cursor={{ stroke: chartColours.axis, strokeDasharray: '3 3' }}
              isAnimationActive={false}
              content={(props: TooltipContentProps<TooltipValueType, string | number>) => (
                <CompareTooltip
                  {...props}
                  series={series}
                  mode={mode}
                  language={language}
                  noValueText={noValueText}
                />
              )}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <div className="chart-body compare-pane-pe">
        <span className="pane-label">{paneLabels.pe}</span>
        <SectorPePane
          rows={rows}
          syncId={syncId}
          label={peLabel}
          band={peBand}
          ticks={ticks}
          span={span}
          language={language}
          noValueText={noValueText}
        />
      </div>
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
    </figure>
  )
})

/** Tooltip of the price pane: the date and every series' value there (exported for tests). */
export function CompareTooltip({
  active,
  payload,
  series,
  mode,
  language,
  noValueText,
}: Pick<TooltipContentProps<TooltipValueType, string | number>, 'active' | 'payload'> & {
  series: readonly CompareChartSeries[]
  mode: 'rebased' | 'percent'
  language: DisplayLanguage
  noValueText: string
}) {
  const row = payload?.[0]?.payload as DataRow | undefined
  if (!active || !row) return null
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip-date">{formatLongDate(row.date, language)}</div>
      <ul className="compare-tooltip-list">
        {series.map((entry, k) => {
          const value = row[keyOf(k)]
          const level = typeof value === 'number' ? value : null
          return (
            <li key={keyOf(k)}>
              <span className="compare-swatch" style={{ background: entry.colour }} />
              {entry.label}:{' '}
              <strong
                style={{
                  color:
                    level === null || level === 100
                      ? undefined
                      : level > 100
                        ? chartColours.up
                        : chartColours.down,
                }}
              >
                {level === null ? noValueText : formatLevel(level, mode)}
              </strong>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
