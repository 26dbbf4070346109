import Papa from 'papaparse'
import { createCsvInterpreter, type CsvInterpretation, type CsvRow } from '@/domain/csv-series'

/**
 * Reads a user's CSV file (a Lixinger or Wind export, a spreadsheet saved as CSV) into dated
 * series, in the page's main thread but in slices, so that a 50 MB file never blocks it for long.
 *
 * Why not papaparse's own File streaming: it reads each byte slice with `FileReader.readAsText`,
 * which garbles a multi-byte character (Chinese text, full-width digits) cut by a slice boundary.
 * Here each slice's bytes go through one streaming `TextDecoder`, and papaparse's `Parser` splits
 * the text, carrying an incomplete last row over to the next slice. No worker: the app's
 * Content-Security-Policy allows scripts only from its own origin, which rules out a blob worker.
 */

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'
export type CsvDelimiter = ',' | '\t' | ';'

export interface CsvReadProgress {
  bytesRead: number
  totalBytes: number
}

export interface CsvReadOptions {
  /** Called after each slice is read and interpreted. */
  onProgress?: (progress: CsvReadProgress) => void
  /** Aborting rejects with the signal's reason (an `AbortError` by default). */
  signal?: AbortSignal
  /** Bytes per slice; 1 MiB by default. */
  chunkSize?: number
  /** Issues kept (the earliest lines); all are counted. 200 by default. */
  maxIssues?: number
}

export interface CsvReadResult {
  fileName: string
  /** Size in bytes. */
  size: number
  /** Detected from the byte-order mark, else from the content (UTF-8, else GB18030 as saved by Chinese Excel). */
  encoding: CsvEncoding
  delimiter: CsvDelimiter
  interpretation: CsvInterpretation
}

export type CsvReadErrorCode = 'empty' | 'spreadsheet' | 'binary' | 'unclosed-quote' | 'unreadable'

/** Why a file could not be read at all; `values` fill the placeholders of the message. */
export class CsvReadError extends Error {
  readonly code: CsvReadErrorCode
  readonly values: Readonly<Record<string, string | number>>
  constructor(
    code: CsvReadErrorCode,
    message: string,
    values: Readonly<Record<string, string | number>> = {},
  ) {
    super(message)
    this.name = 'CsvReadError'
    this.code = code
    this.values = values
  }
}

/** English message templates of the read errors (`{placeholders}` from `CsvReadError.values`). */
export const csvReadErrorMessages: Record<CsvReadErrorCode, string> = {
  empty: 'The file is empty.',
  spreadsheet: 'This looks like an Excel/ZIP file: export it as CSV.',
  binary: 'This is not a text file (it contains binary data): choose a CSV file.',
  'unclosed-quote': 'A quoted field that starts on line {line} never ends (a stray " character?).',
  unreadable: 'The file could not be read: {reason}',
}

const fail = (code: CsvReadErrorCode, values: Record<string, string | number> = {}) =>
  new CsvReadError(
    code,
    csvReadErrorMessages[code].replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m)),
    values,
  )

const defaultChunkSize = 1024 * 1024
const sniffBytes = 64 * 1024
// A row still incomplete after this many characters is a quote that never closes: stop there
// rather than re-parse an ever-growing remainder.
const maxCarry = 4 * 1024 * 1024
const delimiters: readonly CsvDelimiter[] = [',', '\t', ';']

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[i] === byte)

/** Share of the characters that no text file has: C0 controls other than tab/CR/LF, and U+FFFD. */
function strangeShare(text: string): number {
  if (text.length === 0) return 0
  let strange = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd)
      strange++
  }
  return strange / text.length
}

/** UTF-16 without a byte-order mark: ASCII text has a zero byte in every other position. */
function utf16Without(bytes: Uint8Array): CsvEncoding | null {
  const pairs = Math.floor(bytes.length / 2)
  if (pairs < 2) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.02) return 'utf-16le'
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.02) return 'utf-16be'
  return null
}

function byteOrderMark(head: Uint8Array): CsvEncoding | null {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8'
  if (startsWith(head, [0xff, 0xfe])) return 'utf-16le'
  if (startsWith(head, [0xfe, 0xff])) return 'utf-16be'
  return null
}

/** UTF-8, or GB18030 when decoding as UTF-8 garbles over a tenth of the non-ASCII characters. */
function guessed(head: Uint8Array): CsvEncoding {
  const text = new TextDecoder('utf-8').decode(head, { stream: true })
  let nonAscii = 0
  let garbled = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code > 0x7f) nonAscii++
    if (code === 0xfffd) garbled++
  }
  return garbled > nonAscii * 0.1 ? 'gb18030' : 'utf-8'
}

/**
 * The encoding of the file from its first bytes, or a CsvReadError for a spreadsheet, a ZIP or
 * binary data. UTF-8 unless decoding the start as UTF-8 garbles more than a tenth of its
 * non-ASCII characters, which is what a GBK/GB18030 file (Excel's "CSV" on Chinese Windows) does.
 */
function sniffEncoding(head: Uint8Array): CsvEncoding {
  // ZIP (xlsx, docx, zip) and the OLE2 container of the old .xls.
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]))
    throw fail('spreadsheet')
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw fail('spreadsheet')

  const encoding = byteOrderMark(head) ?? (head.includes(0) ? utf16Without(head) : guessed(head))
  if (encoding === null) throw fail('binary')
  const sample = new TextDecoder(encoding).decode(head, { stream: true })
  if (strangeShare(sample) > 0.05) throw fail('binary')
  return encoding
}

interface ParserResult {
  data: string[][]
  errors: { code: string; row?: number }[]
  meta: { cursor: number }
}

/**
 * Lets the page handle input and paint. A message to itself rather than setTimeout(0), which
 * browsers clamp to 4 ms after a few nested calls (as React's scheduler does).
 */
function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0)
      return
    }
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

// Work between two pauses: about a frame, so typing and scrolling stay smooth while reading.
const sliceBudgetMs = 16
// Rows handed to the interpreter between two looks at the clock.
const rowsPerBatch = 1024

async function bytesOf(file: Blob, start: number, end: number): Promise<ArrayBuffer> {
  try {
    return await file.slice(start, end).arrayBuffer()
  } catch (error) {
    throw fail('unreadable', { reason: error instanceof Error ? error.message : String(error) })
  }
}

/**
 * Reads `file` as CSV and interprets it (see `interpretCsv`): rejects binary data, spreadsheets
 * and empty files with a CsvReadError; detects the encoding (UTF-8 with or without BOM, UTF-16,
 * GB18030) and the delimiter (comma, tab or semicolon; a semicolon file is read with decimal
 * commas); reads 1 MiB slices and reports progress after each; works in pieces of about 16 ms
 * (one slice's parse, or rows and points in batches), yielding to the page in between and after
 * every slice; rejects with the signal's reason when aborted. Only one slice of text is held at a
 * time; the interpreter keeps one date and one number per row and column, not the rows.
 */
export async function readCsvFile(
  file: File,
  { onProgress, signal, chunkSize = defaultChunkSize, maxIssues = 200 }: CsvReadOptions = {},
): Promise<CsvReadResult> {
  signal?.throwIfAborted()
  const size = file.size
  if (size === 0) throw fail('empty')
  const head = new Uint8Array(await bytesOf(file, 0, Math.min(size, sniffBytes)))
  signal?.throwIfAborted()
  const encoding = sniffEncoding(head)

  const headText = new TextDecoder(encoding).decode(head, { stream: true })
  const guess = Papa.parse<string[]>(headText, {
    preview: 20,
    skipEmptyLines: true,
    delimitersToGuess: [...delimiters],
  })
  const delimiter = delimiters.find((d) => d === guess.meta.delimiter) ?? ','
  const linebreak =
    guess.meta.linebreak === '\r\n' || guess.meta.linebreak === '\r' ? guess.meta.linebreak : '\n'
  const lineEnd = linebreak === '\r' ? '\r' : '\n'

  const interpreter = createCsvInterpreter({ decimalComma: delimiter === ';', maxIssues })
  const parser = new Papa.Parser({ delimiter, newline: linebreak })
  const decoder = new TextDecoder(encoding) // strips a byte-order mark
  let sliceStart = performance.now()
  const pause = async (always = false) => {
    if (!always && performance.now() - sliceStart < sliceBudgetMs) return
    await yieldToMain()
    signal?.throwIfAborted()
    sliceStart = performance.now()
  }

  let carry = ''
  let line = 1
  for (let start = 0; start < size;) {
    const end = Math.min(start + Math.max(1, chunkSize), size)
    const bytes = await bytesOf(file, start, end)
    signal?.throwIfAborted()
    sliceStart = performance.now()
    const last = end >= size
    const text = carry + decoder.decode(bytes, { stream: !last })
    const parsed = parser.parse(text, 0, !last) as ParserResult
    carry = last ? '' : text.slice(parsed.meta.cursor)
    const rows: CsvRow[] = parsed.data.map((cells) => {
      const row = { line, cells }
      line += 1
      for (const cell of cells) {
        for (let at = cell.indexOf(lineEnd); at >= 0; at = cell.indexOf(lineEnd, at + 1)) line++
      }
      return row
    })
    // Only the last slice can end inside quotes: earlier ones carry their last row over.
    const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes')
    if (unclosed) throw fail('unclosed-quote', { line: rows[unclosed.row ?? 0]?.line ?? line })
    if (carry.length > maxCarry) throw fail('unclosed-quote', { line })
    for (let from = 0; from < rows.length; from += rowsPerBatch) {
      interpreter.push(rows.slice(from, from + rowsPerBatch))
      await pause()
    }
    start = end
    onProgress?.({ bytesRead: end, totalBytes: size })
    if (!last) await pause(true) // let the progress bar paint
  }

  // Building the series of a large file takes a while too: pause in between as well.
  const steps = interpreter.finishInSteps()
  let step = steps.next()
  while (!step.done) {
    await pause()
    step = steps.next()
  }
  const interpretation = step.value
  if (interpretation.issues.some((issue) => issue.code === 'empty')) throw fail('empty')
  return { fileName: file.name, size, encoding, delimiter, interpretation }
}
