import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react'
import { csvIssueMessages, type CsvIssue, type CsvOrder } from '@/domain/csv-series'
import { useT, type Translate } from '@/i18n'
import {
  CsvReadError,
  csvReadErrorMessages,
  readCsvFile,
  type CsvDelimiter,
  type CsvReadResult,
} from '@/providers/csv-file/read-csv'
import {
  importsSaveLimit,
  useImportedSeries,
  useImportsActions,
  useImportsStorageProblem,
  useSavedImportIds,
  type ImportedSeries,
} from '@/state/imports-store'
import './csv-import.css'

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; bytesRead: number; totalBytes: number }
  | { kind: 'failed'; fileName: string; message: string }
  | { kind: 'preview'; result: CsvReadResult; selected: boolean[] }

const count = (n: number) => n.toLocaleString('en-US')

/** An id that fits the address bar's `imp:<id>` form ([\w.-]). */
function newImportId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID()
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

/** Now, in exchange time (UTC+8), as the domain writes instants. */
function nowInExchangeTime(): string {
  return `${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`
}

function issueText(issue: CsvIssue, t: Translate): string {
  const reason = t(csvIssueMessages[issue.code], issue.values)
  return issue.column === undefined
    ? t('line {line}: {reason}', { line: issue.line, reason })
    : t('line {line}, {column}: {reason}', { line: issue.line, column: issue.column, reason })
}

function errorText(error: unknown, t: Translate): string {
  if (error instanceof CsvReadError) return t(csvReadErrorMessages[error.code], error.values)
  const reason = error instanceof Error ? error.message : String(error)
  return t(csvReadErrorMessages.unreadable, { reason })
}

function orderText(order: CsvOrder, t: Translate): string {
  if (order === 'oldest-first') return t('oldest first')
  if (order === 'newest-first') return t('newest first')
  return t('not in date order (sorted on import)')
}

function delimiterText(delimiter: CsvDelimiter, t: Translate): string {
  if (delimiter === '\t') return t('tab-separated')
  if (delimiter === ';') return t('semicolon-separated, decimal commas')
  return t('comma-separated')
}

/**
 * Imports the user's own valuation series from a CSV file: reads it in the background with a
 * progress bar and a Cancel button, then shows what was found (date column, value columns with
 * their points and dates, the file's order, problems by line) and applies nothing until the user
 * picks the series and confirms.
 */
export function CsvImport({ onImported }: { onImported?: (ids: string[]) => void }) {
  const t = useT()
  const { seriesImported } = useImportsActions()
  const imported = useImportedSeries()
  const savedIds = useSavedImportIds()
  const [state, setState] = useState<ImportState>({ kind: 'idle' })
  const [status, setStatus] = useState<string | null>(null)
  const reading = useRef<AbortController | null>(null)
  const hintId = useId()

  useEffect(() => () => reading.current?.abort(), [])

  async function fileChosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = '' // choosing the same file again reads it again
    if (!file) return
    reading.current?.abort()
    const controller = new AbortController()
    reading.current = controller
    setStatus(null)
    setState({ kind: 'reading', fileName: file.name, bytesRead: 0, totalBytes: file.size })
    try {
      const result = await readCsvFile(file, {
        signal: controller.signal,
        onProgress: ({ bytesRead, totalBytes }) =>
          setState({ kind: 'reading', fileName: file.name, bytesRead, totalBytes }),
      })
      if (controller.signal.aborted) return
      setState({ kind: 'preview', result, selected: result.interpretation.series.map(() => true) })
    } catch (error) {
      if (controller.signal.aborted) return // cancelled, or replaced by another file
      setState({ kind: 'failed', fileName: file.name, message: errorText(error, t) })
    } finally {
      if (reading.current === controller) reading.current = null
    }
  }

  function cancel(fileName: string) {
    reading.current?.abort()
    setState({ kind: 'idle' })
    setStatus(t('Reading {file} was cancelled.', { file: fileName }))
  }

  function confirm(result: CsvReadResult, selected: readonly boolean[]) {
    const importedAt = nowInExchangeTime()
    const series: ImportedSeries[] = result.interpretation.series
      .filter((_, i) => selected[i])
      .map(({ name, points }) => ({
        id: newImportId(),
        name,
        fileName: result.fileName,
        importedAt,
        points,
      }))
    seriesImported(series)
    setState({ kind: 'idle' })
    setStatus(
      t('Imported {count} series from {file}.', { count: series.length, file: result.fileName }),
    )
    onImported?.(series.map(({ id }) => id))
  }

  function discard(fileName: string) {
    setState({ kind: 'idle' })
    setStatus(t('Discarded {file}: nothing was imported.', { file: fileName }))
  }

  const savedTotal = imported
    .filter(({ id }) => savedIds.includes(id))
    .reduce((sum, { points }) => sum + points.length, 0)

  return (
    <div className="csv-import">
      <div className="toolbar">
        <label className="button csv-import-picker">
          {t('Import CSV')}
          <input
            type="file"
            className="visually-hidden"
            accept=".csv,.tsv,.txt,text/csv"
            aria-describedby={hintId}
            onChange={(event) => void fileChosen(event)}
          />
        </label>
        <span id={hintId} className="panel-note">
          {t(
            'Your own series, e.g. a Lixinger or Wind export: a date column and one or more value columns.',
          )}
        </span>
      </div>

      {status && (
        <p className="panel-note" role="status">
          {status}
        </p>
      )}

      {state.kind === 'reading' && (
        <ReadingProgress
          fileName={state.fileName}
          bytesRead={state.bytesRead}
          totalBytes={state.totalBytes}
          onCancel={() => cancel(state.fileName)}
          t={t}
        />
      )}

      {state.kind === 'failed' && (
        <div className="panel-error" role="alert">
          <p>
            {t('{file} could not be imported.', { file: state.fileName })} {state.message}
          </p>
        </div>
      )}

      {state.kind === 'preview' && (
        <ImportPreview
          result={state.result}
          selected={state.selected}
          savedTotal={savedTotal}
          onToggle={(index) =>
            setState({
              ...state,
              selected: state.selected.map((on, i) => (i === index ? !on : on)),
            })
          }
          onConfirm={() => confirm(state.result, state.selected)}
          onDiscard={() => discard(state.result.fileName)}
          t={t}
        />
      )}
    </div>
  )
}

function ReadingProgress({
  fileName,
  bytesRead,
  totalBytes,
  onCancel,
  t,
}: {
  fileName: string
  bytesRead: number
  totalBytes: number
  onCancel: () => void
  t: Translate
}) {
  const percent = totalBytes > 0 ? Math.round((bytesRead / totalBytes) * 100) : 0
  return (
    <div className="csv-reading">
      <div
        className="csv-progress"
        role="progressbar"
        aria-label={t('Reading {file}', { file: fileName })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <span className="csv-progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <span className="panel-note">
        {t('Reading {file}: {percent}%', { file: fileName, percent })}
      </span>
      <button type="button" className="button" onClick={onCancel}>
        {t('Cancel')}
      </button>
    </div>
  )
}

/** How many of the new series would not be saved: the store saves in order while they fit. */
function unsavedCount(savedTotal: number, sizes: readonly number[]): number {
  let total = savedTotal
  let unsaved = 0
  for (const size of sizes) {
    if (total + size > importsSaveLimit) unsaved++
    else total += size
  }
  return unsaved
}

function ImportPreview({
  result,
  selected,
  savedTotal,
  onToggle,
  onConfirm,
  onDiscard,
  t,
}: {
  result: CsvReadResult
  selected: readonly boolean[]
  savedTotal: number
  onToggle: (index: number) => void
  onConfirm: () => void
  onDiscard: () => void
  t: Translate
}) {
  const headingId = useId()
  const { interpretation } = result
  const { series, issues, issueCount } = interpretation
  const chosen = series.filter((_, i) => selected[i])
  const unsaved = unsavedCount(
    savedTotal,
    chosen.map(({ points }) => points.length),
  )

  return (
    <section className="csv-preview" aria-labelledby={headingId}>
      <h3 id={headingId} className="csv-preview-title">
        {t('Preview of {file}', { file: result.fileName })}
      </h3>
      <dl className="csv-facts">
        <dt>{t('Date column')}</dt>
        <dd>{interpretation.dateColumn ?? t('none found')}</dd>
        <dt>{t('Order')}</dt>
        <dd>{orderText(interpretation.order, t)}</dd>
        <dt>{t('Rows read')}</dt>
        <dd>{count(interpretation.rowsRead)}</dd>
        <dt>{t('Format')}</dt>
        <dd>
          {result.encoding.toUpperCase()}, {delimiterText(result.delimiter, t)}
        </dd>
      </dl>

      {series.length > 0 ? (
        <fieldset className="csv-series">
          <legend>{t('Series found')}</legend>
          {series.map((entry, i) => {
            const first = entry.points[0]?.date ?? ''
            const last = entry.points[entry.points.length - 1]?.date ?? ''
            return (
              <label key={entry.name} className="csv-series-option">
                <input
                  type="checkbox"
                  checked={selected[i] ?? false}
                  onChange={() => onToggle(i)}
                />
                <span className="csv-series-name">{entry.name}</span>{' '}
                <span className="panel-note">
                  {t('{count} points, {from} to {to}', {
                    count: count(entry.points.length),
                    from: first,
                    to: last,
                  })}
                </span>
              </label>
            )
          })}
        </fieldset>
      ) : (
        <p className="panel-warning">{t('Nothing in this file can be imported.')}</p>
      )}

      {issues.length > 0 && (
        <div className="csv-problems">
          <h4 className="csv-problems-title">
            {t('Problems ({count})', { count: count(issueCount) })}
          </h4>
          <ul className="csv-issues" aria-label={t('Problems')}>
            {issues.map((issue, i) => (
              <li key={i}>{issueText(issue, t)}</li>
            ))}
          </ul>
          {issueCount > issues.length && (
            <p className="panel-note">
              {t('…and {count} more not listed.', { count: count(issueCount - issues.length) })}
            </p>
          )}
        </div>
      )}

      {unsaved > 0 && (
        <p className="panel-warning">
          {t(
            'Not saved: too large. {count} of these series will last only until you close the page (this browser keeps up to {limit} points).',
            { count: unsaved, limit: count(importsSaveLimit) },
          )}
        </p>
      )}

      <div className="toolbar">
        <button
          type="button"
          className="button csv-confirm"
          disabled={chosen.length === 0}
          onClick={onConfirm}
        >
          {t('Import {count} series', { count: chosen.length })}
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          {t('Discard')}
        </button>
      </div>
    </section>
  )
}

/** The imported series, each with what it holds, whether it is saved, and a Remove button. */
export function ImportedSeriesList() {
  const t = useT()
  const series = useImportedSeries()
  const savedIds = useSavedImportIds()
  const problem = useImportsStorageProblem()
  const { seriesRemoved } = useImportsActions()
  if (series.length === 0) return <p className="empty">{t('No imported series yet.')}</p>
  return (
    <ul className="csv-imported" aria-label={t('Imported series')}>
      {series.map((entry) => (
        <li key={entry.id}>
          <span className="csv-series-name">{entry.name}</span>{' '}
          <span className="panel-note">
            {t('{file} · {count} points, {from} to {to}', {
              file: entry.fileName,
              count: count(entry.points.length),
              from: entry.points[0]?.date ?? '',
              to: entry.points[entry.points.length - 1]?.date ?? '',
            })}
          </span>{' '}
          {!savedIds.includes(entry.id) && (
            <span className="csv-unsaved">
              {problem === 'unavailable'
                ? t('not saved: browser storage is full or blocked')
                : t('not saved: too large')}
            </span>
          )}{' '}
          <button
            type="button"
            className="link-button"
            aria-label={t('Remove {name}', { name: entry.name })}
            onClick={() => seriesRemoved(entry.id)}
          >
            {t('Remove')}
          </button>
        </li>
      ))}
    </ul>
  )
}
