import { valueRange } from '@/charts/axis'

/** Mantissa sets for log-axis ticks, densest first. */
const mantissaSets: readonly (readonly number[])[] = [
  [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8],
  [1, 1.5, 2, 3, 5, 7],
  [1, 2, 5],
  [1],
]

function candidates(lo: number, hi: number, mantissas: readonly number[]): number[] {
  const out: number[] = []
  for (let power = Math.floor(Math.log10(lo)) - 1; power <= Math.ceil(Math.log10(hi)); power += 1) {
    for (const m of mantissas) out.push(Number((m * 10 ** power).toPrecision(12)))
  }
  return out
}

/**
 * A log-scale axis for positive values: the domain widened to round values just outside the data
 * (e.g. 80 … 150 for data in 83 … 147) and at most `maxTicks` ticks at 1, 1.2, 1.5, 2, 2.5, 3, …
 * × 10^k, thinned to sparser sets (1-2-5, then powers of ten) for wide ranges. Non-positive and
 * non-finite values are ignored; with none left the axis is 10 … 1000 around 100.
 */
export function logAxis(
  values: readonly number[],
  maxTicks = 7,
): { domain: [number, number]; ticks: number[] } {
  const range = valueRange(values, (value) => Number.isFinite(value) && value > 0)
  if (range === null) return { domain: [10, 1000], ticks: [10, 100, 1000] }
  let [lo, hi] = range
  if (hi / lo < 1.02) {
    lo /= 1.05
    hi *= 1.05
  }
  // The domain snaps to the densest set; sparser sets only thin the ticks inside it.
  const dense = candidates(lo, hi, mantissaSets[0] ?? [1])
  const start = [...dense].reverse().find((tick) => tick <= lo) ?? lo
  const end = dense.find((tick) => tick >= hi) ?? hi
  const domain: [number, number] = [start, end]
  let ticks: number[] = []
  for (const mantissas of mantissaSets) {
    ticks = candidates(lo, hi, mantissas).filter((tick) => tick >= start && tick <= end)
    if (ticks.length <= maxTicks) return { domain, ticks }
  }
  const every = Math.ceil(ticks.length / maxTicks)
  return { domain, ticks: ticks.filter((_, i) => i % every === 0) }
}
