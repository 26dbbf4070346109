import { act, screen, waitFor, within } from '@testing-library/react'
import type { ReactElement } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import { CompareView } from '@/components/compare/compare-view'
import { MainChartPanel } from '@/components/main-chart-panel'
import { DayDetailPanel } from '@/components/movers/day-detail-panel'
import { MoversView } from '@/components/movers/movers-view'
import { NewsPanel } from '@/components/news-panel'
import { ValuationView } from '@/components/valuation/valuation-view'
import { WatchlistPanel } from '@/components/watchlist-panel'
import { compareStore, initialCompareState } from '@/state/compare-store'
import { valuationStore } from '@/state/valuation-store'
import { server } from '@mocks/node'
import { scenarios } from '@mocks/scenarios'
import { renderWithProviders, resetDashboardStore } from '../support/render'

const slow = { timeout: 25_000 }

/** Each panel, and something it shows once its data is there. */
const cases: [string, () => ReactElement, string, (panel: HTMLElement) => Promise<HTMLElement>][] =
  [
    [
      'watchlist',
      () => <WatchlistPanel />,
      'Watchlist',
      (panel) => within(panel).findByRole('row', { name: /复宏汉霖.*\d+\.\d{2}/ }, slow),
    ],
    [
      'main chart',
      () => <MainChartPanel />,
      'Henlius 复宏汉霖 (02696.HK)',
      (panel) => within(panel).findByRole('figure', { name: 'Daily moves vs sector PE' }, slow),
    ],
    [
      'news',
      () => <NewsPanel />,
      'Related news',
      (panel) => within(panel).findByRole('list', { name: 'Related news' }, slow),
    ],
    [
      'day detail',
      () => <DayDetailPanel date="2025-02-26" />,
      'Why did it move? 26 Feb 2025',
      (panel) => within(panel).findByRole('table', { name: 'Moves on 26 Feb 2025' }, slow),
    ],
    [
      'movers',
      () => <MoversView />,
      'Sector movers',
      (panel) => within(panel).findByRole('table', { name: 'Sector movers' }, slow),
    ],
    [
      'compare',
      () => <CompareView />,
      'Compare',
      (panel) => within(panel).findByRole('figure', { name: /rebased to 100/ }, slow),
    ],
    [
      'A/H premium',
      () => <CompareView />,
      'A/H premium',
      (panel) => within(panel).findByRole('figure', { name: /A\/H premium vs sector PE/ }, slow),
    ],
    [
      'valuation bands',
      () => <ValuationView />,
      'Valuation bands',
      (panel) => within(panel).findByRole('figure', {}, slow),
    ],
    [
      'valuation summary',
      () => <ValuationView />,
      'Valuation summary',
      (panel) => within(panel).findByRole('list', { name: 'Generated summary' }, slow),
    ],
    [
      'valuation scatter',
      () => <ValuationView />,
      'Valuation vs what came next',
      (panel) => within(panel).findByRole('figure', {}, slow),
    ],
  ]

beforeEach(() => {
  resetDashboardStore({
    watchlist: ['02696.HK', '600276.SH'],
    selection: { kind: 'ticker', ticker: '02696.HK' },
    highlightedDate: '2025-02-26',
  })
  compareStore.setState(initialCompareState)
  valuationStore.setState({ ...valuationStore.getInitialState(), series: ['HK', '02696.HK'] }, true)
})

describe('a failed refresh keeps the last good data, marked', { timeout: 60_000 }, () => {
  it.each(cases)('%s', async (_, ui, title, ready) => {
    const { queryClient, user } = renderWithProviders(ui())
    const panel = screen.getByRole('region', { name: title })
    const shown = await ready(panel)
    // Everything the view asks for has loaded, news included (it waits for the prices and is
    // disabled until then, see load-order.ts).
    await waitFor(() => {
      const used = queryClient
        .getQueryCache()
        .getAll()
        .filter(
          (query) =>
            query.isActive() || (query.queryKey[1] === 'news' && query.getObserversCount() > 0),
        )
      expect(used.length).toBeGreaterThan(0)
      expect(used.filter((query) => query.state.data === undefined).map((q) => q.queryKey)).toEqual(
        [],
      )
    }, slow)

    // The upstreams start failing; the next refresh of every query fails.
    server.use(...scenarios.badGateway())
    await act(() => queryClient.refetchQueries())
    await within(panel).findByText(/^Refresh failed at \d\d:\d\d/, {}, slow)
    const box = within(panel)
      .getAllByRole('status')
      .find((element) => element.textContent.startsWith('Refresh failed at'))
    if (!box) throw new Error('the notice is not a status')
    expect(box).toHaveTextContent(
      /^Refresh failed at \d\d:\d\d · showing data as of 20\d\d-\d\d-\d\d \d\d:\d\d \(UTC\+8\) · Retry.*answered HTTP 502/,
    )
    // The data is still on screen, and the panel is not in its error state.
    expect(shown).toBeInTheDocument()
    expect(within(panel).queryByText(/could not be (loaded|computed)/)).not.toBeInTheDocument()

    // The upstreams recover: Retry refreshes and the mark goes.
    server.resetHandlers()
    await user.click(within(box).getByRole('button', { name: 'Retry' }))
    await waitFor(
      () => expect(within(panel).queryByText(/^Refresh failed at/)).not.toBeInTheDocument(),
      slow,
    )
    expect(shown).toBeInTheDocument()
  })
})
