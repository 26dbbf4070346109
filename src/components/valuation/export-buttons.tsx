import { useState, type RefObject } from 'react'
import { useT } from '@/i18n'
import { chartPng } from '@/components/valuation/chart-png'
import { downloadBlob, downloadCsv } from '@/components/valuation/download'

export interface ExportButtonsProps {
  /** What is exported, for the buttons' accessible names, e.g. "Valuation summary". */
  subject: string
  /** Builds the CSV text of exactly what is shown (called on click). */
  csv: () => { text: string; fileName: string }
  /** The chart figure to snapshot, with its PNG title and footer; absent for a table. */
  png?: { figure: RefObject<HTMLElement | null>; title: string; footer: string; fileName: string }
}

/** "CSV" and "PNG" buttons for a panel, with a message when an export fails. */
export function ExportButtons({ subject, csv, png }: ExportButtonsProps) {
  const t = useT()
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const saveCsv = () => {
    try {
      const { text, fileName } = csv()
      downloadCsv(text, fileName)
      setMessage(null)
    } catch (error) {
      setMessage(t('The CSV could not be made: {reason}', { reason: reasonOf(error) }))
    }
  }
  const savePng = async () => {
    if (!png) return
    const figure = png.figure.current
    setBusy(true)
    try {
      if (!figure) throw new Error(t('there is no chart to export yet'))
      downloadBlob(await chartPng(figure, png), png.fileName)
      setMessage(null)
    } catch (error) {
      setMessage(t('The PNG could not be made: {reason}', { reason: reasonOf(error) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="export-buttons">
      <button
        type="button"
        className="button button-small"
        onClick={saveCsv}
        aria-label={t('Download {subject} as CSV', { subject })}
      >
        CSV
      </button>
      {png && (
        <button
          type="button"
          className="button button-small"
          onClick={() => void savePng()}
          disabled={busy}
          aria-label={t('Download {subject} as PNG', { subject })}
        >
          PNG
        </button>
      )}
      {message && (
        <p className="export-message" role="alert">
          {message}
        </p>
      )}
    </div>
  )
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
