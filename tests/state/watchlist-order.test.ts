import { beforeEach, describe, expect, it } from 'vitest'
import type { Ticker } from '@/domain/types'
import { dashboardStore, initialDashboardState } from '@/state/dashboard-store'

const list: Ticker[] = ['02696.HK', '600276.SH', '01877.HK']

describe('tickerMoved', () => {
  beforeEach(() => dashboardStore.setState({ ...initialDashboardState, watchlist: [...list] }))

  it.each<[string, Ticker, 'up' | 'down', Ticker[]]>([
    ['up from the middle', '600276.SH', 'up', ['600276.SH', '02696.HK', '01877.HK']],
    ['down from the middle', '600276.SH', 'down', ['02696.HK', '01877.HK', '600276.SH']],
    ['down from the top', '02696.HK', 'down', ['600276.SH', '02696.HK', '01877.HK']],
    ['up at the top: no change', '02696.HK', 'up', list],
    ['down at the bottom: no change', '01877.HK', 'down', list],
    ['a ticker not in the list: no change', '09995.HK', 'up', list],
  ])('%s', (_, ticker, direction, expected) => {
    dashboardStore.getState().actions.tickerMoved(ticker, direction)
    expect(dashboardStore.getState().watchlist).toEqual(expected)
  })

  it('persists the new order', () => {
    dashboardStore.getState().actions.tickerMoved('01877.HK', 'up')
    const stored = JSON.parse(localStorage.getItem('biopulse:dashboard') ?? '{}')
    expect(stored.state.watchlist).toEqual(['02696.HK', '01877.HK', '600276.SH'])
  })
})
