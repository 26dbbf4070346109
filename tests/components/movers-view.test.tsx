import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { MoversView } from '@/components/movers/movers-view'
import { dashboardStore } from '@/state/dashboard-store'
import { renderWithProviders, resetDashboardStore } from '../support/render'

const slow = { timeout: 20_000 }

/** Body rows of a table, in display order. */
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1)

/** The sector movers over the full sample snapshot, through the emulated upstreams. */
describe('MoversView on the sample data', () => {
  beforeEach(() => resetDashboardStore({ highlightedDate: '2025-02-26' }))

  it('ranks the basket by 1D change, sortable either way', async () => {
    const { user } = renderWithProviders(<MoversView />)
    const table = await screen.findByRole('table', { name: 'Sector movers' }, slow)
    const change = within(table).getByRole('columnheader', { name: /Chg 1D/ })
    expect(change).toHaveAttribute('aria-sort', 'descending')
    // 29.30 / 24.45 − 1 = +19.84%; 20.40 / 17.04 − 1 = +19.72%
    const [first, second] = bodyRows(table)
    expect(first).toHaveTextContent('02696.HK')
    expect(first).toHaveTextContent('+19.84%')
    expect(second).toHaveTextContent('01877.HK')
    expect(second).toHaveTextContent('+19.72%')

    await user.click(within(change).getByRole('button'))
    expect(change).toHaveAttribute('aria-sort', 'ascending')
    // 216.14 / 214.85 − 1 = +0.60%, the smallest rise; Hengrui's H-share (listed in May) goes last.
    expect(bodyRows(table)[0]).toHaveTextContent('300760.SZ')
    expect(bodyRows(table).at(-1)).toHaveTextContent('01276.HK')
  })

  it('states the breadth with the A-share limit closes', async () => {
    renderWithProviders(<MoversView />)
    // Every listing with a bar rose on 26 Feb 2025; 01276.HK was not listed yet.
    expect(
      await screen.findByText(
        'Breadth over 1D: 17 up, 0 down, 0 unchanged · 1 without a change.',
        {},
        slow,
      ),
    ).toBeInTheDocument()
    expect(
      screen.getByText('A-share limit closes on 26 Feb 2025: 0 limit-up, 0 limit-down.'),
    ).toBeInTheDocument()
  })

  it('counts two limit-up closes on 8 Oct 2024 (WuXi AppTec, Changchun High-Tech)', async () => {
    dashboardStore.setState({ highlightedDate: '2024-10-08' })
    renderWithProviders(<MoversView />)
    // 50.34 × 1.1 = 55.374 → 55.37 and 101.51 × 1.1 = 111.661 → 111.66, both the close.
    expect(
      await screen.findByText(
        'A-share limit closes on 8 Oct 2024: 2 limit-up, 0 limit-down.',
        {},
        slow,
      ),
    ).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Sector movers' })
    const wuxi = within(table).getByRole('row', { name: /603259\.SH/ })
    expect(within(wuxi).getByText('limit up')).toBeInTheDocument()
  })

  it('filters by market and changes the period', async () => {
    const { user } = renderWithProviders(<MoversView />)
    const table = await screen.findByRole('table', { name: 'Sector movers' }, slow)
    await user.click(
      within(screen.getByRole('group', { name: 'Market' })).getByRole('button', { name: 'HK' }),
    )
    expect(bodyRows(table)).toHaveLength(11)
    expect(bodyRows(table).every((row) => row.textContent?.includes('.HK'))).toBe(true)
    expect(screen.queryByText(/A-share limit closes/)).not.toBeInTheDocument()

    await user.click(
      within(screen.getByRole('group', { name: 'Period' })).getByRole('button', { name: '5D' }),
    )
    expect(within(table).getByRole('columnheader', { name: /Chg 5D/ })).toBeInTheDocument()
    expect(screen.getByText(/^Breadth over 5D:/)).toBeInTheDocument()
  })

  it('names heat-map tiles and selects a ticker from one, keeping the day', async () => {
    const { user } = renderWithProviders(<MoversView />)
    const map = await screen.findByRole('figure', { name: /^Heat map · 1D to 26 Feb 2025/ }, slow)
    expect(map).toHaveAccessibleDescription(/Largest rises: Henlius \+19\.84%, Junshi/)
    const henlius = within(map).getByRole('button', { name: 'Henlius 02696.HK +19.84%' })
    await user.click(henlius)
    expect(dashboardStore.getState().selection).toEqual({ kind: 'ticker', ticker: '02696.HK' })
    expect(dashboardStore.getState().highlightedDate).toBe('2025-02-26')
    expect(henlius).toHaveAttribute('aria-pressed', 'true')

    const junshi = within(map).getByRole('button', { name: /^Junshi Biosciences 01877\.HK/ })
    junshi.focus()
    await user.keyboard('{Enter}')
    expect(dashboardStore.getState().selection).toEqual({ kind: 'ticker', ticker: '01877.HK' })
  })
})
