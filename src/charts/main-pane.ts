import { paneRightMargin } from '@/charts/sector-pe-pane'
import type { TickSpan } from '@/charts/time-ticks'
import type { ChartSize } from '@/charts/use-chart-size'
import type { IsoDate } from '@/domain/types'

/** What the upper pane's chart is drawn with. */
export interface MainPane<Row> {
  /** The rows to draw (downsampled); the PE pane draws the same ones. */
  rows: readonly Row[]
  size: ChartSize
  syncId: string
  dates: readonly IsoDate[]
  ticks: readonly number[]
  span: TickSpan
}

const mainPaneMargin = { top: 8, right: paneRightMargin, bottom: 0, left: 0 }

/** The upper pane's size, rows, crosshair and margin, spread on its recharts chart. */
export function mainPaneProps<Row>({ rows, size, syncId }: MainPane<Row>) {
  return {
    width: size.width,
    height: size.height,
    data: rows as Row[],
    syncId,
    margin: mainPaneMargin,
  }
}
