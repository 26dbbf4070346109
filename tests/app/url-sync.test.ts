import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { syncUrl } from '@/app/url-sync'
import { dashboardStore, initialDashboardState } from '@/state/dashboard-store'

describe('syncUrl', () => {
  let stop: (() => void) | null = null

  beforeEach(() => {
    vi.useFakeTimers()
    window.history.replaceState(null, '', '/?source=sample')
    dashboardStore.setState(initialDashboardState)
  })

  afterEach(() => {
    stop?.()
    stop = null
    vi.useRealTimers()
    window.history.replaceState(null, '', '/')
  })

  it('writes the defaults into the address once the page is idle, not during start-up', () => {
    stop = syncUrl()
    expect(window.location.search).toBe('?source=sample')
    vi.runAllTimers()
    expect(window.location.search).toBe('?source=sample&sel=HK&range=1Y')
  })

  it('writes a store change at once, without waiting for the idle moment', () => {
    stop = syncUrl()
    dashboardStore.getState().actions.rangeChosen('5Y')
    vi.advanceTimersByTime(0)
    expect(window.location.search).toBe('?source=sample&sel=HK&range=5Y')
  })

  it('writes nothing after it is stopped', () => {
    syncUrl()()
    vi.runAllTimers()
    dashboardStore.getState().actions.rangeChosen('5Y')
    vi.runAllTimers()
    expect(window.location.search).toBe('?source=sample')
  })
})
