import type { MoverPeriod } from '@/domain/movers'

/**
 * Heat-map colours: the user's up/down colours (CSS variables --up / --down, so the red-up,
 * green-up and colour-blind schemes need no re-render) mixed into a neutral base with an intensity
 * that steps with the size of the move. Steps widen with the period: a 3% day is large, a 3% year
 * is not.
 */
export const heatThresholds: Record<MoverPeriod, readonly [number, number, number, number]> = {
  '1D': [0.01, 0.02, 0.03, 0.05],
  '5D': [0.02, 0.04, 0.06, 0.1],
  '1M': [0.03, 0.06, 0.1, 0.15],
  '3M': [0.05, 0.1, 0.2, 0.3],
  YTD: [0.1, 0.2, 0.3, 0.5],
  '1Y': [0.1, 0.2, 0.3, 0.5],
}

/** Share of the up/down colour at each level (0 = below the first threshold). */
const intensities = [22, 42, 62, 80, 100] as const

/** 0–4: how many thresholds |change| reaches. */
export function heatLevel(change: number, period: MoverPeriod): number {
  const size = Math.abs(change)
  return heatThresholds[period].filter((threshold) => size >= threshold).length
}

export interface HeatColour {
  fill: string
  /** Text colour readable on the fill. */
  text: string
}

const neutral: HeatColour = { fill: 'var(--heat-flat)', text: 'var(--text)' }

/** The tile colour of a change; neutral for 0, grey-striped for no change at all (null). */
export function heatColour(change: number | null, period: MoverPeriod): HeatColour {
  if (change === null || !Number.isFinite(change)) {
    return { fill: 'var(--heat-none)', text: 'var(--text-muted)' }
  }
  if (change === 0) return neutral
  const level = heatLevel(change, period)
  const share = intensities[level] ?? 100
  const colour = change > 0 ? 'var(--up)' : 'var(--down)'
  return {
    fill: `color-mix(in srgb, ${colour} ${share}%, var(--heat-flat))`,
    text: share >= 62 ? '#fff' : 'var(--text)',
  }
}

/**
 * The legend: ten swatches from the largest fall to the largest rise (five levels each way) and the
 * nine changes at their boundaries (−t4 … −t1, 0, t1 … t4).
 */
export function heatLegend(period: MoverPeriod): { swatches: HeatColour[]; boundaries: number[] } {
  const thresholds = heatThresholds[period]
  // A change inside each level: halfway to the next threshold (or 1.5× the last one).
  const inside = [0, ...thresholds].map((low, i) => (low + (thresholds[i] ?? low * 1.5)) / 2)
  const ups = inside.map((change) => heatColour(change, period))
  const downs = [...inside].reverse().map((change) => heatColour(-change, period))
  return {
    swatches: [...downs, ...ups],
    boundaries: [...[...thresholds].reverse().map((t) => -t), 0, ...thresholds],
  }
}
