import { formatSignedPercent } from '@/format'

/**
 * Eight colours that stay apart from each other and from the up/down colours' meaning (no plain
 * red or green); CSS variables with fallbacks, themed in the Compare view's stylesheet.
 */
export const compareColours = [
  'var(--compare-1, #2456d6)',
  'var(--compare-2, #e07b00)',
  'var(--compare-3, #00897b)',
  'var(--compare-4, #7b3fc4)',
  'var(--compare-5, #c2185b)',
  'var(--compare-6, #8d6e63)',
  'var(--compare-7, #455a64)',
  'var(--compare-8, #b38f00)',
] as const

/** A rebased level as the axis and tooltip show it: `112.3`, or `+12.30%` in percent mode. */
export function formatLevel(value: number, mode: 'rebased' | 'percent'): string {
  if (mode === 'percent') return formatSignedPercent(value / 100 - 1)
  return value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
}
