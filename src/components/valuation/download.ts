/** Saves a Blob under `fileName` through a temporary object URL. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke after the click has been handled (a same-tick revoke cancels the download in Firefox).
  setTimeout(() => URL.revokeObjectURL(url), 1_000)
}

/** CSV as UTF-8 with a byte-order mark, so spreadsheet programs read Chinese names correctly. */
export function downloadCsv(text: string, fileName: string): void {
  downloadBlob(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }), fileName)
}
