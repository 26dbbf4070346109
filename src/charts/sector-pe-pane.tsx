import { useMemo } from 'react'
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
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
import type { TickSpan } from '@/charts/time-ticks'
import type { IsoDate } from '@/domain/types'
import { formatAxisDate, formatLongDate, formatMultiple, type DisplayLanguage } from '@/format'

/** Left-axis width shared by every pane of a synced chart, so their plot areas line up. */
export const paneAxisWidth = 52
/** Right margin shared by every pane of a synced chart. */
export const paneRightMargin = 12

/** One session of the sector-PE pane. */
export interface PePaneRow {
  date: IsoDate
  /** Sector PE-TTM; null when not meaningful or not published that session. */
  pe: number | null
}

export interface SectorPePaneProps {
  rows: readonly PePaneRow[]
  /** recharts `syncId` shared with the pane above: one crosshair across both. */
  syncId: string
  label: string
  /** Mean and population σ of the PE over the statistics window (null when not computable). */
  band: { mean: number; stdDev: number } | null
  ticks: readonly IsoDate[]
  span: TickSpan
  language: DisplayLanguage
  /** Text shown in the tooltip for a session without a value. */
  noValueText: string
}

/**
 * The sector PE-TTM line with its mean and shaded ±1σ band, drawn as the lower pane of a synced
 * chart: same category x axis (session dates) as the pane above, date labels on this pane only.
 */
export function SectorPePane({
  rows,
  syncId,
  label,
  band,
  ticks,
  span,
  language,
  noValueText,
}: SectorPePaneProps) {
  const axis = useMemo(() => {
    const values = rows.flatMap((row) => (row.pe !== null ? [row.pe] : []))
    if (band) values.push(band.mean - band.stdDev, band.mean + band.stdDev)
    const nice = niceDomain(values, 3)
    return nice.domain[0] < 0 ? niceDomain([0, ...values], 3) : nice
  }, [rows, band])
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart
        data={rows as PePaneRow[]}
        syncId={syncId}
        margin={{ top: 6, right: paneRightMargin, bottom: 0, left: 0 }}
      >
        <CartesianGrid
          stroke={chartColours.grid}
          vertical={false}
          verticalCoordinatesGenerator={noVerticalLines}
        />
        <XAxis
          dataKey="date"
          ticks={ticks as IsoDate[]}
          interval={0}
          tickFormatter={(date: string) => formatAxisDate(date, span, language)}
          tick={{ fill: chartColours.axis, fontSize: 11 }}
          tickLine={false}
          axisLine={{ stroke: chartColours.grid }}
          minTickGap={4}
        />
        <YAxis
          domain={axis.domain}
          ticks={axis.ticks}
          tickFormatter={(value: number) => formatMultiple(value)}
          tick={{ fill: chartColours.axis, fontSize: 11 }}
          width={paneAxisWidth}
          tickLine={false}
          axisLine={false}
        />
        {band && (
          <ReferenceArea
            y1={band.mean - band.stdDev}
            y2={band.mean + band.stdDev}
            fill={chartColours.band}
            fillOpacity={1}
            stroke={chartColours.mean}
            strokeOpacity={0.35}
            strokeDasharray="2 3"
            ifOverflow="hidden"
          />
        )}
        {band && (
          <ReferenceLine
            y={band.mean}
            stroke={chartColours.mean}
            strokeDasharray="5 4"
            ifOverflow="hidden"
          />
        )}
        <Line
          dataKey="pe"
          type="linear"
          stroke={chartColours.pe}
          strokeWidth={1.5}
          dot={false}
          activeDot={{ r: 3 }}
          connectNulls
          isAnimationActive={false}
          name={label}
        />
        <Tooltip
          cursor={{ stroke: chartColours.axis, strokeDasharray: '3 3' }}
          isAnimationActive={false}
          content={(props: TooltipContentProps<TooltipValueType, string | number>) => (
            <PePaneTooltip {...props} label={label} language={language} noValueText={noValueText} />
          )}
        />
      </ComposedChart>
    </ResponsiveContainer>
  )
}

/** Tooltip of the sector-PE pane: date and PE (exported for tests). */
export function PePaneTooltip({
  active,
  payload,
  label,
  language,
  noValueText,
}: Pick<TooltipContentProps<TooltipValueType, string | number>, 'active' | 'payload'> & {
  label: string
  language: DisplayLanguage
  noValueText: string
}) {
  const row = payload?.[0]?.payload as PePaneRow | undefined
  if (!active || !row) return null
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip-date">{formatLongDate(row.date, language)}</div>
      <div>
        {label}: <strong>{row.pe === null ? noValueText : formatMultiple(row.pe)}</strong>
      </div>
    </div>
  )
}
