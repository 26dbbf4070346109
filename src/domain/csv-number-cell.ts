import { normalise, startsWithIdeograph } from '@/domain/csv-cell-text'

/** Number cells of a CSV export: grouping, decimal commas, percentages and missing markers. */

/** A number cell read. `missing` = an explicit marker such as `--`, `N/A` or `NaN`. */
export type NumberCell =
  | { ok: true; value: number }
  | { ok: false; reason: 'blank' | 'missing' | 'not-a-number' | 'not-finite' }

const missingMarkers = new Set([
  '-',
  '--',
  '---',
  '—',
  '——',
  '–',
  '/',
  'n/a',
  'na',
  'n.a.',
  'nan',
  'null',
  'none',
  '#n/a',
  '#div/0!',
  '#value!',
  '#ref!',
  '#num!',
  '#name?',
  '#null!',
])
/** A plain decimal such as `24.1` or `-3`: `Number` reads it as it is. */
export const simpleNumber = /^-?\d+(?:\.\d+)?$/
const plainNumber = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i
const commaGrouped = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/
const pointGroupedCommaDecimal = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d*)?$/
const commaDecimal = /^[+-]?\d*,\d+$/
const pointGroupedOnly = /^[+-]?\d{1,3}(?:\.\d{3}){2,}$/

/** The cell as a plain JS number literal, grouping removed; null when the grouping is irregular. */
function ungrouped(text: string, decimalComma: boolean): string | null {
  const comma = text.includes(',')
  if (!decimalComma) {
    if (!comma) return text
    return commaGrouped.test(text) ? text.replaceAll(',', '') : null
  }
  if (comma && text.includes('.')) {
    // Both marks: whichever comes last is the decimal point.
    if (pointGroupedCommaDecimal.test(text)) return text.replaceAll('.', '').replace(',', '.')
    return commaGrouped.test(text) ? text.replaceAll(',', '') : null
  }
  if (comma) return commaDecimal.test(text) ? text.replace(',', '.') : null
  return pointGroupedOnly.test(text) ? text.replaceAll('.', '') : text
}

/**
 * Reads a number cell: `24.1`, `-3`, `1e3`, `1,234.5` (comma grouping in threes), full-width
 * `２４．１`, and a trailing `%` (read as a fraction, `12.5%` = 0.125, the domain's convention).
 * Blank is `blank`; `-`, `--`, `—`, `N/A`, `NaN`, `null`, `None` and spreadsheet errors such as
 * `#DIV/0!` are `missing`; a value beyond ±1.8e308 is `not-finite`; anything else `not-a-number`.
 * With `decimalComma` the comma is the decimal point and the full stop groups thousands.
 */
export function parseNumberCell(
  cell: string,
  options: { decimalComma?: boolean } = {},
): NumberCell {
  if (simpleNumber.test(cell)) return finiteValue(Number(cell))
  if (startsWithIdeograph(cell)) return { ok: false, reason: 'not-a-number' }
  let text = normalise(cell)
  if (text === '') return { ok: false, reason: 'blank' }
  if (missingMarkers.has(text.toLowerCase())) return { ok: false, reason: 'missing' }
  const percent = text.endsWith('%')
  if (percent) text = text.slice(0, -1).trimEnd()
  const literal = ungrouped(text, options.decimalComma === true)
  if (literal === null || !plainNumber.test(literal)) return { ok: false, reason: 'not-a-number' }
  const value = Number(literal)
  return finiteValue(percent ? value / 100 : value)
}

function finiteValue(value: number): NumberCell {
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-finite' }
  return { ok: true, value: value === 0 ? 0 : value } // no -0
}
