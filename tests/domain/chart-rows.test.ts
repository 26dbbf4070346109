import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  barLineRows,
  indicesWhere,
  lineRowIndices,
  lineRows,
  rowsPerPixel,
} from '@/domain/chart-rows'

interface Row {
  i: number
  move: number | null
  pe: number | null
}

/** 20,000 sessions: small wiggles, one +19.84% day, one −15% day, a PE peak and trough. */
const sessions: Row[] = Array.from({ length: 20_000 }, (_, i) => ({
  i,
  move: i === 14_321 ? 0.1984 : i === 3_210 ? -0.15 : i % 97 === 0 ? null : Math.sin(i) * 0.03,
  pe: i === 8_000 ? 96 : i === 12_345 ? 4 : 30 + Math.sin(i / 50) * 5,
}))
const move = (row: Row) => row.move
const pe = (row: Row) => row.pe

describe('barLineRows', () => {
  it('keeps at most two rows per pixel, kept rows included', () => {
    const keep = [10, 555, 19_998]
    const out = barLineRows(sessions, 700, move, pe, keep)
    expect(out.length).toBeLessThanOrEqual(700 * rowsPerPixel.bars)
    expect(out.length).toBeGreaterThan(700)
  })

  it('keeps the largest rise and fall, the PE peak and trough, and the chosen and news days', () => {
    const chosen = 17_777
    const news = [5, 1_234, 9_999]
    const out = barLineRows(sessions, 700, move, pe, [chosen, ...news])
    const kept = out.map((row) => row.i)
    expect(kept).toEqual(expect.arrayContaining([14_321, 3_210, 8_000, 12_345, chosen, ...news]))
    expect(kept[0]).toBe(0)
    expect(kept.at(-1)).toBe(19_999)
  })

  it('keeps the rows in order, as the same objects', () => {
    const out = barLineRows(sessions, 500, move, pe)
    expect(out.every((row, k) => k === 0 || row.i > (out[k - 1]?.i ?? -1))).toBe(true)
    expect(out[1]).toBe(sessions[out[1]?.i ?? -1])
  })

  it('returns the input itself when it already fits', () => {
    const few = sessions.slice(0, 1_000)
    expect(barLineRows(few, 700, move, pe)).toBe(few)
  })

  it('bounds the rows for any width and data (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: null }), {
          minLength: 0,
          maxLength: 3_000,
        }),
        fc.integer({ min: 20, max: 1_500 }),
        (moves, width) => {
          const rows = moves.map((m, i) => ({ i, move: m, pe: m === null ? null : 20 + m }))
          const out = barLineRows(rows, width, move, pe, [0])
          expect(out.length).toBeLessThanOrEqual(Math.max(32, width * 2, 0))
          const values = rows.flatMap((row) => (row.move === null ? [] : [row.move]))
          if (values.length > 0) {
            const kept = out.flatMap((row) => (row.move === null ? [] : [row.move]))
            expect(Math.max(...kept)).toBe(Math.max(...values))
            expect(Math.min(...kept)).toBe(Math.min(...values))
          }
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('lineRows', () => {
  const lines = [
    (row: Row) => row.pe,
    (row: Row) => (row.move === null ? null : 100 + row.i / 100 + row.move * 10),
  ]

  it('keeps one row per pixel in all, whatever the number of lines', () => {
    expect(lineRows(sessions, 900, lines).length).toBeLessThanOrEqual(900)
    expect(lineRows(sessions, 900, [...lines, ...lines, ...lines]).length).toBeLessThanOrEqual(900)
  })

  it('keeps every line’s peak and trough and the kept rows', () => {
    const out = lineRows(sessions, 600, lines, [7_000]).map((row) => row.i)
    expect(out).toEqual(expect.arrayContaining([8_000, 12_345, 7_000, 0, 19_999]))
    // The second line peaks with the +19.84% day (100 + 143.21 + 1.984).
    expect(out).toContain(14_321)
  })

  it('returns the input itself when it already fits', () => {
    const few = sessions.slice(0, 500)
    expect(lineRows(few, 600, lines)).toBe(few)
  })

  it('lineRowIndices gives the positions of those rows, ascending (every one when they fit)', () => {
    const indices = lineRowIndices(sessions, 600, lines, [7_000])
    expect(indices.map((i) => sessions[i])).toEqual(lineRows(sessions, 600, lines, [7_000]))
    expect(indices.every((i, k) => k === 0 || i > (indices[k - 1] ?? -1))).toBe(true)
    expect(lineRowIndices(sessions.slice(0, 500), 600, lines)).toEqual(
      Array.from({ length: 500 }, (_, i) => i),
    )
    expect(lineRowIndices([], 600, lines)).toEqual([])
  })
})

describe('indicesWhere', () => {
  it('lists the positions of matching rows', () => {
    expect(indicesWhere(sessions.slice(0, 300), (row) => row.move === null)).toEqual([
      0, 97, 194, 291,
    ])
  })
})
