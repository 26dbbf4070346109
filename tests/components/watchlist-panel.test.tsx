import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { WatchlistPanel } from '@/components/watchlist-panel'
import { dashboardStore } from '@/state/dashboard-store'
import { createHandlers } from '@mocks/handlers'
import { tencentQuoteLine, tencentQuotePath } from '@mocks/handlers/tencent'
import { server } from '@mocks/node'
import { renderWithProviders, resetDashboardStore } from '../support/render'
import { tinySnapshot } from '../support/tiny-snapshot'

describe('WatchlistPanel', () => {
  beforeEach(() => {
    resetDashboardStore({ watchlist: ['02696.HK', '600276.SH'] })
    server.use(...createHandlers(tinySnapshot))
  })

  it('shows name, code, last close, change and PE-TTM from the batch quote', async () => {
    renderWithProviders(<WatchlistPanel />)
    const table = await screen.findByRole('table', { name: 'Watchlist' })
    const henlius = await within(table).findByRole('row', { name: /复宏汉霖/ })
    // last 22.00 after 23.60: 22 / 23.6 − 1 = −6.78%
    expect(henlius).toHaveTextContent('02696.HK')
    await within(henlius).findByText('22.00')
    expect(henlius).toHaveTextContent('−6.78%')
    // PE = 22 × 543,494,853 HKD × 0.91 CNY/HKD ÷ 800,000,000 CNY = 13.60
    expect(henlius).toHaveTextContent('13.6')
    const hengrui = within(table).getByRole('row', { name: /恒瑞医药/ })
    // 50 / 52.25 − 1 = −4.31%
    expect(hengrui).toHaveTextContent('−4.31%')
  })

  it('shows n/m for a loss-maker', async () => {
    server.use(
      http.get(tencentQuotePath, () =>
        HttpResponse.text(
          // A loss-making HK line: PE field 39 negative.
          `${tencentQuoteLine({
            symbol: 'hk02696',
            name: '复宏汉霖',
            date: '2024-10-08',
            last: 22,
            previousClose: 23.6,
            peTtm: -12.5,
            marketCap: 22 * 543_494_853,
          })}\n`,
        ),
      ),
    )
    dashboardStore.setState({ watchlist: ['02696.HK'] })
    renderWithProviders(<WatchlistPanel />)
    const row = await screen.findByRole('row', { name: /复宏汉霖/ })
    expect(await within(row).findByText('n/m')).toBeInTheDocument()
  })

  it('selects a ticker from its row', async () => {
    const { user } = renderWithProviders(<WatchlistPanel />)
    const button = await screen.findByRole('button', { name: '复宏汉霖 Henlius' })
    await user.click(button)
    expect(button).toHaveAttribute('aria-pressed', 'true')
    expect(dashboardStore.getState().selection).toEqual({ kind: 'ticker', ticker: '02696.HK' })
  })

  it('adds by any alias, rejects unknown input with a message, and removes', async () => {
    const { user } = renderWithProviders(<WatchlistPanel />)
    const input = screen.getByRole('textbox', { name: 'Add ticker' })
    await user.type(input, 'abc{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent('"abc" is not a ticker')
    await user.clear(input)
    await user.type(input, '700{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent(
      '00700.HK is not in the biomedical universe',
    )
    await user.clear(input)
    await user.type(input, 'hk1877{Enter}')
    expect(dashboardStore.getState().watchlist).toEqual(['02696.HK', '600276.SH', '01877.HK'])
    expect(screen.getByRole('row', { name: /君实生物/ })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Remove Henlius from the watchlist' }))
    expect(screen.queryByRole('row', { name: /复宏汉霖/ })).not.toBeInTheDocument()
    // Persisted for the next visit.
    expect(JSON.parse(localStorage.getItem('biopulse:dashboard') ?? '{}').state.watchlist).toEqual([
      '600276.SH',
      '01877.HK',
    ])
  })

  it('names the source when quotes fail and offers a retry', async () => {
    server.use(
      http.get(
        tencentQuotePath,
        () => new HttpResponse('<html>502 Bad Gateway</html>', { status: 502 }),
      ),
    )
    renderWithProviders(<WatchlistPanel />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/Quotes could not be loaded: Tencent.*502/)
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })
})
