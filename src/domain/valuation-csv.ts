import type { ScatterPoint } from '@/domain/valuation-scatter'
import type { SeriesSummary } from '@/domain/valuation-summary'
import type { ValuationRow } from '@/domain/valuation-rows'
import type { IsoDate } from '@/domain/types'

/**
 * CSV text of what the Valuation view shows. Pure: the caller downloads it.
 *
 * Format: header lines `# name: value` first (what the numbers are: series, method, window,
 * source), then one line of column names and the rows (RFC 4180 quoting, CRLF line ends). Read it
 * with e.g. `pandas.read_csv(path, comment='#')`. Numbers are plain: no thousands separators, no
 * units, fractions as fractions (0.25 = 25%), at most 6 decimals; a missing or not meaningful
 * value is an empty cell.
 */

export type CsvCell = string | number | null

export interface CsvDocument {
  header: readonly (readonly [name: string, value: string])[]
  columns: readonly string[]
  rows: readonly (readonly CsvCell[])[]
}

const newline = '\r\n'

/**
 * One cell: numbers rounded to 6 decimals (non-finite → empty), null → empty. Text is quoted when
 * it holds a comma, quote, line break or edge spaces, with quotes doubled; text that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or CR; e.g. from an imported file name)
 * is prefixed with an apostrophe.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return ''
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return ''
    const rounded = Number(cell.toFixed(6))
    return String(Object.is(rounded, -0) ? 0 : rounded)
  }
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** The whole document as text (header comments, column names, rows), ending with a line break. */
export function csvText({ header, columns, rows }: CsvDocument): string {
  const lines = [
    ...header.map(([name, value]) => `# ${name}: ${value.replace(/[\r\n]+/g, ' ')}`),
    columns.map(csvCell).join(','),
    ...rows.map((row) => row.map(csvCell).join(',')),
  ]
  return lines.join(newline) + newline
}

/** What every export states about itself. */
export interface ExportContext {
  /** e.g. "Valuation summary". */
  title: string
  /** Metric and method as shown, e.g. "PE-TTM, aggregate (Σ market cap ÷ Σ earnings, CNY)". */
  method: string
  /** Window start chosen by the user; the end is each series' latest observation. */
  windowStart: IsoDate
  /** Data mode, e.g. "sample data (synthetic)". */
  source: string
  /** When the file was made, e.g. "2026-11-21T09:30:00+08:00". */
  exportedAt: string
}

function contextHeader(context: ExportContext, series: readonly string[]): [string, string][] {
  return [
    ['Biopulse', context.title],
    ['Series', series.join('; ')],
    ['Metric and method', context.method],
    ['Window', `${context.windowStart} to the latest observation of each series`],
    ['Data', context.source],
    ['Exported', context.exportedAt],
  ]
}

/** One row of the "Valuation summary" table. */
export interface SummaryRowInput {
  label: string
  /** How the series is computed, and by whom (e.g. "Biopulse, aggregate" or "CSI, published"). */
  method: string
  summary: SeriesSummary
  /** Constituent counts on the latest date (sector series only). */
  counts?: { constituents: number; used: number; lossMakers: number } | null
}

export const summaryColumns = [
  'series',
  'method',
  'latest_date',
  'latest_value',
  'current',
  'mean',
  'median',
  'std_dev',
  'minus_2sd',
  'minus_1sd',
  'plus_1sd',
  'plus_2sd',
  'percentile',
  'min',
  'min_date',
  'max',
  'max_date',
  'peak_over_current',
  'current_over_trough',
  'current_vs_mean',
  'observations',
  'not_meaningful',
  'constituents',
  'used',
  'excluded',
] as const

/**
 * The summary table as CSV: one row per series. When the latest observation is not meaningful,
 * `latest_value` and the figures that compare with it (current, percentile, peak ÷ current,
 * current ÷ trough, current vs mean) are empty, as in the table.
 */
export function summaryCsv(rows: readonly SummaryRowInput[], context: ExportContext): string {
  return csvText({
    header: contextHeader(
      context,
      rows.map((row) => row.label),
    ),
    columns: summaryColumns,
    rows: rows.map(({ label, method, summary, counts }) => {
      const { stats, latest, currentIsLatest } = summary
      const now = (value: number | null | undefined) => (currentIsLatest ? (value ?? null) : null)
      return [
        label,
        method,
        latest?.date ?? null,
        latest?.value ?? null,
        now(stats?.current.value),
        stats?.mean ?? null,
        stats?.median ?? null,
        stats?.stdDev ?? null,
        stats?.bands.minus2 ?? null,
        stats?.bands.minus1 ?? null,
        stats?.bands.plus1 ?? null,
        stats?.bands.plus2 ?? null,
        now(stats?.percentile),
        stats?.min.value ?? null,
        stats?.min.date ?? null,
        stats?.max.value ?? null,
        stats?.max.date ?? null,
        now(stats?.peakOverCurrent),
        now(stats?.currentOverTrough),
        now(stats?.currentVsMean),
        stats?.count ?? null,
        stats?.excluded ?? null,
        counts?.constituents ?? null,
        counts?.used ?? null,
        counts?.lossMakers ?? null,
      ]
    }),
  })
}

/**
 * The band chart as CSV: one row per date shown, one column per series shown, then the primary
 * series' mean and bands (constant over the window; empty before its start).
 */
export function bandChartCsv(
  rows: readonly ValuationRow[],
  series: readonly string[],
  band: {
    label: string
    mean: number
    minus2: number
    minus1: number
    plus1: number
    plus2: number
  } | null,
  context: ExportContext,
): string {
  const bandColumns = band
    ? ['mean', 'minus_2sd', 'minus_1sd', 'plus_1sd', 'plus_2sd'].map((c) => `${band.label} ${c}`)
    : []
  return csvText({
    header: contextHeader(context, series),
    columns: ['date', ...series, ...bandColumns],
    rows: rows.map((row) => {
      const inWindow = band !== null && row.date >= context.windowStart
      const bands = band
        ? [band.mean, band.minus2, band.minus1, band.plus1, band.plus2].map((v) =>
            inWindow ? v : null,
          )
        : []
      return [row.date, ...row.values, ...bands]
    }),
  })
}

/** The scatter as CSV: one row per dot, market by market. */
export function scatterCsv(
  groups: readonly { market: string; points: readonly ScatterPoint[] }[],
  horizon: number,
  context: ExportContext,
): string {
  return csvText({
    header: [
      ...contextHeader(
        context,
        groups.map((group) => group.market),
      ),
      ['Percentile', 'point-in-time: share of the window up to that day at or below that day'],
      ['Forward return', `cap-weighted basket, next ${horizon} sessions, compounded`],
    ],
    columns: ['market', 'date', 'value', 'percentile', `forward_return_${horizon}`],
    rows: groups.flatMap(({ market, points }) =>
      points.map((point) => [
        market,
        point.date,
        point.value,
        point.percentile,
        point.forwardReturn,
      ]),
    ),
  })
}
