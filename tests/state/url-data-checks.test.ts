import { beforeEach, describe, expect, it } from 'vitest'
import { applyUrl } from '@/app/url-sync'
import { dashboardStore } from '@/state/dashboard-store'
import { checkAgainstData, dataCheckPending } from '@/state/url-data-checks'
import { valuationStore } from '@/state/valuation-store'
import { resetDashboardStore } from '../support/render'

const span = { earliest: '2018-01-02', latest: '2026-11-20' }

beforeEach(() => {
  resetDashboardStore()
  valuationStore.setState(valuationStore.getInitialState(), true)
})

describe('address values checked against the data', () => {
  it('ignores a day outside the data with a notice naming it, keeping the rest', () => {
    applyUrl('?day=2031-01-06&sel=02696.HK&range=3Y')
    expect(dashboardStore.getState().highlightedDate).toBe('2031-01-06')
    expect(checkAgainstData(['day'], span)).toEqual([
      'Ignored day=2031-01-06 in the address: no data on that day (sessions from 2018-01-02 to 2026-11-20).',
    ])
    const state = dashboardStore.getState()
    expect(state.highlightedDate).toBeNull()
    expect(state.selection).toEqual({ kind: 'ticker', ticker: '02696.HK' })
    expect(state.range).toBe('3Y')
    expect(state.notices).toContain(
      'Ignored day=2031-01-06 in the address: no data on that day (sessions from 2018-01-02 to 2026-11-20).',
    )
  })

  it.each([
    ['day', '?day=2017-06-01', 'no data on that day (sessions from 2018-01-02 to 2026-11-20)'],
    [
      'since',
      '?since=2027-01-04',
      'it is after the latest data (2026-11-20); statistics start on 2018-01-01',
    ],
    [
      'vfrom',
      '?vfrom=2030-01-01',
      'it is after the latest data (2026-11-20); the window starts on 2018-01-01',
    ],
  ] as const)('%s: %s is reset to its default', (key, search, reason) => {
    applyUrl(search)
    const value = new URLSearchParams(search).get(key)
    expect(checkAgainstData([key], span)).toEqual([
      `Ignored ${key}=${value} in the address: ${reason}.`,
    ])
    expect(dashboardStore.getState().highlightedDate).toBeNull()
    expect(dashboardStore.getState().sinceDate).toBe('2018-01-01')
    expect(valuationStore.getState().windowStart).toBe('2018-01-01')
  })

  it('keeps values inside the data, a weekend included (the day detail explains a closed market)', () => {
    applyUrl('?day=2025-02-22&since=2020-01-01&vfrom=2019-06-03')
    expect(checkAgainstData(['day', 'since', 'vfrom'], span)).toEqual([])
    expect(dashboardStore.getState()).toMatchObject({
      highlightedDate: '2025-02-22',
      sinceDate: '2020-01-01',
    })
    expect(valuationStore.getState().windowStart).toBe('2019-06-03')
  })

  it('checks each value once, and not after the user changed it', () => {
    applyUrl('?day=2031-01-06')
    dashboardStore.getState().actions.dateHighlighted('2031-01-07') // chosen in the day picker
    expect(checkAgainstData(['day'], span)).toEqual([])
    expect(dashboardStore.getState().highlightedDate).toBe('2031-01-07')

    dataCheckPending('day', '2031-01-07')
    expect(checkAgainstData(['since'], span)).toEqual([]) // another key: still pending
    expect(checkAgainstData(['day'], span)).toHaveLength(1)
    dashboardStore.getState().actions.dateHighlighted('2031-01-07')
    expect(checkAgainstData(['day'], span)).toEqual([]) // already checked
  })

  it('leaves impossible dates to the codec (refused when read)', () => {
    applyUrl('?day=2025-02-30&vfrom=2025-13-01')
    expect(dashboardStore.getState().notices).toEqual([
      'Ignored day=2025-02-30 in the address: use a real date as YYYY-MM-DD.',
      'Ignored vfrom=2025-13-01 in the address: use a real date as YYYY-MM-DD.',
    ])
    expect(checkAgainstData(['day', 'vfrom'], span)).toEqual([])
  })
})
