import { memo, useCallback, useMemo } from 'react'
import { ComposedChart, Line, ReferenceLine } from 'recharts'
import { bandedDomain } from '@/charts/axis'
import { ChartTooltip, MeanBand, TooltipBox, type TooltipContent } from '@/charts/chart-parts'
import { chartColours, lineDefaults, signedPercentLabel } from '@/charts/chart-theme'
import { mainPaneProps, type MainPane } from '@/charts/main-pane'
import { MainPaneAxes, SyncedPanesFigure } from '@/charts/synced-panes'
import { tooltipRow, type TooltipState } from '@/charts/tooltip-row'
import type { IsoDate } from '@/domain/types'
import { formatPrice, formatSignedPercent, type DisplayLanguage } from '@/format'

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

/** A row as drawn: its session number on the shared x axis. */
type DataRow = PremiumChartRow & { x: number }

const premiumColour = 'var(--premium-line, #2456d6)'
const premiumBandFill = 'var(--premium-band, rgba(36, 86, 214, 0.08))'
const lines = [(row: PremiumChartRow) => row.premium]

/** A session as drawn, at `x` = its position. */
const toRow = (row: PremiumChartRow, x: number): DataRow => ({ ...row, x })

const percentTick = (value: number) => signedPercentLabel(value * 100)

/**
 * The A/H premium of one pair over the range with its mean and ±1σ band (over the statistics
 * window), above the sector PE-TTM pane; the panes share the session axis and one crosshair
 * (recharts `syncId`), and long ranges are downsampled to the plot's pixels (peaks and troughs
 * kept). The premium line bridges sessions where only one market traded.
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
  const axis = useMemo(
    () =>
      bandedDomain(
        rows.flatMap((row) => (row.premium !== null ? [row.premium] : [])),
        band,
      ),
    [rows, band],
  )
  const tooltip = useCallback<TooltipContent>(
    (props) => (
      <PremiumTooltip {...props} premiumLabel={premiumLabel} language={language} labels={labels} />
    ),
    [premiumLabel, language, labels],
  )
  const main = (pane: MainPane<DataRow>) => (
    <ComposedChart {...mainPaneProps(pane)}>
      <MainPaneAxes pane={pane} axis={axis} format={percentTick} language={language} />
      {band && <MeanBand band={band} fill={premiumBandFill} stroke={premiumColour} />}
      <ReferenceLine y={0} stroke={chartColours.axis} strokeOpacity={0.6} ifOverflow="hidden" />
      <Line
        dataKey="premium"
        {...lineDefaults}
        stroke={premiumColour}
        strokeWidth={1.6}
        connectNulls
        name={premiumLabel}
      />
      <ChartTooltip content={tooltip} />
    </ComposedChart>
  )

  return (
    <SyncedPanesFigure
      caption={caption}
      summary={summary}
      rows={rows}
      lines={lines}
      toRow={toRow}
      paneLabels={paneLabels}
      pe={{ label: peLabel, band: peBand, noValueText: labels.noValue }}
      language={language}
      main={main}
    />
  )
})

/** Tooltip of the premium pane: date, premium, and the closes and rate behind it. */
export function PremiumTooltip({
  premiumLabel,
  language,
  labels,
  ...state
}: TooltipState & {
  premiumLabel: string
  language: DisplayLanguage
  labels: PremiumChartProps['labels']
}) {
  const row = tooltipRow<PremiumChartRow>(state)
  if (!row) return null
  return (
    <TooltipBox date={row.date} language={language}>
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
    </TooltipBox>
  )
}
