import { duplicates, rowOrder, seriesPoints, stepsPerPause } from '@/domain/csv-assembly'
import { columnNames, isDateHeader } from '@/domain/csv-columns'
import { dateKey, keyDate, parseDateCell } from '@/domain/csv-date-cell'
import { issue, IssueList, shown, type CsvIssue } from '@/domain/csv-issues'
import { parseNumberCell, simpleNumber } from '@/domain/csv-number-cell'
import type {
  CsvInterpretation,
  CsvInterpreter,
  CsvInterpretOptions,
  CsvRow,
  CsvSeries,
} from '@/domain/csv-series'
import type { IsoDate } from '@/domain/types'

/**
 * The incremental CSV interpreter behind `interpretCsv`: finds the header, the date column and the
 * value columns as rows arrive, keeping only numbers, and assembles the series at the end.
 */

// A header is the first row with two or more cells; up to this many rows may come before it.
const preambleRows = 10
// Without a date header, the date column is found in the content of this many rows.
const sniffRows = 50

/**
 * Starts an incremental interpretation (see `interpretCsv` for the rules); feed it rows in file
 * order with `push`, then call `finish` once. It keeps one integer date per row and one number per
 * row and column, never the rows themselves, so a large file can be interpreted chunk by chunk.
 * `finishInSteps` is `finish` as a generator that pauses every 16,384 rows or points, for callers
 * that must not block for long (it yields nothing; its return value is the interpretation).
 */
export function createCsvInterpreter(options: CsvInterpretOptions = {}): CsvInterpreter {
  const cellOptions = { decimalComma: options.decimalComma === true }
  const maxIssues = Math.max(0, options.maxIssues ?? Number.POSITIVE_INFINITY)
  const issues = new IssueList(maxIssues)

  let phase: 'header' | 'date-column' | 'data' = 'header'
  const pending: CsvRow[] = [] // rows before the header is known, or before the date column is
  let headerLine = 0
  let names: string[] = []
  let dateIndex = -1
  let rowsRead = 0

  // Per readable data row: its date key and line; per column, its value on that row (NaN = none).
  const keys: number[] = []
  const lines: number[] = []
  let values: number[][] = []
  let numbers: number[] = []
  let cellIssues: IssueList[] = []
  let ascending = true
  let descending = true
  const formats: string[] = []
  let mixedFormatLine = 0

  function startColumns(header: CsvRow, headerless: boolean) {
    headerLine = header.line
    names = headerless ? header.cells.map((_, i) => `Column ${i + 1}`) : columnNames(header.cells)
    values = names.map(() => [])
    numbers = names.map(() => 0)
    cellIssues = names.map(() => new IssueList(maxIssues))
    dateIndex = headerless ? -1 : names.findIndex(isDateHeader)
    phase = dateIndex >= 0 ? 'data' : 'date-column'
  }

  /** The header row is data when it already holds a date and a number (a file without header). */
  function looksLikeData(row: CsvRow): boolean {
    const dateAt = row.cells.findIndex((cell) => parseDateCell(cell).ok)
    return (
      dateAt >= 0 &&
      row.cells.some((cell, i) => i !== dateAt && parseNumberCell(cell, cellOptions).ok)
    )
  }

  function chooseHeader(at: number) {
    const header = pending[at]
    if (header === undefined) return
    const rest = pending.splice(0)
    for (const skipped of rest.slice(0, at)) {
      if (issues.take()) issues.kept.push(issue(skipped.line, 'before-header'))
    }
    const headerless = looksLikeData(header)
    startColumns(header, headerless)
    for (const row of rest.slice(headerless ? at : at + 1)) take(row)
  }

  /** The column where most of the first rows hold dates (more than half of its filled cells). */
  function chooseDateColumn() {
    let best = -1
    let bestDates = 0
    names.forEach((_, column) => {
      let dates = 0
      let filled = 0
      for (const row of pending) {
        const parsed = parseDateCell(row.cells[column] ?? '')
        if (parsed.ok) dates += 1
        if (parsed.ok || parsed.reason !== 'blank') filled += 1
      }
      if (dates > bestDates && dates * 2 > filled) [best, bestDates] = [column, dates]
    })
    dateIndex = best
    phase = 'data'
    const rows = pending.splice(0)
    rowsRead -= rows.length
    for (const row of rows) take(row)
  }

  function take(row: CsvRow) {
    if (row.cells.every((cell) => cell.trim() === '')) return
    if (phase === 'header') {
      pending.push(row)
      if (row.cells.filter((cell) => cell.trim() !== '').length >= 2) {
        chooseHeader(pending.length - 1)
      } else if (pending.length >= preambleRows) chooseHeader(0)
      return
    }
    rowsRead += 1
    if (phase === 'date-column') {
      pending.push(row)
      if (pending.length >= sniffRows) chooseDateColumn()
      return
    }
    if (dateIndex >= 0) readDataRow(row)
  }

  function readDataRow({ line, cells }: CsvRow) {
    for (let column = names.length; column < cells.length; column++) {
      if ((cells[column] ?? '').trim() === '') continue
      if (issues.take()) issues.kept.push(issue(line, 'extra-cells'))
      break
    }
    const dateText = cells[dateIndex] ?? ''
    const parsed = parseDateCell(dateText)
    if (!parsed.ok) {
      if (issues.take()) {
        issues.kept.push(
          parsed.reason === 'blank'
            ? issue(line, 'missing-date')
            : issue(line, parsed.reason, { cell: shown(dateText) }),
        )
      }
      return
    }
    if (!formats.includes(parsed.format)) {
      formats.push(parsed.format)
      if (formats.length === 2) mixedFormatLine = line
    }
    const key = dateKey(parsed.date)
    const previous = keys.length > 0 ? keys[keys.length - 1] : undefined
    if (previous !== undefined) {
      if (key < previous) ascending = false
      if (key > previous) descending = false
    }
    keys.push(key)
    lines.push(line)
    for (let column = 0; column < names.length; column++) {
      if (column === dateIndex) continue
      const cell = cells[column] ?? ''
      // Plain numbers first, without allocating a result: most cells of a large file are.
      const plain = simpleNumber.test(cell) ? Number(cell) + 0 : Number.NaN // + 0 turns -0 into 0
      if (Number.isFinite(plain)) {
        values[column]?.push(plain)
        numbers[column] = (numbers[column] ?? 0) + 1
        continue
      }
      const number = parseNumberCell(cell, cellOptions)
      values[column]?.push(number.ok ? number.value : Number.NaN)
      if (number.ok) numbers[column] = (numbers[column] ?? 0) + 1
      else if (number.reason === 'not-a-number' || number.reason === 'not-finite') {
        const list = cellIssues[column]
        if (list?.take()) {
          list.kept.push(issue(line, number.reason, { cell: shown(cell) }, names[column] ?? ''))
        }
      }
    }
  }

  function* finishInSteps(): Generator<void, CsvInterpretation, void> {
    // Whole-file findings, kept whatever the cap: they say why nothing (or little) was imported.
    const summary: CsvIssue[] = []
    if (phase === 'header') {
      if (pending.length === 0) return result([], null, [issue(1, 'empty')], 1)
      chooseHeader(0)
    }
    if (phase === 'date-column') chooseDateColumn()
    const dateColumn = dateIndex >= 0 ? (names[dateIndex] ?? null) : null
    const valueColumns = names
      .map((_, column) => column)
      .filter((column) => column !== dateIndex && (numbers[column] ?? 0) > 0)

    if (rowsRead === 0) summary.push(issue(headerLine, 'no-data-rows'))
    else if (dateColumn === null) summary.push(issue(headerLine, 'no-date-column'))
    else if (keys.length === 0) summary.push(issue(headerLine, 'no-valid-dates'))
    else if (valueColumns.length === 0) summary.push(issue(headerLine, 'no-value-column'))
    if (mixedFormatLine > 0) {
      summary.push(issue(mixedFormatLine, 'mixed-date-formats', { formats: formats.join(', ') }))
    }

    const order = rowOrder(keys, ascending, descending)
    yield
    // Runs of rows sharing a date: order[runStarts[r]] … order[runStarts[r + 1] − 1].
    const runStarts: number[] = []
    const dates: IsoDate[] = []
    let previousKey = Number.NaN
    for (let i = 0; i < order.length; i++) {
      const key = keys[order[i] ?? 0] ?? 0
      if (key !== previousKey) {
        runStarts.push(i)
        dates.push(keyDate(key))
        previousKey = key
      }
      if (i % stepsPerPause === stepsPerPause - 1) yield
    }
    runStarts.push(order.length)

    const series: CsvSeries[] = []
    for (const column of valueColumns) {
      const points = yield* seriesPoints(values[column] ?? [], order, runStarts, dates)
      series.push({ name: names[column] ?? '', points })
    }
    const lists = [issues, ...valueColumns.flatMap((column) => cellIssues[column] ?? [])]
    const repeated = duplicates(order, runStarts, dates, lines, maxIssues)
    const first = dates[0]
    const last = dates[dates.length - 1]
    return {
      ...result(
        series,
        dateColumn,
        [...summary, ...repeated.kept],
        summary.length + repeated.count,
        lists,
      ),
      dateRange: first !== undefined && last !== undefined ? { from: first, to: last } : null,
    }
  }

  function result(
    series: CsvSeries[],
    dateColumn: string | null,
    extra: CsvIssue[],
    extraCount: number,
    lists: IssueList[] = [issues],
  ): CsvInterpretation {
    const all = [...extra, ...lists.flatMap((list) => list.kept)]
    all.sort((a, b) => a.line - b.line)
    return {
      series,
      dateColumn,
      issues: all.slice(0, maxIssues),
      issueCount: lists.reduce((sum, list) => sum + list.count, extraCount),
      rowsRead,
      dateRange: null,
      order: ascending ? 'oldest-first' : descending ? 'newest-first' : 'unsorted',
    }
  }

  return {
    push: (rows) => {
      for (const row of rows) take(row)
    },
    finish: () => {
      const steps = finishInSteps()
      for (;;) {
        const step = steps.next()
        if (step.done) return step.value
      }
    },
    finishInSteps,
  }
}
