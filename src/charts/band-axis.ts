import { niceDomain, valueRange } from '@/charts/axis'
import type { ValuationStats } from '@/domain/stats'
import type { ValuationRow } from '@/domain/valuation-rows'

/** Ticks 1, 2, 5 × 10^k covering [lo, hi] (lo > 0). */
function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = []
  for (let power = Math.floor(Math.log10(lo)); power <= Math.ceil(Math.log10(hi)); power += 1) {
    for (const m of [1, 2, 5]) {
      const tick = Number((m * 10 ** power).toPrecision(6))
      if (tick >= lo && tick <= hi) ticks.push(tick)
    }
  }
  return ticks.length >= 2 ? ticks : [lo, hi]
}

/**
 * The y axis of the band chart: nice linear ticks covering the values and the ±2σ band (from 0
 * when the band reaches below it), or 1-2-5 ticks on a log scale over the positive values.
 */
export function bandYAxis(
  rows: readonly ValuationRow[],
  stats: ValuationStats | null,
  logScale: boolean,
): { domain: [number, number]; ticks: number[] } {
  const values = rows.flatMap((row) =>
    row.values.filter((v): v is number => v !== null && (!logScale || v > 0)),
  )
  if (stats) values.push(stats.bands.minus2, stats.bands.plus2)
  if (logScale) {
    const range = valueRange(values, (v) => v > 0)
    const lo = (range?.[0] ?? Number.NaN) * 0.9
    const hi = (range?.[1] ?? Number.NaN) * 1.1
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
      return { domain: [1, 10] as [number, number], ticks: [1, 10] }
    }
    return { domain: [lo, hi] as [number, number], ticks: logTicks(lo, hi) }
  }
  const axis = niceDomain(values, 6)
  return axis.domain[0] < 0 ? niceDomain([0, ...values.filter((v) => v >= 0)], 6) : axis
}
