import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { DashboardView } from '@/components/dashboard-view'
import { DayDetailPanel } from '@/components/movers/day-detail-panel'
import { dashboardStore, useHighlightedDate } from '@/state/dashboard-store'
import { renderWithProviders, resetDashboardStore } from '../support/render'

const slow = { timeout: 20_000 }
const clsTitle = '港股科技重估“暗线”:创新药板块也有望迎DeepSeeK时刻'

/** The panel on the store's chosen day, as the dashboard shows it. */
function ChosenDay() {
  const day = useHighlightedDate()
  return day ? <DayDetailPanel date={day} /> : null
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1)

/** "Why did it move?" over the full sample snapshot, through the emulated upstreams. */
describe('DayDetailPanel on the sample data', () => {
  beforeEach(() => resetDashboardStore({ highlightedDate: '2025-02-26' }))

  it('ranks 26 Feb 2025 by move: Henlius and Junshi on top, with the cls.cn article', async () => {
    renderWithProviders(<ChosenDay />)
    const table = await screen.findByRole('table', { name: 'Moves on 26 Feb 2025' }, slow)
    const [henlius, junshi] = bodyRows(table)
    expect(henlius).toHaveTextContent('02696.HK')
    expect(henlius).toHaveTextContent('+19.84%')
    expect(junshi).toHaveTextContent('01877.HK')
    expect(junshi).toHaveTextContent('+19.72%')
    for (const row of [henlius, junshi]) {
      const link = await within(row as HTMLElement).findByRole('link', { name: clsTitle }, slow)
      expect(link).toHaveAttribute('href', expect.stringMatching(/^https:\/\/www\.cls\.cn\//))
      expect(link).toHaveAttribute('rel', 'noopener noreferrer')
      // 09:01 HKT: before the 09:30 open, so it belongs to this session.
      expect(row).toHaveTextContent('2025-02-26 09:01 HKT · before the open · 财联社')
    }
    // Contributions are in percentage points of the HK basket's move.
    expect(henlius).toHaveTextContent(/\+\d+\.\d{2} pp/)
    expect(screen.getByText(/an item belongs to the session it could have moved/)).toBeVisible()
  })

  it('gives the sector move per basket, cap- and equal-weighted', async () => {
    renderWithProviders(<ChosenDay />)
    const sector = await screen.findByRole('table', { name: 'Sector move on 26 Feb 2025' }, slow)
    const hk = within(sector).getByRole('row', { name: /^HK biomedical/ })
    // Equal-weighted: the mean of the ten HK moves (+19.84%, +19.72%, +12.92%, … +1.16%) is
    // +7.66%; all ten rose. BeiGene, the largest cap, contributes most to the cap-weighted move.
    expect(hk).toHaveTextContent(
      /^HK biomedical\+\d+\.\d{2}%\+7\.66%10 \/ 0BeiGene \+\d+\.\d{2} pp/,
    )
    // A-shares: the mean of the seven moves is +2.79%.
    expect(within(sector).getByRole('row', { name: /^A-share biomedical/ })).toHaveTextContent(
      /\+2\.79%7 \/ 0/,
    )
    expect(within(sector).getByRole('row', { name: /^HK \+ A biomedical/ })).toHaveTextContent(
      '13 / 0',
    )
  })

  it('opens the day typed into "Day" and says which market was closed (Easter Monday)', async () => {
    const { user } = renderWithProviders(<ChosenDay />)
    await screen.findByRole('table', { name: 'Moves on 26 Feb 2025' }, slow)
    const day = screen.getByLabelText('Day')
    await user.clear(day)
    await user.type(day, '2025-04-21')
    expect(dashboardStore.getState().highlightedDate).toBe('2025-04-21')
    expect(
      await screen.findByText(
        'HKEX closed on 21 Apr 2025: public holiday. News published that day belongs to its next session, 22 Apr 2025.',
      ),
    ).toBeInTheDocument()
    const table = await screen.findByRole('table', { name: 'Moves on 21 Apr 2025' }, slow)
    expect(within(table).getByRole('row', { name: /02696\.HK/ })).toHaveTextContent('market closed')
    // The mainland traded: its listings have moves and lead the ranking.
    expect(bodyRows(table)[0]).toHaveTextContent(/\.S[HZ]/)
  })

  it('says that neither market trades on a weekend', async () => {
    dashboardStore.setState({ highlightedDate: '2025-03-01' })
    renderWithProviders(<ChosenDay />)
    expect(
      await screen.findByText(
        'HKEX closed on 1 Mar 2025: weekend. News published that day belongs to its next session, 3 Mar 2025.',
        {},
        slow,
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/^SSE\/SZSE closed on 1 Mar 2025: weekend/)).toBeInTheDocument()
    const sector = screen.getByRole('table', { name: 'Sector move on 1 Mar 2025' })
    expect(within(sector).getAllByText('no session')).toHaveLength(3)
  })
})

describe('the day detail on the dashboard', () => {
  beforeEach(() =>
    resetDashboardStore({ selection: { kind: 'ticker', ticker: '02696.HK' }, range: '3Y' }),
  )

  it('appears for a chosen day (day= in the address) and closes', async () => {
    dashboardStore.setState({ highlightedDate: '2025-02-26' })
    const { user } = renderWithProviders(<DashboardView />)
    const panel = await screen.findByRole('region', { name: 'Why did it move? 26 Feb 2025' }, slow)
    await user.click(within(panel).getByRole('button', { name: 'Close the day detail' }))
    expect(dashboardStore.getState().highlightedDate).toBeNull()
    expect(screen.queryByRole('region', { name: /Why did it move/ })).not.toBeInTheDocument()
  })
})
