import { formatSignedPercent } from '@/format'

/** A signed change coloured by direction (colours follow the user's up/down convention). */
export function ChangeText({ value }: { value: number | null | undefined }) {
  const direction =
    value === null || value === undefined || !Number.isFinite(value) || value === 0
      ? 'flat'
      : value > 0
        ? 'up'
        : 'down'
  return <span className={`change change-${direction}`}>{formatSignedPercent(value)}</span>
}
