import { csvIssueMessages, type CsvIssue, type CsvOrder } from '@/domain/csv-series'
import type { Translate } from '@/i18n'
import {
  CsvReadError,
  csvReadErrorMessages,
  type CsvDelimiter,
} from '@/providers/csv-file/read-csv'

/** Wording of the CSV import: counts, problems by line, read errors, the file's order and format. */

export const count = (n: number) => n.toLocaleString('en-US')

export function issueText(issue: CsvIssue, t: Translate): string {
  const reason = t(csvIssueMessages[issue.code], issue.values)
  return issue.column === undefined
    ? t('line {line}: {reason}', { line: issue.line, reason })
    : t('line {line}, {column}: {reason}', { line: issue.line, column: issue.column, reason })
}

export function errorText(error: unknown, t: Translate): string {
  if (error instanceof CsvReadError) return t(csvReadErrorMessages[error.code], error.values)
  const reason = error instanceof Error ? error.message : String(error)
  return t(csvReadErrorMessages.unreadable, { reason })
}

export function orderText(order: CsvOrder, t: Translate): string {
  if (order === 'oldest-first') return t('oldest first')
  if (order === 'newest-first') return t('newest first')
  return t('not in date order (sorted on import)')
}

export function delimiterText(delimiter: CsvDelimiter, t: Translate): string {
  if (delimiter === '\t') return t('tab-separated')
  if (delimiter === ';') return t('semicolon-separated, decimal commas')
  return t('comma-separated')
}
