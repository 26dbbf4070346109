import { memo, useCallback, useMemo } from 'react'
import { LineChart, Line, ReferenceLine } from 'recharts'
import { niceDomain } from '@/charts/axis'
import { ChartTooltip, TooltipBox, type TooltipContent } from '@/charts/chart-parts'
import { chartColours, lineDefaults, signedPercentLabel } from '@/charts/chart-theme'
import { formatLevel } from '@/charts/compare-theme'
import { logAxis } from '@/charts/log-axis'
import { mainPaneProps, type MainPane } from '@/charts/main-pane'
import { MainPaneAxes, SyncedPanesFigure } from '@/charts/synced-panes'
import { tooltipRow, type TooltipState } from '@/charts/tooltip-row'
import type { IsoDate } from '@/domain/types'
import type { DisplayLanguage } from '@/format'

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

type DataRow = { x: number; date: IsoDate; pe: number | null } & Record<
  string,
  number | null | string
>

const keyOf = (k: number) => `s${k}`

function axisLabel(value: number, mode: 'rebased' | 'percent'): string {
  if (mode === 'rebased') return value.toLocaleString('en-US', { maximumFractionDigits: 1 })
  return signedPercentLabel(value - 100)
}

/**
 * Compared listings and baskets rebased to 100 at the first visible session (or as % change from
 * it), on a linear or log scale, above the sector PE-TTM pane. The two panes share the session
 * axis and one crosshair (recharts `syncId`); weekends and holidays collapse (sessions are
 * numbered), and long ranges are downsampled to the plot's pixels, each line's peak and trough
 * kept. Series lines bridge sessions on which their market was closed; the tooltip says so.
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
  // A drawn row is built only for the sessions drawn (see SyncedPanesFigure).
  const toRow = useMemo(() => {
    const keys = series.map((_, k) => keyOf(k))
    return (row: CompareChartRow, x: number): DataRow => {
      const entry: DataRow = { x, date: row.date, pe: row.pe }
      for (let k = 0; k < row.values.length; k += 1)
        entry[keys[k] ?? keyOf(k)] = row.values[k] ?? null
      return entry
    }
  }, [series])
  const lines = useMemo(
    () =>
      series.map((_, k) => (row: CompareChartRow) => {
        const value = row.values[k]
        return typeof value === 'number' ? value : null
      }),
    [series],
  )
  const axis = useMemo(() => {
    // 100 (the rebase level) always in view; one array, filled in one indexed walk: a chart is often
    // drawn once in a page, before V8 optimises anything, and at Max there are 20,000 sessions or more.
    const values = [100]
    for (let x = 0; x < rows.length; x += 1) {
      const row = (rows[x] as CompareChartRow).values
      for (let k = 0; k < row.length; k += 1) {
        const value = row[k]
        if (value !== null && value !== undefined) values.push(value)
      }
    }
    return logScale ? logAxis(values, 8) : niceDomain(values, 5)
  }, [rows, logScale])
  const format = useCallback((value: number) => axisLabel(value, mode), [mode])
  const tooltip = useCallback<TooltipContent>(
    (props) => (
      <CompareTooltip
        {...props}
        series={series}
        mode={mode}
        language={language}
        noValueText={noValueText}
      />
    ),
    [series, mode, language, noValueText],
  )
  const main = (pane: MainPane<DataRow>) => (
    <LineChart {...mainPaneProps(pane)}>
      <MainPaneAxes
        pane={pane}
        axis={axis}
        scale={logScale ? 'log' : 'linear'}
        format={format}
        language={language}
      />
      <ReferenceLine y={100} stroke={chartColours.axis} strokeOpacity={0.6} />
      {series.map((entry, k) => (
        <Line
          key={keyOf(k)}
          dataKey={keyOf(k)}
          {...lineDefaults}
          stroke={entry.colour}
          strokeWidth={1.6}
          connectNulls
          name={entry.label}
        />
      ))}
      <ChartTooltip content={tooltip} />
    </LineChart>
  )

  return (
    <SyncedPanesFigure
      caption={caption}
      summary={summary}
      rows={rows}
      lines={lines}
      toRow={toRow}
      paneLabels={paneLabels}
      pe={{ label: peLabel, band: peBand, noValueText }}
      language={language}
      main={main}
    />
  )
})

/** Tooltip of the price pane: the date and every series' value there (exported for tests). */
export function CompareTooltip({
  series,
  mode,
  language,
  noValueText,
  ...state
}: TooltipState & {
  series: readonly CompareChartSeries[]
  mode: 'rebased' | 'percent'
  language: DisplayLanguage
  noValueText: string
}) {
  const row = tooltipRow<DataRow>(state)
  if (!row) return null
  return (
    <TooltipBox date={row.date} language={language}>
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
    </TooltipBox>
  )
}
