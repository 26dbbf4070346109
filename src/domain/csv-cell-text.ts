/**
 * Text helpers shared by the CSV cell readers: folding a cell to ASCII and reading digits without
 * allocating, so the common cells of a large file stay cheap.
 */

const nonPrintableAscii = /[^\x20-\x7e]/

/** Full-width forms to ASCII (NFKC), the typographic minus to `-`, outer spaces trimmed. */
export function normalise(cell: string): string {
  if (!nonPrintableAscii.test(cell)) return cell.trim()
  return cell.normalize('NFKC').replaceAll('\u2212', '-').trim()
}

export const pad2 = (n: number) => String(n).padStart(2, '0')

/** Digits of `text` from `start` to `end` as a number; -1 if any is not an ASCII digit. */
export function digitsAt(text: string, start: number, end: number): number {
  let value = 0
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/** A cell that starts with a CJK ideograph is text: NFKC maps no ideograph to a digit. */
export function startsWithIdeograph(cell: string): boolean {
  const code = cell.charCodeAt(0)
  return code >= 0x4e00 && code <= 0x9fff
}
