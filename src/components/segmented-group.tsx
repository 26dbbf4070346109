import { memo, type ReactNode } from 'react'
import { rangePresets, type RangePreset } from '@/domain/ranges'

export interface SegmentedGroupProps<T extends string> {
  /** Accessible name of the group, e.g. "Range". */
  label: string
  options: readonly T[]
  /** The pressed option (none when it is not among the options). */
  value: T | null
  onChange: (option: T) => void
  /** Text of an option's button (default: the option itself). */
  labelOf?: (option: T) => ReactNode
  /** Accessible name of an option's button when its text is not enough. */
  ariaLabelOf?: (option: T) => string
}

/**
 * A row of toggle buttons of which one is pressed (range presets, periods, markets, pairs): a
 * labelled group of `aria-pressed` buttons styled as one segmented control.
 */
export function SegmentedGroup<T extends string>({
  label,
  options,
  value,
  onChange,
  labelOf,
  ariaLabelOf,
}: SegmentedGroupProps<T>) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={option === value}
          aria-label={ariaLabelOf?.(option)}
          onClick={() => onChange(option)}
        >
          {labelOf ? labelOf(option) : option}
        </button>
      ))}
    </div>
  )
}

/** The range presets of every time chart (1M … Max), as a group named `label` ("Range"). */
export const RangePresetGroup = memo(function RangePresetGroup({
  label,
  value,
  onChange,
}: {
  label: string
  value: RangePreset
  onChange: (preset: RangePreset) => void
}) {
  return <SegmentedGroup label={label} options={rangePresets} value={value} onChange={onChange} />
})
