import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { downsampleRows, lttbIndices, minMaxBucketIndices } from '@/domain/downsample'

describe('lttbIndices', () => {
  it('keeps everything when the threshold is not below the length', () => {
    expect(lttbIndices([1, 2, 3], 3)).toEqual([0, 1, 2])
    expect(lttbIndices([1, 2, 3, 4], 2)).toEqual([0, 1, 2, 3])
  })

  it('picks the point making the largest triangle in each bucket', () => {
    // n = 7, threshold 4: two middle buckets of (7 − 2) / 2 = 2.5 points: [1, 2] and [3, 4, 5].
    // Bucket 1, anchor (0, 0), next-bucket average over i = 3..5 → x 4, y (0 + 0 + 0) / 3 = 0:
    // the triangle area grows with |y|, so i = 2 (y 10) beats i = 1 (y 1).
    // Bucket 2, anchor (2, 10), average of the last point (6, 0): i = 4 (y −8) is farthest.
    expect(lttbIndices([0, 1, 10, 0, -8, 0, 0], 4)).toEqual([0, 2, 4, 6])
  })

  it('always keeps the global extremes and the requested indices', () => {
    const values = Array.from({ length: 100 }, (_, i) => Math.sin(i / 7))
    values[37] = 50 // a spike LTTB would keep anyway
    values[61] = -50
    const indices = lttbIndices(values, 10, [13])
    expect(indices).toEqual(expect.arrayContaining([0, 13, 37, 61, 99]))
    expect(indices.length).toBeLessThanOrEqual(10 + 3)
  })

  it('never chooses a gap as a representative', () => {
    const values = [1, null, null, 5, null, 2, null, 3]
    const indices = lttbIndices(values, 4)
    expect(indices.filter((i) => i !== 0 && i !== 7).every((i) => values[i] !== null)).toBe(true)
  })
})

describe('minMaxBucketIndices', () => {
  it('keeps the largest rise and fall of each bucket', () => {
    // 8 values in 2 buckets of 4: [0.01, 0.19, −0.02, 0.03] and [−0.12, 0.02, 0.01, 0.05]
    const values = [0.01, 0.19, -0.02, 0.03, -0.12, 0.02, 0.01, 0.05]
    expect(minMaxBucketIndices(values, 2)).toEqual([1, 2, 4, 7])
  })

  it('keeps the selected day and skips gaps', () => {
    const values = [0.01, null, -0.02, 0.03, null, 0.02, 0.01, 0.05]
    // bucket 2 = [null, 0.02, 0.01, 0.05]: max 7, min 6; index 5 survives only because it is kept
    expect(minMaxBucketIndices(values, 2)).toEqual([2, 3, 6, 7])
    expect(minMaxBucketIndices(values, 2, [5])).toEqual([2, 3, 5, 6, 7])
  })
})

describe('downsampleRows', () => {
  const rows = Array.from({ length: 2_200 }, (_, i) => ({
    i,
    move: i === 1_500 ? 0.2 : Math.sin(i) * 0.03,
    pe: i === 800 ? 96 : 30 + Math.sin(i / 50) * 5,
  }))

  it('returns at most about two rows per pixel and keeps the extremes and the selected day', () => {
    const out = downsampleRows(
      rows,
      400,
      (r) => r.move,
      (r) => r.pe,
      [1_234],
    )
    expect(out.length).toBeLessThanOrEqual(2 * 400 + 4)
    expect(out.map((r) => r.i)).toEqual(expect.arrayContaining([0, 800, 1_234, 1_500, 2_199]))
    expect(out.map((r) => r.i)).toEqual([...out.map((r) => r.i)].sort((a, b) => a - b))
  })

  it('leaves short series alone', () => {
    expect(
      downsampleRows(
        rows.slice(0, 500),
        400,
        (r) => r.move,
        (r) => r.pe,
      ),
    ).toHaveLength(500)
  })

  it('never throws and returns valid, sorted, unique indices for arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double(), { nil: null }), { maxLength: 300 }),
        fc.integer({ min: -5, max: 200 }),
        (values, threshold) => {
          for (const indices of [
            lttbIndices(values, threshold),
            minMaxBucketIndices(values, threshold),
          ]) {
            expect(
              indices.every(
                (i, k) =>
                  Number.isInteger(i) &&
                  i >= 0 &&
                  i < values.length &&
                  (k === 0 || i > (indices[k - 1] ?? -1)),
              ),
            ).toBe(true)
          }
        },
      ),
    )
  })
})

/** lttbIndices as first written (a closure per value read), the oracle for the typed-array form. */
function referenceLttb(values: readonly (number | null)[], threshold: number, keep: number[] = []) {
  const n = values.length
  if (threshold >= n || threshold < 3) return Array.from({ length: n }, (_, i) => i)
  const y = (i: number): number | null => {
    const v = values[i]
    return v !== null && v !== undefined && Number.isFinite(v) ? v : null
  }
  const chosen: number[] = [0]
  const bucketSize = (n - 2) / (threshold - 2)
  let a = 0
  for (let bucket = 0; bucket < threshold - 2; bucket += 1) {
    const start = Math.floor(bucket * bucketSize) + 1
    const end = Math.min(Math.floor((bucket + 1) * bucketSize) + 1, n - 1)
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, n)
    let [avgX, avgY, count] = [0, 0, 0]
    for (let i = end; i < nextEnd; i += 1) {
      const v = y(i)
      if (v === null) continue
      avgX += i
      avgY += v
      count += 1
    }
    const ay = y(a)
    let [best, bestArea] = [-1, -1]
    for (let i = start; i < end; i += 1) {
      const v = y(i)
      if (v === null) continue
      const area =
        ay === null || count === 0
          ? Math.abs(v)
          : Math.abs((a - avgX / count) * (v - ay) - (a - i) * (avgY / count - ay))
      if (area > bestArea) [bestArea, best] = [area, i]
    }
    if (best >= 0) {
      chosen.push(best)
      a = best
    }
  }
  chosen.push(n - 1)
  let [max, min] = [-1, -1]
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) return
    if (max < 0 || v > (values[max] ?? 0)) max = i
    if (min < 0 || v < (values[min] ?? 0)) min = i
  })
  const set = new Set([...chosen, ...[max, min].filter((i) => i >= 0), ...keep])
  return [...set].sort((a, b) => a - b)
}

describe('lttbIndices against its first form', () => {
  it('chooses the same indices for any series, gaps and non-finite values included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ min: -1e6, max: 1e6, noNaN: true }),
            fc.constantFrom(null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
          ),
          { maxLength: 400 },
        ),
        fc.integer({ min: -2, max: 120 }),
        fc.array(fc.nat({ max: 399 }), { maxLength: 4 }),
        (values, threshold, wanted) => {
          const keep = wanted.filter((i) => i < values.length)
          expect(lttbIndices(values, threshold, keep)).toEqual(
            referenceLttb(values, threshold, keep),
          )
        },
      ),
      { numRuns: 400 },
    )
  })

  it('chooses the same indices on a 20,000-session walk', () => {
    let level = 100
    const values = Array.from({ length: 20_000 }, (_, i) =>
      i % 997 === 0 ? null : (level *= 1 + Math.sin(i * 12.9898) * 0.02),
    )
    expect(lttbIndices(values, 700, [5_000])).toEqual(referenceLttb(values, 700, [5_000]))
  })
})
