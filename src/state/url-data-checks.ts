import type { IsoDate } from '@/domain/types'
import { dashboardStore, initialDashboardState } from '@/state/dashboard-store'
import { ignoredParameter } from '@/state/url-codec'
import { defaultValuationSettings, valuationStore } from '@/state/valuation-store'

/**
 * Address-bar values that can only be checked against the data, not when the address is read: a
 * chosen day (`day=`) outside the sessions loaded, a statistics window start (`since=`, `vfrom=`)
 * after the latest data (an inverted window). The codecs record them as they read the address
 * (`dataCheckPending`); the panel that loads the data checks them once, when it knows the data's
 * span (`checkAgainstData`): a value outside is ignored with a notice naming it, and the rest of
 * the view stays as the address asked.
 */
export type DataCheckedKey = 'day' | 'since' | 'vfrom'

/** First and last session of the data a panel loaded. */
export interface DataSpan {
  earliest: IsoDate
  latest: IsoDate
}

const pending = new Map<DataCheckedKey, IsoDate>()

/** Records a value read from the address, to be checked when the data is known. */
export function dataCheckPending(key: DataCheckedKey, value: IsoDate): void {
  pending.set(key, value)
}

/** Forgets every recorded value (tests; a new address). */
export function resetDataChecks(): void {
  pending.clear()
}

/** How each key is read from the stores, reset, and what the notice says. */
const checks: Record<
  DataCheckedKey,
  {
    current: () => IsoDate | null
    reset: () => void
    /** The reason the value is ignored, or null when it fits the data. */
    problem: (value: IsoDate, span: DataSpan) => string | null
  }
> = {
  day: {
    current: () => dashboardStore.getState().highlightedDate,
    reset: () => dashboardStore.setState({ highlightedDate: null }),
    problem: (value, { earliest, latest }) =>
      value < earliest || value > latest
        ? `no data on that day (sessions from ${earliest} to ${latest})`
        : null,
  },
  since: {
    current: () => dashboardStore.getState().sinceDate,
    reset: () => dashboardStore.setState({ sinceDate: initialDashboardState.sinceDate }),
    problem: (value, { latest }) =>
      value > latest
        ? `it is after the latest data (${latest}); statistics start on ${initialDashboardState.sinceDate}`
        : null,
  },
  vfrom: {
    current: () => valuationStore.getState().windowStart,
    reset: () => valuationStore.setState({ windowStart: defaultValuationSettings.windowStart }),
    problem: (value, { latest }) =>
      value > latest
        ? `it is after the latest data (${latest}); the window starts on ${defaultValuationSettings.windowStart}`
        : null,
  },
}

/**
 * Checks the recorded values of `keys` against `span`, once each: a value the user has not changed
 * since and that lies outside the data is reset to its default, with a notice. Returns the notices
 * (also added to the dashboard's notices).
 */
export function checkAgainstData(keys: readonly DataCheckedKey[], span: DataSpan): string[] {
  const notices: string[] = []
  for (const key of keys) {
    const value = pending.get(key)
    if (value === undefined) continue
    pending.delete(key)
    const check = checks[key]
    if (check.current() !== value) continue
    const problem = check.problem(value, span)
    if (problem === null) continue
    check.reset()
    notices.push(ignoredParameter(key, value, problem))
  }
  if (notices.length > 0) dashboardStore.getState().actions.noticesAdded(notices)
  return notices
}
