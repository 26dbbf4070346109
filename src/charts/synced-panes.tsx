import { useId, useMemo, type ReactNode } from 'react'
import { ChartFigure, HorizontalGrid, SessionAxis, ValueAxis } from '@/charts/chart-parts'
import {
  paneAxisWidth,
  paneRightMargin,
  SectorPePane,
  type PePaneRow,
} from '@/charts/sector-pe-pane'
import type { MainPane } from '@/charts/main-pane'
import { sessionTicks } from '@/charts/time-ticks'
import { useChartSize } from '@/charts/use-chart-size'
import { lineRowIndices } from '@/domain/chart-rows'
import type { IsoDate } from '@/domain/types'
import type { DisplayLanguage } from '@/format'

/**
 * The upper pane's grid and axes: the shared session axis, hidden (the PE pane labels the dates),
 * and a value axis as wide as the PE pane's, so that the two plots line up.
 */
export function MainPaneAxes({
  pane,
  axis,
  format,
  scale,
  language,
}: {
  pane: MainPane<unknown>
  axis: { domain: [number, number]; ticks: number[] }
  format: (value: number) => string
  scale?: 'linear' | 'log'
  language: DisplayLanguage
}) {
  return (
    <>
      <HorizontalGrid />
      <SessionAxis
        dates={pane.dates}
        ticks={pane.ticks}
        span={pane.span}
        language={language}
        hide
      />
      <ValueAxis axis={axis} scale={scale} format={format} width={paneAxisWidth} />
    </>
  )
}

/** What a chart of synced panes reads from each session it is given. */
export interface SyncedPanesSession {
  date: IsoDate
  /** Sector PE-TTM; null when not meaningful or not published that session. */
  pe: number | null
}

export interface SyncedPanesFigureProps<Session extends SyncedPanesSession, Row extends PePaneRow> {
  caption: string
  summary: string
  /** Every session of the range, oldest first. */
  rows: readonly Session[]
  /** The values drawn as lines in the upper pane (stable: memoised by the caller). */
  lines: readonly ((row: Session) => number | null)[]
  /**
   * A session as the panes draw it, at `x` = its position (stable: memoised by the caller). Called
   * for the drawn sessions only: at Max, some 1,300 of 20,000.
   */
  toRow: (row: Session, x: number) => Row
  /** Labels drawn in the top-left corner of each pane (what the pane plots, its band). */
  paneLabels: { main: string; pe: string }
  pe: {
    label: string
    band: { mean: number; stdDev: number } | null
    noValueText: string
  }
  language: DisplayLanguage
  /** Draws the upper pane. */
  main: (pane: MainPane<Row>) => ReactNode
}

/**
 * A chart of two panes on one session axis with one crosshair (recharts `syncId`, by row index):
 * some lines above, the sector PE-TTM with its band below. The rows are downsampled once, for both
 * panes, to the plot's width (each line's shape, peak and trough, and the PE's), so the panes stay
 * in step.
 */
export function SyncedPanesFigure<Session extends SyncedPanesSession, Row extends PePaneRow>({
  caption,
  summary,
  rows,
  lines,
  toRow,
  paneLabels,
  pe,
  language,
  main,
}: SyncedPanesFigureProps<Session, Row>) {
  const syncId = useId()
  const [bodyRef, size] = useChartSize()
  const dates = useMemo(() => rows.map((row) => row.date), [rows])
  const { ticks, span } = useMemo(() => sessionTicks(dates), [dates])
  // Whole steps of 8 px: a window resized by a pixel does not downsample again.
  const plotWidth = size
    ? Math.max(0, Math.floor((size.width - paneAxisWidth - paneRightMargin) / 8) * 8)
    : 0
  const allLines = useMemo(() => [...lines, (row: Session) => row.pe], [lines])
  const drawn = useMemo(
    () =>
      plotWidth > 0
        ? lineRowIndices(rows, plotWidth, allLines).map((x) => toRow(rows[x] as Session, x))
        : [],
    [rows, plotWidth, allLines, toRow],
  )

  return (
    <ChartFigure
      caption={caption}
      summary={summary}
      className="compare-figure"
      points={{ total: rows.length, drawn: drawn.length }}
    >
      <div className="chart-body compare-pane-main">
        <span className="pane-label">{paneLabels.main}</span>
        <div ref={bodyRef} className="pane-chart">
          {size && main({ rows: drawn, size, syncId, dates, ticks, span })}
        </div>
      </div>
      <div className="chart-body compare-pane-pe">
        <span className="pane-label">{paneLabels.pe}</span>
        <SectorPePane
          rows={drawn}
          dates={dates}
          syncId={syncId}
          label={pe.label}
          band={pe.band}
          ticks={ticks}
          span={span}
          language={language}
          noValueText={pe.noValueText}
        />
      </div>
    </ChartFigure>
  )
}
