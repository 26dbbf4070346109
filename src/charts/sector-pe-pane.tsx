import { memo, useCallback, useMemo } from 'react'
import { ComposedChart, Line } from 'recharts'
import { peDomain } from '@/charts/axis'
import {
  ChartTooltip,
  HorizontalGrid,
  MeanBand,
  SessionAxis,
  TooltipBox,
  ValueAxis,
  type TooltipContent,
} from '@/charts/chart-parts'
import { chartColours, lineDefaults } from '@/charts/chart-theme'
import type { TickSpan } from '@/charts/time-ticks'
import { tooltipRow, type TooltipState } from '@/charts/tooltip-row'
import { useChartSize } from '@/charts/use-chart-size'
import type { IsoDate } from '@/domain/types'
import { formatMultiple, type DisplayLanguage } from '@/format'

/** Left-axis width shared by every pane of a synced chart, so their plot areas line up. */
export const paneAxisWidth = 52
/** Right margin shared by every pane of a synced chart. */
export const paneRightMargin = 12

/** One session of the sector-PE pane, at session number `x` of the shared axis. */
export interface PePaneRow {
  x: number
  date: IsoDate
  /** Sector PE-TTM; null when not meaningful or not published that session. */
  pe: number | null
}

export interface SectorPePaneProps {
  /** The rows drawn (the pane above draws the same ones: the shared crosshair goes by index). */
  rows: readonly PePaneRow[]
  /** Every session of the range, oldest first: session k is drawn at x = k. */
  dates: readonly IsoDate[]
  /** recharts `syncId` shared with the pane above: one crosshair across both. */
  syncId: string
  label: string
  /** Mean and population σ of the PE over the statistics window (null when not computable). */
  band: { mean: number; stdDev: number } | null
  ticks: readonly number[]
  span: TickSpan
  language: DisplayLanguage
  /** Text shown in the tooltip for a session without a value. */
  noValueText: string
}

const margin = { top: 6, right: paneRightMargin, bottom: 0, left: 0 }
const multipleTick = (value: number) => formatMultiple(value)

/**
 * The sector PE-TTM line with its mean and shaded ±1σ band, drawn as the lower pane of a synced
 * chart: the same session axis and the same (downsampled) rows as the pane above, date labels on
 * this pane only.
 */
export const SectorPePane = memo(function SectorPePane({
  rows,
  dates,
  syncId,
  label,
  band,
  ticks,
  span,
  language,
  noValueText,
}: SectorPePaneProps) {
  const [bodyRef, size] = useChartSize()
  const axis = useMemo(
    () =>
      peDomain(
        rows.flatMap((row) => (row.pe !== null ? [row.pe] : [])),
        band,
        3,
      ),
    [rows, band],
  )
  const tooltip = useCallback<TooltipContent>(
    (props) => (
      <PePaneTooltip {...props} label={label} language={language} noValueText={noValueText} />
    ),
    [label, language, noValueText],
  )
  return (
    <div ref={bodyRef} className="pane-chart">
      {size && (
        <ComposedChart
          width={size.width}
          height={size.height}
          data={rows as PePaneRow[]}
          syncId={syncId}
          margin={margin}
        >
          <HorizontalGrid />
          <SessionAxis dates={dates} ticks={ticks} span={span} language={language} />
          <ValueAxis axis={axis} format={multipleTick} width={paneAxisWidth} />
          {band && <MeanBand band={band} />}
          <Line
            dataKey="pe"
            {...lineDefaults}
            stroke={chartColours.pe}
            strokeWidth={1.5}
            connectNulls
            name={label}
          />
          <ChartTooltip content={tooltip} />
        </ComposedChart>
      )}
    </div>
  )
})

/** Tooltip of the sector-PE pane: date and PE (exported for tests). */
export function PePaneTooltip({
  label,
  language,
  noValueText,
  ...state
}: TooltipState & {
  label: string
  language: DisplayLanguage
  noValueText: string
}) {
  const row = tooltipRow<PePaneRow>(state)
  if (!row) return null
  return (
    <TooltipBox date={row.date} language={language}>
      <div>
        {label}: <strong>{row.pe === null ? noValueText : formatMultiple(row.pe)}</strong>
      </div>
    </TooltipBox>
  )
}
