import { describe, expect, it } from 'vitest'
import { joinMovesWithValuation, summariseMoves } from '@/domain/series'

describe('joinMovesWithValuation', () => {
  const range = { from: '2024-10-01', to: '2024-10-08' }

  it('unions sessions, keeps gaps as null and starts at the first move', () => {
    const moves = [
      { date: '2024-10-03', value: 0.02 },
      { date: '2024-10-08', value: -0.01 },
    ]
    const pe = [
      { date: '2024-09-30', value: 20 }, // before the range
      { date: '2024-10-02', value: 21 }, // before the first move: dropped
      { date: '2024-10-03', value: 22 },
      { date: '2024-10-04', value: null }, // not meaningful
      { date: '2024-10-07', value: 23 },
    ]
    expect(joinMovesWithValuation(moves, pe, range)).toEqual([
      { date: '2024-10-03', move: 0.02, pe: 22 },
      { date: '2024-10-04', move: null, pe: null },
      { date: '2024-10-07', move: null, pe: 23 },
      { date: '2024-10-08', move: -0.01, pe: null },
    ])
  })

  it('is empty without moves and drops non-finite values', () => {
    expect(joinMovesWithValuation([], [{ date: '2024-10-03', value: 1 }], range)).toEqual([])
    expect(
      joinMovesWithValuation(
        [{ date: '2024-10-03', value: 0.01 }],
        [{ date: '2024-10-03', value: Number.POSITIVE_INFINITY }],
        range,
      ),
    ).toEqual([{ date: '2024-10-03', move: 0.01, pe: null }])
  })
})

describe('summariseMoves', () => {
  it('counts and finds extremes; cumulative compounds', () => {
    const summary = summariseMoves([
      { date: 'a', move: 0.1 },
      { date: 'b', move: -0.1 },
      { date: 'c', move: 0 },
      { date: 'd', move: null },
      { date: 'e', move: 0.2 },
    ])
    expect(summary).toMatchObject({ sessions: 4, up: 2, down: 1, unchanged: 1 })
    expect(summary.largestRise).toEqual({ date: 'e', value: 0.2 })
    expect(summary.largestFall).toEqual({ date: 'b', value: -0.1 })
    // 1.1 × 0.9 × 1 × 1.2 − 1 = 0.188
    expect(summary.cumulative).toBeCloseTo(0.188, 12)
  })

  it('handles no moves', () => {
    expect(summariseMoves([])).toMatchObject({
      sessions: 0,
      largestRise: null,
      largestFall: null,
      cumulative: 0,
    })
  })
})
