import { useId } from 'react'
import { count, delimiterText, issueText, orderText } from '@/components/valuation/csv-import-text'
import type { Translate } from '@/i18n'
import type { CsvReadResult } from '@/providers/csv-file/read-csv'
import { importsSaveLimit } from '@/state/imports-store'

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

/**
 * What a read CSV file holds, before anything is applied: the date column, the file's order and
 * format, a checkbox per value column with its points and dates, the problems by line, and the
 * Import and Discard buttons.
 */
export function ImportPreview({
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
