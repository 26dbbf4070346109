import { memo, useId, useMemo } from 'react'
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
import { paneAxisWidth, paneRightMargin, SectorPePane } from '@/charts/sector-pe-pane'
import { timeTicks } from '@/charts/time-ticks'
import type { IsoDate } from '@/domain/types'
import { formatLongDate, formatPrice, formatSignedPercent, type DisplayLanguage } from '@/format'

/** One session of the premium chart. */
export interface PremiumChartRow {
  date: IsoDate
  /** A/H premium (fraction); null when only one side traded that session. */
  premium: number | null
  /** The closes and rate behind the premium, for the tooltip. */
  aClose: number | null
  hClose: number | null
  cnyPerHkd: number | null
  /** Sector PE-TTM, null when not meaningful or not published that session. */
  pe: number | null
}

export interface PremiumChartProps {
  caption: string
  summary: string
  rows: readonly PremiumChartRow[]
  premiumLabel: string
  /** Mean and population σ of the premium over the statistics window. */
  band: { mean: number; stdDev: number } | null
  peLabel: string
  peBand: { mean: number; stdDev: number } | null
  /** Labels drawn in the top-left corner of each pane (what the pane plots, its band). */
  paneLabels: { main: string; pe: string }
  language: DisplayLanguage
  /** Tooltip texts. */
  labels: { noValue: string; onlyOneSide: string; rate: string }
}

const percentTick = (value: number) => {
  const percent = Number((value * 100).toPrecision(10))
  const text = percent.toLocaleString('en-US', { maximumFractionDigits: 1 })
  return `${percent > 0 ? '+' : ''}${text.replace('-', '−')}%`
}

/**
 * The A/H premium of one pair over the range with its mean and ±1σ band (over the statistics
 * window), above the sector PE-TTM pane; the panes share the session axis and one crosshair
 * (recharts `syncId`). The premium line breaks where only one market traded.
 */
export const PremiumChart = memo(function PremiumChart({
  caption,
  summary,
  rows,
  premiumLabel,
  band,
  peLabel,
  peBand,
  paneLabels,
  language,
  labels,
}: PremiumChartProps) {
  const captionId = useId()
  const summaryId = useId()
  const syncId = useId()
  const { ticks, span } = useMemo(() => timeTicks(rows.map((row) => row.date)), [rows])
  const axis = useMemo(() => {
    const values = rows.flatMap((row) => (row.premium !== null ? [row.premium] : []))
    if (band) values.push(band.mean - band.stdDev, band.mean + band.stdDev)
    return niceDomain(values, 5)
  }, [rows, band])

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
          <ComposedChart
            data={rows as PremiumChartRow[]}
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
              domain={axis.domain}
              ticks={axis.ticks}
              tickFormatter={percentTick}
              tick={{ fill: chartColours.axis, fontSize: 11 }}
              width={paneAxisWidth}
              tickLine={false}
              axisLine={false}
            />
            {band && (
              <ReferenceArea
                y1={band.mean - band.stdDev}
                y2={band.mean + band.stdDev}
                fill="var(--premium-band, rgba(36, 86, 214, 0.08))"
                fillOpacity={1}
                stroke="var(--premium-line, #2456d6)"
                strokeOpacity={0.35}
                strokeDasharray="2 3"
                ifOverflow="hidden"
              />
            )}
            {band && (
              <ReferenceLine
                y={band.mean}
                stroke="var(--premium-line, #2456d6)"
                strokeDasharray="5 4"
                ifOverflow="hidden"
              />
            )}
            <ReferenceLine
              y={0}
              stroke={chartColours.axis}
              strokeOpacity={0.6}
              ifOverflow="hidden"
            />
            <Line
              dataKey="premium"
              type="linear"
              stroke="var(--premium-line, #2456d6)"
              strokeWidth={1.6}
              dot={false}
              activeDot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
              name={premiumLabel}
            />
            <Tooltip
              cursor={{ stroke: chartColours.axis, strokeDasharray: '3 3' }}
              isAnimationActive={false}
              content={(props: TooltipContentProps<TooltipValueType, string | number>) => (
                <PremiumTooltip
                  {...props}
                  premiumLabel={premiumLabel}
                  language={language}
                  labels={labels}
                />
              )}
            />
          </ComposedChart>
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
          noValueText={labels.noValue}
        />
      </div>
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
    </figure>
  )
})

/** Tooltip of the premium pane: date, premium, and the closes and rate behind it. */
export function PremiumTooltip({
  active,
  payload,
  premiumLabel,
  language,
  labels,
}: Pick<TooltipContentProps<TooltipValueType, string | number>, 'active' | 'payload'> & {
  premiumLabel: string
  language: DisplayLanguage
  labels: PremiumChartProps['labels']
}) {
  const row = payload?.[0]?.payload as PremiumChartRow | undefined
  if (!active || !row) return null
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip-date">{formatLongDate(row.date, language)}</div>
      <div>
        {premiumLabel}:{' '}
        <strong>
          {row.premium === null ? labels.onlyOneSide : formatSignedPercent(row.premium)}
        </strong>
      </div>
      {row.premium !== null && (
        <div className="chart-tooltip-detail">
          A CNY {formatPrice(row.aClose)} · H HKD {formatPrice(row.hClose)} · {labels.rate}{' '}
          {row.cnyPerHkd?.toFixed(4)}
        </div>
      )}
    </div>
  )
}
