import { downsampleRows, lttbIndices } from '@/domain/downsample'

/**
 * How many rows a chart draws at most per horizontal pixel of its plot: bars with a line (the
 * largest rise and fall of every bucket, and the line's shape) get two, lines one (LTTB at the
 * pixel width already draws the same picture as every point). Rows the user looks for — the
 * chosen day, news days, the peak and trough — come out of the same budget.
 */
export const rowsPerPixel = { bars: 2, lines: 1 } as const

/** The fewest rows a downsampled chart keeps, however narrow it is. */
const minimumRows = 32

/** Positions in `rows` of the rows whose key is in `wanted` (ascending, each once). */
export function indicesWhere<Row>(rows: readonly Row[], wanted: (row: Row) => boolean): number[] {
  const out: number[] = []
  rows.forEach((row, i) => {
    if (wanted(row)) out.push(i)
  })
  return out
}

/** Picks `indices` (ascending) out of `rows`. */
function pick<Row>(rows: readonly Row[], indices: readonly number[]): Row[] {
  const out: Row[] = []
  for (const i of indices) {
    const row = rows[i]
    if (row !== undefined) out.push(row)
  }
  return out
}

/**
 * Rows of a chart of daily bars and a line over sessions, for a plot `plotWidth` px wide: at most
 * {@link rowsPerPixel}.bars rows per pixel, kept rows included — the largest rise and the largest
 * fall of every bucket of sessions, the line's LTTB shape with its peak and trough, and every index
 * in `keep` (the chosen day, sessions with news). Rows come back in their order, as the same
 * objects; the input itself when it already fits.
 */
export function barLineRows<Row>(
  rows: readonly Row[],
  plotWidth: number,
  bar: (row: Row) => number | null,
  line: (row: Row) => number | null,
  keep: readonly number[] = [],
): readonly Row[] {
  const budget = Math.max(minimumRows, Math.floor(plotWidth * rowsPerPixel.bars))
  if (rows.length <= budget) return rows
  // downsampleRows draws ~2 rows per pixel it is given, plus the kept rows and the two ends.
  const width = Math.max(minimumRows / 2, Math.floor((budget - keep.length - 2) / 2))
  return downsampleRows(rows, width, bar, line, keep)
}

/**
 * Rows of a chart of one or more lines sharing their rows (one tooltip row per session), for a plot
 * `plotWidth` px wide: the union of each line's LTTB shape (global peak and trough included) and
 * the rows in `keep`, at most {@link rowsPerPixel}.lines rows per pixel in all, whatever the number
 * of lines. Every line is then drawn through every kept row, so each keeps its own shape and the
 * others' salient sessions too. The input itself when it already fits.
 */
export function lineRows<Row>(
  rows: readonly Row[],
  plotWidth: number,
  lines: readonly ((row: Row) => number | null)[],
  keep: readonly number[] = [],
): readonly Row[] {
  const indices = lineRowIndices(rows, plotWidth, lines, keep)
  return indices.length === rows.length ? rows : pick(rows, indices)
}

/**
 * The positions in `rows` of the rows {@link lineRows} draws (ascending; every position when the
 * rows already fit), for a caller that builds its drawn rows only for those sessions.
 */
export function lineRowIndices<Row>(
  rows: readonly Row[],
  plotWidth: number,
  lines: readonly ((row: Row) => number | null)[],
  keep: readonly number[] = [],
): number[] {
  const budget = Math.max(minimumRows, Math.floor(plotWidth * rowsPerPixel.lines))
  if (rows.length <= budget || lines.length === 0) return Array.from(rows, (_, i) => i)
  const values = lines.map((line) => rows.map(line))
  const union = (perLine: number) => {
    const chosen = new Set<number>(keep)
    for (const series of values) for (const i of lttbIndices(series, perLine)) chosen.add(i)
    return chosen
  }
  // Each line's LTTB adds its two ends and its two extremes; the kept rows are shared. The lines
  // rarely choose the same rows, but when they do, a second pass spends what they left over.
  const first = Math.max(8, Math.floor((budget - keep.length) / lines.length) - 4)
  let chosen = union(first)
  if (lines.length > 1 && chosen.size < budget * 0.8) {
    const wider = union(Math.floor((first * budget * 0.9) / chosen.size))
    if (wider.size <= budget) chosen = wider
  }
  return [...chosen].filter((i) => i >= 0 && i < rows.length).sort((a, b) => a - b)
}
