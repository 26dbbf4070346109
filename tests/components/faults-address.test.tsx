import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { applyUrl } from '@/app/url-sync'
import { CompareView } from '@/components/compare/compare-view'
import { DashboardView } from '@/components/dashboard-view'
import { NoticeBar } from '@/components/notice-bar'
import { ValuationView } from '@/components/valuation/valuation-view'
import { compareStore, initialCompareState } from '@/state/compare-store'
import { dashboardStore } from '@/state/dashboard-store'
import { valuationStore } from '@/state/valuation-store'
import { renderWithProviders, resetDashboardStore } from '../support/render'

const slow = { timeout: 25_000 }

/** The notices about the address, as text (each ends with its dismiss button, ×). */
const notices = () =>
  screen.queryAllByText(/^Ignored /).map((notice) => notice.textContent.replace(/×$/, ''))

beforeEach(() => {
  resetDashboardStore()
  compareStore.setState(initialCompareState)
  valuationStore.setState(valuationStore.getInitialState(), true)
})

describe(
  'bad address parameters: ignored with a visible notice, the rest applied',
  { timeout: 40_000 },
  () => {
    it('a day outside the data closes the day detail; the selection and range stay', async () => {
      applyUrl('?sel=02696.HK&range=3Y&day=2031-01-06')
      renderWithProviders(
        <>
          <NoticeBar />
          <DashboardView />
        </>,
      )
      expect(
        await screen.findByText(
          /^Ignored day=2031-01-06 in the address: no data on that day \(sessions from \d{4}-\d\d-\d\d to 2026-11-20\)\./,
          {},
          slow,
        ),
      ).toBeVisible()
      expect(dashboardStore.getState().highlightedDate).toBeNull()
      expect(screen.queryByRole('region', { name: /Why did it move/ })).not.toBeInTheDocument()
      expect(
        screen.getByRole('region', { name: 'Henlius 复宏汉霖 (02696.HK)' }),
      ).toBeInTheDocument()
      expect(screen.getByRole('button', { name: '3Y' })).toHaveAttribute('aria-pressed', 'true')
    })

    it('a statistics start after the latest data is reset, the chart keeps its band', async () => {
      applyUrl('?sel=02696.HK&since=2027-03-01')
      renderWithProviders(
        <>
          <NoticeBar />
          <DashboardView />
        </>,
      )
      expect(
        await screen.findByText(
          'Ignored since=2027-03-01 in the address: it is after the latest data (2026-11-20); statistics start on 2018-01-01.',
          { exact: false },
          slow,
        ),
      ).toBeVisible()
      expect(
        await screen.findByLabelText('HK biomedical PE-TTM statistics since 2018-01-01', {}, slow),
      ).toBeInTheDocument()
    })

    it('a valuation window starting after the latest data is reset; metric and series stay', async () => {
      applyUrl('?view=valuation&vseries=HK,02696.HK,HK,nope&vmetric=pb&vfrom=2030-01-01')
      renderWithProviders(
        <>
          <NoticeBar />
          <ValuationView />
        </>,
      )
      expect(
        await screen.findByText(
          'Ignored vfrom=2030-01-01 in the address: it is after the latest data (2026-11-20); the window starts on 2018-01-01.',
          { exact: false },
          slow,
        ),
      ).toBeVisible()
      expect(
        screen.getByText(/^Ignored vseries=HK in the address: HK is already in the list\./),
      ).toBeVisible()
      expect(screen.getByText(/^Ignored vseries=nope in the address/)).toBeVisible()
      expect(valuationStore.getState()).toMatchObject({
        series: ['HK', '02696.HK'],
        metric: 'pb',
        windowStart: '2018-01-01',
      })
      const summary = screen.getByRole('region', { name: 'Valuation summary' })
      expect(within(summary).getByRole('row', { name: /^HK biomedical PB/ })).toBeInTheDocument()
    })

    it('compare tickers: unknown, repeated and past the 8th are each named; the others are compared', async () => {
      applyUrl(
        '?view=compare&tickers=02696.HK,00700.HK,hk2696,01801.HK,600276.SH,01877.HK,09995.HK,06160.HK,688235.SH,HK,A,ALL&crange=9Y',
      )
      renderWithProviders(
        <>
          <NoticeBar />
          <CompareView />
        </>,
      )
      expect(notices()).toEqual([
        'Ignored tickers=00700.HK in the address: 00700.HK is not in the universe.',
        'Ignored tickers=hk2696 in the address: 02696.HK is already in the list.',
        'Ignored tickers=A,ALL in the address: compare at most 8.',
        'Ignored crange=9Y in the address: use one of 1M, 3M, 6M, YTD, 1Y, 3Y, 5Y, Max.',
      ])
      const legend = await screen.findByRole('table', { name: 'Compared series' }, slow)
      expect(within(legend).getAllByRole('row')).toHaveLength(9)
      expect(compareStore.getState().series).toEqual([
        '02696.HK',
        '01801.HK',
        '600276.SH',
        '01877.HK',
        '09995.HK',
        '06160.HK',
        '688235.SH',
        'HK',
      ])
    })
  },
)
