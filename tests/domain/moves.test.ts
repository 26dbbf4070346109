import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeDailyMoves, movesInRange } from '@/domain/moves'
import type { DailyBar, DailyMove } from '@/domain/types'

function bar(date: string, close: number): DailyBar {
  return { date, open: close, close, high: close, low: close, volume: 1_000, amount: null }
}

/** [date, close, previousClose, change] */
type Row = [string, number, number, number]

function rows(moves: readonly DailyMove[]): Row[] {
  return moves.map((move) => [move.date, move.close, move.previousClose, move.change])
}

function expectRows(actual: readonly DailyMove[], expected: readonly Row[]) {
  expect(actual.map((move) => move.date)).toEqual(expected.map(([date]) => date))
  expected.forEach(([, close, previousClose, change], i) => {
    expect(actual[i]?.close).toBe(close)
    expect(actual[i]?.previousClose).toBe(previousClose)
    expect(actual[i]?.change).toBeCloseTo(change, 12)
  })
}

describe('computeDailyMoves', () => {
  it.each<[string, DailyBar[], Row[]]>([
    [
      'oldest first',
      [bar('2024-01-02', 100), bar('2024-01-03', 110), bar('2024-01-04', 99)],
      // 110 / 100 − 1 = 0.10; 99 / 110 − 1 = 0.9 − 1 = −0.10
      [
        ['2024-01-03', 110, 100, 0.1],
        ['2024-01-04', 99, 110, -0.1],
      ],
    ],
    [
      'newest first (as some vendors send them)',
      [bar('2024-01-04', 99), bar('2024-01-03', 110), bar('2024-01-02', 100)],
      // same bars as above, so the same moves
      [
        ['2024-01-03', 110, 100, 0.1],
        ['2024-01-04', 99, 110, -0.1],
      ],
    ],
    [
      'a suspension (no bars 01-04 to 01-10) is bridged by one move',
      [bar('2024-01-02', 10), bar('2024-01-03', 11), bar('2024-01-11', 13.2)],
      // 11 / 10 − 1 = 0.10; resumption compares with the last close that printed: 13.2 / 11 − 1 = 0.20
      [
        ['2024-01-03', 11, 10, 0.1],
        ['2024-01-11', 13.2, 11, 0.2],
      ],
    ],
    [
      'duplicate dates keep the last bar',
      [bar('2024-01-02', 10), bar('2024-01-03', 12), bar('2024-01-03', 11)],
      // 01-03 is 11 (the later bar): 11 / 10 − 1 = 0.10
      [['2024-01-03', 11, 10, 0.1]],
    ],
    [
      'a duplicate with an unusable close does not replace a usable one',
      [bar('2024-01-02', 10), bar('2024-01-03', 12), bar('2024-01-03', 0)],
      // 01-03 stays 12: 12 / 10 − 1 = 0.20
      [['2024-01-03', 12, 10, 0.2]],
    ],
    [
      'zero and negative closes are skipped like missing sessions',
      [bar('2024-01-02', 10), bar('2024-01-03', 0), bar('2024-01-04', -5), bar('2024-01-05', 12)],
      // 01-03 and 01-04 skipped: 12 / 10 − 1 = 0.20
      [['2024-01-05', 12, 10, 0.2]],
    ],
    [
      'NaN and infinite closes are skipped',
      [
        bar('2024-01-02', 10),
        bar('2024-01-03', Number.NaN),
        bar('2024-01-04', Number.POSITIVE_INFINITY),
        bar('2024-01-05', 9),
      ],
      // 9 / 10 − 1 = −0.10
      [['2024-01-05', 9, 10, -0.1]],
    ],
    [
      'an unchanged close is a zero move',
      [bar('2024-01-02', 50), bar('2024-01-03', 50)],
      // 50 / 50 − 1 = 0
      [['2024-01-03', 50, 50, 0]],
    ],
    ['a single bar yields no move', [bar('2024-01-02', 10)], []],
    ['no bars, no moves', [], []],
    ['only unusable closes yield no move', [bar('2024-01-02', 0), bar('2024-01-03', -1)], []],
  ])('%s', (_name, bars, expected) => {
    expectRows(computeDailyMoves(bars), expected)
  })

  it('leaves out a move whose ratio overflows but keeps its close as the next previous close', () => {
    const bars = [bar('2024-01-02', 1e-320), bar('2024-01-03', 1e10), bar('2024-01-04', 2e10)]
    // 1e10 / 1e-320 overflows (skipped); 2e10 / 1e10 − 1 = 1
    expect(rows(computeDailyMoves(bars))).toEqual([['2024-01-04', 2e10, 1e10, 1]])
  })
})

describe('movesInRange', () => {
  // 100 → 110 → 99 → 99: +0.10 on 01-03, −0.10 on 01-04, 0 on 01-05
  const moves = computeDailyMoves([
    bar('2024-01-02', 100),
    bar('2024-01-03', 110),
    bar('2024-01-04', 99),
    bar('2024-01-05', 99),
  ])

  it.each<[string, string, string, Row[]]>([
    [
      'keeps the comparison with the close before the range',
      '2024-01-04',
      '2024-01-05',
      [
        ['2024-01-04', 99, 110, -0.1],
        ['2024-01-05', 99, 99, 0],
      ],
    ],
    ['is inclusive at both ends', '2024-01-03', '2024-01-03', [['2024-01-03', 110, 100, 0.1]]],
    ['a range over non-trading days is empty', '2024-01-06', '2024-01-07', []],
    ['an inverted range is empty', '2024-01-05', '2024-01-03', []],
  ])('%s (%s … %s)', (_name, from, to, expected) => {
    expectRows(movesInRange(moves, { from, to }), expected)
  })
})

describe('computeDailyMoves properties', () => {
  const dateArb = fc.oneof(
    fc
      .integer({ min: 0, max: 40 })
      .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10)),
    fc.constantFrom('', 'not a date'),
  )
  const barArb = fc
    .record({ date: dateArb, close: fc.double() })
    .map(({ date, close }) => bar(date, close))

  it('never throws, never yields NaN or Infinity, and returns ascending unique dates', () => {
    fc.assert(
      fc.property(fc.array(barArb, { maxLength: 30 }), (bars) => {
        const moves = computeDailyMoves(bars)
        for (const move of moves) {
          expect(Number.isFinite(move.change)).toBe(true)
          expect(move.close > 0 && Number.isFinite(move.close)).toBe(true)
          expect(move.previousClose > 0 && Number.isFinite(move.previousClose)).toBe(true)
        }
        const dates = moves.map((move) => move.date)
        expect(dates).toEqual([...new Set(dates)].sort())
        const usableDates = new Set(
          bars.filter((b) => Number.isFinite(b.close) && b.close > 0).map((b) => b.date),
        )
        expect(moves.length).toBeLessThanOrEqual(Math.max(0, usableDates.size - 1))
      }),
    )
  })
})
