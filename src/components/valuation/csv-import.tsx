import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react'
import { ImportPreview } from '@/components/valuation/csv-import-preview'
import { count, errorText } from '@/components/valuation/csv-import-text'
import { ReadingProgress } from '@/components/valuation/csv-reading-progress'
import { useT } from '@/i18n'
import { readCsvFile, type CsvReadResult } from '@/providers/csv-file/read-csv'
import {
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
