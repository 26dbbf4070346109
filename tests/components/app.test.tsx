import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { MainChartPanel } from '@/components/main-chart-panel'
import { NewsPanel } from '@/components/news-panel'
import { dashboardStore } from '@/state/dashboard-store'
import { searchPath } from '@mocks/handlers/eastmoney'
import { announcementsPath } from '@mocks/handlers/eastmoney-announcements'
import { hkexTitleSearchPath } from '@mocks/handlers/hkex'
import { server } from '@mocks/node'
import { renderWithProviders, resetDashboardStore } from '../support/render'

/** The main chart and the news list over the full sample snapshot, through the emulated upstreams. */
describe('main chart and news on the sample data', () => {
  beforeEach(() =>
    resetDashboardStore({ selection: { kind: 'ticker', ticker: '02696.HK' }, range: '3Y' }),
  )

  it('charts Henlius against the HK sector PE and states the 26 Feb 2025 rise', async () => {
    renderWithProviders(<MainChartPanel />)
    const figure = await screen.findByRole(
      'figure',
      { name: 'Daily moves vs sector PE' },
      { timeout: 10_000 },
    )
    expect(figure).toHaveAccessibleDescription(/largest rise \+19\.84% on 26 Feb 2025/)
    expect(figure).toHaveAccessibleDescription(
      /HK biomedical PE-TTM [\d.]+ is \d+% (below|above) its average since 2018-01-01 \([\d.]+\), at the \d+(st|nd|rd|th) percentile/,
    )
    const stats = screen.getByLabelText('HK biomedical PE-TTM statistics since 2018-01-01')
    expect(within(stats).getByText('Mean since 2018-01-01')).toBeInTheDocument()
    expect(within(stats).getByText('Percentile').nextElementSibling?.textContent).toMatch(
      /^\d+(st|nd|rd|th)$/,
    )
  })

  it('switches range and shows the basket move for a basket', async () => {
    const { user } = renderWithProviders(<MainChartPanel />)
    await screen.findByRole('figure', { name: 'Daily moves vs sector PE' }, { timeout: 10_000 })
    await user.click(screen.getByRole('button', { name: '1M' }))
    expect(screen.getByRole('button', { name: '1M' })).toHaveAttribute('aria-pressed', 'true')
    expect(
      screen.getByRole('figure', { name: 'Daily moves vs sector PE' }),
    ).toHaveAccessibleDescription(/21 Oct 2026 to 20 Nov 2026: \d+ sessions/)
    dashboardStore.getState().actions.basketSelected('A')
    expect(
      await screen.findByRole('heading', { name: 'A-share biomedical basket (cap-weighted)' }),
    ).toBeInTheDocument()
    expect(
      await screen.findByText(
        /A-share biomedical PE-TTM [\d.]+ is/,
        { selector: '.chart-summary' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument()
  })

  it('lists related news with the cls.cn article, and marks its session on the chart', async () => {
    const { user } = renderWithProviders(
      <>
        <MainChartPanel />
        <NewsPanel />
      </>,
    )
    const list = await screen.findByRole('list', { name: 'Related news' }, { timeout: 10_000 })
    const link = within(list).getByRole('link', {
      name: '港股科技重估“暗线”:创新药板块也有望迎DeepSeeK时刻',
    })
    expect(link).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/www\.cls\.cn\/searchPage\?keyword=/),
    )
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    const item = within(list)
      .getAllByRole('listitem')
      .find((candidate) => within(candidate).queryByRole('link') === link)
    expect(item).toHaveTextContent('2025-02-26 09:01 HKT')
    expect(item).toHaveTextContent('财联社')
    await user.click(
      within(item as HTMLElement).getByRole('button', { name: 'Show 26 Feb 2025 on chart' }),
    )
    expect(dashboardStore.getState().highlightedDate).toBe('2025-02-26')
    expect(
      within(item as HTMLElement).getByRole('button', { name: 'Marked on chart' }),
    ).toHaveAttribute('aria-pressed', 'true')
  })

  it('says which sources failed when news cannot be loaded', async () => {
    // News search, HKEXnews and Eastmoney announcements all answer 502.
    const badGateway = () => new HttpResponse('<!doctype html><title>502</title>', { status: 502 })
    server.use(
      http.get(searchPath, badGateway),
      http.get(hkexTitleSearchPath, badGateway),
      http.get(announcementsPath, badGateway),
    )
    renderWithProviders(<NewsPanel />)
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(alert).toHaveTextContent(/News could not be loaded: .*Eastmoney news answered HTTP 502/)
  })
})
