/** Problems found in a CSV export, each at its line, and the bounded list they are collected in. */

/**
 * English message of each kind of problem, with `{placeholders}` filled from `CsvIssue.values`.
 * The UI translates these templates (they double as i18n keys).
 */
export const csvIssueMessages = {
  empty: 'the file has no rows',
  'before-header': 'skipped: comes before the header row',
  'no-date-column':
    'no date column: name one "date" or "日期", or put dates such as 2025-02-26 in a column',
  'no-data-rows': 'there are no data rows below the header',
  'no-valid-dates': 'no row has a date that could be read',
  'no-value-column': 'no column besides the date has numbers',
  'missing-date': 'no date; the row is skipped',
  'not-a-date': '"{cell}" is not a date; the row is skipped',
  'impossible-date': '"{cell}" is not a real date; the row is skipped',
  'not-a-number': '"{cell}" is not a number',
  'not-finite': '"{cell}" is too large to use',
  'extra-cells': 'more cells than the header has columns; the extra cells are ignored',
  'duplicate-date': '{date} already appeared on line {first}; the later value is used',
  'mixed-date-formats': 'dates are written in several formats ({formats}); all of them were read',
} as const satisfies Record<string, string>

export type CsvIssueCode = keyof typeof csvIssueMessages

/** A problem found in the file, at the line where it occurs. */
export interface CsvIssue {
  /** 1-based line of the file. */
  line: number
  /** Header of the value column concerned; absent for problems with a whole row or file. */
  column?: string
  code: CsvIssueCode
  /** Values for the placeholders of `csvIssueMessages[code]`. */
  values: Readonly<Record<string, string | number>>
  /** The English message, placeholders filled. */
  reason: string
}

const shownCellLength = 40

export function shown(cell: string): string {
  const text = cell.trim()
  return text.length > shownCellLength ? `${text.slice(0, shownCellLength)}…` : text
}

function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
}

export function issue(
  line: number,
  code: CsvIssueCode,
  values: Readonly<Record<string, string | number>> = {},
  column?: string,
): CsvIssue {
  const reason = fill(csvIssueMessages[code], values)
  return column === undefined
    ? { line, code, values, reason }
    : { line, column, code, values, reason }
}

/** A bounded list of issues: keeps the first `max` offered, counts all. */
export class IssueList {
  readonly kept: CsvIssue[] = []
  count = 0
  private readonly max: number
  constructor(max: number) {
    this.max = max
  }
  /** Counts one more issue; true when it is to be kept (then the caller pushes it to `kept`). */
  take(): boolean {
    this.count += 1
    return this.kept.length < this.max
  }
}
