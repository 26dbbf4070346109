import { act, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HeaderBar } from '@/components/header-bar'
import {
  marketLongLabels,
  marketShortLabels,
  phaseLabels,
  phaseSentences,
} from '@/components/market-labels'
import { chineseKeys } from '@/i18n'
import { dashboardStore } from '@/state/dashboard-store'
import { renderWithProviders, resetDashboardStore } from '../support/render'

/** Only Date is faked: timers stay real, so the 30-second refresh is driven by advancing Date. */
function freezeAt(instant: string) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(instant))
}

describe('HeaderBar market status', () => {
  beforeEach(() => resetDashboardStore())
  afterEach(() => {
    vi.useRealTimers()
  })

  it.each([
    // 04:30Z = 12:30 in Hong Kong and Shanghai: both at lunch.
    [
      '2026-11-24T04:30:00Z',
      '12:30',
      ['HK · Lunch break', 'Hong Kong market: lunch break'],
      ['A-share · Lunch break', 'A-share market: lunch break'],
    ],
    // 11:45: HK's morning session runs to 12:00, the mainland broke for lunch at 11:30.
    [
      '2026-11-24T03:45:00Z',
      '11:45',
      ['HK · Morning session', 'Hong Kong market: morning session'],
      ['A-share · Lunch break', 'A-share market: lunch break'],
    ],
    // 15:30: HK trades until 16:00, the mainland closed at 15:00.
    [
      '2026-11-24T07:30:00Z',
      '15:30',
      ['HK · Afternoon session', 'Hong Kong market: afternoon session'],
      ['A-share · Closed', 'A-share market: closed'],
    ],
    // 16:05: HK closing auction.
    [
      '2026-11-24T08:05:00Z',
      '16:05',
      ['HK · Closing auction', 'Hong Kong market: closing auction'],
      ['A-share · Closed', 'A-share market: closed'],
    ],
    // 09:20: HK pre-opening session, mainland opening call.
    [
      '2026-11-24T01:20:00Z',
      '09:20',
      ['HK · Pre-open', 'Hong Kong market: pre-open'],
      ['A-share · Pre-open', 'A-share market: pre-open'],
    ],
    // Golden Week 2026: Hong Kong trades on 10-02, the mainland is on holiday.
    [
      '2026-10-02T02:00:00Z',
      '10:00',
      ['HK · Morning session', 'Hong Kong market: morning session'],
      ['A-share · Holiday', 'A-share market: closed for a holiday'],
    ],
    // Saturday.
    [
      '2026-11-28T02:00:00Z',
      '10:00',
      ['HK · Closed', 'Hong Kong market: closed for the weekend'],
      ['A-share · Closed', 'A-share market: closed for the weekend'],
    ],
    // Christmas Eve 2025, 14:00: HK half day is over, the mainland trades.
    [
      '2025-12-24T06:00:00Z',
      '14:00',
      ['HK · Closed · half day', 'Hong Kong market: closed, half day (no afternoon session)'],
      ['A-share · Afternoon session', 'A-share market: afternoon session'],
    ],
  ])('at %s (%s UTC+8) shows both market badges', (instant, clock, hk, a) => {
    freezeAt(instant)
    renderWithProviders(<HeaderBar onDataSourceChange={() => {}} />)
    const group = screen.getByRole('group', { name: 'Market status' })
    expect(group).toHaveTextContent(`${clock} UTC+8`)
    for (const [text, label] of [hk, a]) {
      const badge = within(group).getByRole('status', { name: label })
      expect(badge).toHaveTextContent(text ?? '')
    }
  })

  it('says when the phase ends, in exchange time', () => {
    freezeAt('2026-11-24T04:30:00Z')
    renderWithProviders(<HeaderBar onDataSourceChange={() => {}} />)
    expect(screen.getByRole('status', { name: 'Hong Kong market: lunch break' })).toHaveAttribute(
      'title',
      'Until 13:00 (UTC+8).',
    )
    expect(screen.getByRole('status', { name: 'A-share market: lunch break' })).toHaveAttribute(
      'title',
      'Until 13:00 (UTC+8).',
    )
  })

  it('updates every 30 seconds', async () => {
    // Here the interval is faked too, so advancing the clock fires the refresh.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
    vi.setSystemTime(new Date('2026-11-24T03:59:50Z')) // 11:59:50: HK morning session
    renderWithProviders(<HeaderBar onDataSourceChange={() => {}} />)
    expect(screen.getByRole('status', { name: 'Hong Kong market: morning session' })).toBeVisible()
    await act(async () => {
      vi.advanceTimersByTime(30_000) // 12:00:20
    })
    expect(screen.getByRole('status', { name: 'Hong Kong market: lunch break' })).toBeVisible()
    expect(screen.getByRole('group', { name: 'Market status' })).toHaveTextContent('12:00 UTC+8')
  })

  it('speaks Chinese when the UI does', () => {
    freezeAt('2026-11-24T04:30:00Z')
    dashboardStore.setState({ language: 'zh' })
    renderWithProviders(<HeaderBar onDataSourceChange={() => {}} />)
    expect(screen.getByRole('status', { name: '港股市场：午间休市' })).toHaveTextContent(
      '港股 · 午间休市',
    )
    expect(screen.getByRole('status', { name: 'A股市场：午间休市' })).toBeInTheDocument()
  })

  it('has a Chinese entry for every market and phase label', () => {
    const zh = chineseKeys()
    const labels = [
      ...Object.values(marketShortLabels),
      ...Object.values(marketLongLabels),
      ...Object.values(phaseLabels),
      ...Object.values(phaseSentences),
    ]
    expect(labels.filter((label) => !zh.has(label))).toEqual([])
  })
})
