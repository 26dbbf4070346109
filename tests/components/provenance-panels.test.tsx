import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { NewsPanel } from '@/components/news-panel'
import { WatchlistPanel } from '@/components/watchlist-panel'
import { hkexTitleSearchPath } from '@mocks/handlers/hkex'
import { tencentGbkQuotePath } from '@mocks/handlers/tencent'
import { server } from '@mocks/node'
import { renderWithProviders, resetDashboardStore } from '../support/render'

const badGateway = () => new HttpResponse('<html>502</html>', { status: 502 })

/** The provenance line whose text matches `pattern` (its parts are separate spans). */
const findNote = (pattern: RegExp, timeout = 5_000) =>
  screen.findByText(
    (_, element) =>
      element?.classList.contains('provenance-note') === true && pattern.test(element.textContent),
    {},
    { timeout },
  )

describe('panel footers say where the numbers come from', () => {
  beforeEach(() => resetDashboardStore({ watchlist: ['02696.HK', '600276.SH'] }))

  it('watchlist: Tencent quotes, end of day, in the sample mode', async () => {
    renderWithProviders(<WatchlistPanel />)
    const note = await findNote(/Quotes: Tencent quotes/)
    expect(note).toHaveTextContent(
      /^Synthetic sample data · Quotes: Tencent quotes · End of day · as of 2026-11-20 16:08 UTC\+8/,
    )
  })

  it('watchlist: the Eastmoney fallback, named, with PE-TTM unavailable', async () => {
    server.use(http.get(tencentGbkQuotePath, badGateway))
    renderWithProviders(<WatchlistPanel />)
    const note = await findNote(/Quotes: Eastmoney ulist/)
    expect(note).toHaveTextContent(/fallback: Tencent quotes failed \(answered HTTP 502\)/)
    expect(
      screen.getByText(/PE-TTM is not available from the Eastmoney fallback/),
    ).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Watchlist' })
    expect(await within(table).findByRole('row', { name: /复宏汉霖/ })).toHaveTextContent('—')
  })

  it('news: both sources, and the one that failed', async () => {
    resetDashboardStore({ selection: { kind: 'ticker', ticker: '02696.HK' } })
    server.use(http.get(hkexTitleSearchPath, badGateway))
    renderWithProviders(<NewsPanel />)
    const note = await findNote(/News: Eastmoney news/, 10_000)
    expect(note).toHaveTextContent(
      /News: Eastmoney news · Real-time · .* unavailable: HKEXnews failed \(answered HTTP 502\)/,
    )
  })
})
