import type { Translate } from '@/i18n'

/** The progress bar and Cancel button shown while a CSV file is read. */
export function ReadingProgress({
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
