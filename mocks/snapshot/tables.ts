import { isIsoDate } from '@/domain/dates'
import type { IsoDate } from '@/domain/types'

/**
 * Readers for the compact hand-written tables of the generator (anchors, premiums, pinned moves).
 *
 * A dated table has one line per year, `YYYY: MM-DD value, MM-DD value, …`, e.g.
 * `2025: 02-25 24.45, 02-26 29.3`. Blank lines are ignored. Anything else throws, so a typo in a
 * table fails the snapshot tests instead of producing a silently different path.
 */
export function parseDated(text: string): [IsoDate, number][] {
  const out: [IsoDate, number][] = []
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim()
    if (line === '') continue
    const match = /^(\d{4}):\s*(.+)$/.exec(line)
    if (!match?.[1] || !match[2]) throw new Error(`bad table line "${line}"`)
    for (const entry of match[2].split(',')) {
      const [monthDay = '', value = '', ...rest] = entry.trim().split(/\s+/)
      const date = `${match[1]}-${monthDay}`
      const number = Number(value)
      if (!isIsoDate(date) || value === '' || !Number.isFinite(number) || rest.length > 0) {
        throw new Error(`bad table entry "${entry.trim()}" in "${line}"`)
      }
      out.push([date, number])
    }
  }
  for (let i = 1; i < out.length; i += 1) {
    const [previous, current] = [out[i - 1]?.[0] ?? '', out[i]?.[0] ?? '']
    if (current <= previous) throw new Error(`table dates out of order at ${current}`)
  }
  return out
}

/** Rows of whitespace-separated numbers, one row per non-blank line, each `width` long. */
export function parseRows(text: string, width: number): number[][] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const row = line.split(/\s+/).map(Number)
      if (row.length !== width || !row.every(Number.isFinite)) {
        throw new Error(`bad table row "${line}" (want ${width} numbers)`)
      }
      return row
    })
}
