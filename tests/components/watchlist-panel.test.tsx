import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { WatchlistPanel } from '@/components/watchlist-panel'
import { cnyPerUnit } from '@/domain/fx'
import type { FxHistory } from '@/domain/types'
import { formatSignedPercent } from '@/format'
import { dashboardStore } from '@/state/dashboard-store'
import { createHandlers, snapshot } from '@mocks/handlers'
import { ulistPath } from '@mocks/handlers/eastmoney-quotes'
import { tencentGbkQuotePath, tencentGbkResponse, tencentQuoteLine } from '@mocks/handlers/tencent'
import { server } from '@mocks/node'
import { renderWithProviders, resetDashboardStore } from '../support/render'
import { tinySnapshot } from '../support/tiny-snapshot'

/** The cell of `row` under the column header named `column`. */
function cellUnder(table: HTMLElement, row: HTMLElement, column: string | RegExp): HTMLElement {
  const headers = within(table).getAllByRole('columnheader')
  const index = headers.findIndex((header) =>
    typeof column === 'string' ? header.textContent === column : column.test(header.textContent),
  )
  // The row header (name) comes first, then the data cells, in column order.
  const cells = [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')]
  const cell = cells[index]
  if (!cell) throw new Error(`no cell under ${String(column)}`)
  return cell
}

const storedWatchlist = () =>
  JSON.parse(localStorage.getItem('biopulse:dashboard') ?? '{}').state.watchlist as string[]

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
    // Henlius has no A-share listing; Hengrui's H-share has no quote in the tiny snapshot.
    expect(cellUnder(table, henlius, 'A/H prem.')).toHaveTextContent('—')
    expect(cellUnder(table, hengrui, 'A/H prem.')).toHaveTextContent('—')
    // The partner quoted for the premium is not reported as a missing watchlist quote.
    expect(screen.queryByText(/No quote for/)).not.toBeInTheDocument()
  })

  it('shows n/m for a loss-maker', async () => {
    server.use(
      // The app reads Tencent's GBK path (`/q=`).
      http.get(tencentGbkQuotePath, () =>
        tencentGbkResponse(
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
    // The input became a combobox (search as you type); its label is unchanged.
    const input = screen.getByRole('combobox', { name: 'Add ticker' })
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
    expect(input).toHaveValue('')

    await user.type(input, '2696{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent('02696.HK is already in the watchlist.')

    // Remove buttons name the listing and its code (both listings of a pair share a name).
    await user.click(
      screen.getByRole('button', { name: 'Remove Henlius (02696.HK) from the watchlist' }),
    )
    expect(screen.queryByRole('row', { name: /复宏汉霖/ })).not.toBeInTheDocument()
    // Persisted for the next visit.
    expect(storedWatchlist()).toEqual(['600276.SH', '01877.HK'])
  })

  it('finds 荣昌, RemeGen and 9995 as you type, by keyboard', async () => {
    const { user } = renderWithProviders(<WatchlistPanel />)
    const input = screen.getByRole('combobox', { name: 'Add ticker' })
    expect(input).toHaveAttribute('aria-expanded', 'false')

    for (const query of ['荣昌', 'RemeGen']) {
      await user.clear(input)
      await user.type(input, query)
      const listbox = screen.getByRole('listbox')
      expect(input).toHaveAttribute('aria-expanded', 'true')
      expect(
        within(listbox)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['荣昌生物 RemeGen 09995.HK', '荣昌生物 RemeGen 688331.SH'])
    }
    // The first match is active; ArrowDown moves to the A-share listing, ArrowUp back.
    const [hShare, aShare] = screen.getAllByRole('option')
    expect(hShare).toHaveAttribute('aria-selected', 'true')
    expect(input).toHaveAttribute('aria-activedescendant', hShare?.id)
    await user.keyboard('{ArrowDown}')
    expect(aShare).toHaveAttribute('aria-selected', 'true')
    expect(input).toHaveAttribute('aria-activedescendant', aShare?.id)
    await user.keyboard('{ArrowUp}')
    expect(hShare).toHaveAttribute('aria-selected', 'true')

    // Escape closes the list without adding anything.
    await user.keyboard('{Escape}')
    expect(input).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(dashboardStore.getState().watchlist).toEqual(['02696.HK', '600276.SH'])

    await user.clear(input)
    await user.type(input, '9995')
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      '荣昌生物 RemeGen 09995.HK',
    ])
    await user.keyboard('{ArrowDown}{Enter}')
    expect(dashboardStore.getState().watchlist).toEqual(['02696.HK', '600276.SH', '09995.HK'])
    expect(screen.getByRole('row', { name: /荣昌生物/ })).toBeInTheDocument()
  })

  it('marks listings already in the watchlist and adds an option by click', async () => {
    const { user } = renderWithProviders(<WatchlistPanel />)
    const input = screen.getByRole('combobox', { name: 'Add ticker' })
    await user.type(input, '恒瑞')
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      '恒瑞医药 Jiangsu Hengrui Pharma 01276.HK',
      '恒瑞医药 Jiangsu Hengrui Pharma 600276.SH · in watchlist',
    ])
    await user.click(screen.getByRole('option', { name: /01276\.HK/ }))
    expect(dashboardStore.getState().watchlist).toEqual(['02696.HK', '600276.SH', '01276.HK'])
  })

  it('reorders with Move up / Move down, by keyboard, and persists the order', async () => {
    dashboardStore.setState({ watchlist: ['02696.HK', '600276.SH', '01877.HK'] })
    const { user } = renderWithProviders(<WatchlistPanel />)
    const table = screen.getByRole('table', { name: 'Watchlist' })
    const names = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]?.textContent)
    expect(screen.getByRole('button', { name: 'Move Henlius (02696.HK) up' })).toBeDisabled()
    expect(
      screen.getByRole('button', { name: 'Move Junshi Biosciences (01877.HK) down' }),
    ).toBeDisabled()

    const up = screen.getByRole('button', { name: 'Move Jiangsu Hengrui Pharma (600276.SH) up' })
    up.focus()
    await user.keyboard('{Enter}')
    expect(names()).toEqual(['600276.SH', '02696.HK', '01877.HK'])
    // At the top its Move up is disabled, so focus moves to its Move down button.
    expect(
      screen.getByRole('button', { name: 'Move Jiangsu Hengrui Pharma (600276.SH) down' }),
    ).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Move Henlius (02696.HK) down' }))
    expect(names()).toEqual(['600276.SH', '01877.HK', '02696.HK'])
    expect(dashboardStore.getState().watchlist).toEqual(['600276.SH', '01877.HK', '02696.HK'])
    expect(storedWatchlist()).toEqual(['600276.SH', '01877.HK', '02696.HK'])
  })

  it('names the sources when quotes fail and offers a retry', async () => {
    // Tencent, then Eastmoney (push2, then push2delay): every quote source answers 502.
    const badGateway = () => new HttpResponse('<html>502 Bad Gateway</html>', { status: 502 })
    server.use(http.get(tencentGbkQuotePath, badGateway), http.get(ulistPath, badGateway))
    renderWithProviders(<WatchlistPanel />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/Quotes could not be loaded: Tencent quotes.*502/)
    expect(alert).toHaveTextContent(/Eastmoney ulist answered HTTP 502/)
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })
})

describe('WatchlistPanel A/H premium on the sample data', () => {
  beforeEach(() => resetDashboardStore({ watchlist: ['06160.HK', '688235.SH', '02696.HK'] }))

  it('shows the same finite premium on both BeiGene rows and — for a single listing', async () => {
    renderWithProviders(<WatchlistPanel />)
    const table = await screen.findByRole('table', { name: 'Watchlist' })
    const rows = await within(table).findAllByRole('row', { name: /百济神州/ })
    const henlius = within(table).getByRole('row', { name: /复宏汉霖/ })

    // Expected from the snapshot's last closes (the quotes are end-of-day) and the last rate.
    const close = (ticker: string) => {
      const bar = snapshot.listings.find((listing) => listing.ticker === ticker)?.bars.at(-1)
      return { date: bar?.[0] ?? '', close: Number(bar?.[2]) }
    }
    const a = close('688235.SH')
    const h = close('06160.HK')
    const fx: FxHistory = {
      HKD: snapshot.fx.HKD.map(([date, rate]) => ({ date, cnyPerUnit: rate })),
      USD: [],
    }
    const rate = cnyPerUnit(fx, 'HKD', a.date > h.date ? a.date : h.date) ?? Number.NaN
    const expected = formatSignedPercent(a.close / (h.close * rate) - 1)
    expect(expected).toMatch(/^[+−]\d+\.\d\d%$/)

    for (const row of rows) {
      await within(row).findByText(expected, {}, { timeout: 10_000 })
      expect(cellUnder(table, row, 'A/H prem.')).toHaveTextContent(expected)
    }
    expect(cellUnder(table, henlius, 'A/H prem.')).toHaveTextContent('—')
  })
})
