import { useId, useState } from 'react'
import { isIsoDate } from '@/domain/dates'
import { adjacentSession } from '@/domain/movers'
import type { IsoDate } from '@/domain/types'
import type { Translate } from '@/i18n'

/**
 * A trading day: a date input labelled "Day" with buttons for the previous and next session of
 * either market. Only complete, real dates are passed on.
 */
export function DayPicker({
  date,
  min,
  max,
  onChange,
  t,
}: {
  date: IsoDate
  min?: IsoDate
  max?: IsoDate
  onChange: (date: IsoDate) => void
  t: Translate
}) {
  const inputId = useId()
  // What the input shows while a date is being typed or cleared; null = the chosen date.
  const [draft, setDraft] = useState<string | null>(null)
  const previous = adjacentSession(date, -1)
  const next = adjacentSession(date, 1)
  const canGoBack = previous !== null && (min === undefined || previous >= min)
  const canGoOn = next !== null && (max === undefined || next <= max)
  return (
    <div className="day-picker">
      <button
        type="button"
        className="icon-button"
        aria-label={t('Previous session')}
        title={t('Previous session')}
        disabled={!canGoBack}
        onClick={() => previous && onChange(previous)}
      >
        ‹
      </button>
      <label htmlFor={inputId}>{t('Day')}</label>
      <input
        id={inputId}
        type="date"
        value={draft ?? date}
        min={min}
        max={max}
        required
        onChange={(event) => {
          const value = event.target.value
          if (isIsoDate(value)) {
            setDraft(null)
            onChange(value)
          } else setDraft(value)
        }}
        onBlur={() => setDraft(null)}
      />
      <button
        type="button"
        className="icon-button"
        aria-label={t('Next session')}
        title={t('Next session')}
        disabled={!canGoOn}
        onClick={() => next && onChange(next)}
      >
        ›
      </button>
    </div>
  )
}
