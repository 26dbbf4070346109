import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CompareView } from '@/components/compare/compare-view'
import { MoversView } from '@/components/movers/movers-view'
import { PanelBoundary } from '@/components/panel'
import { ValuationView } from '@/components/valuation/valuation-view'
import { compareStore, initialCompareState } from '@/state/compare-store'
import { valuationStore } from '@/state/valuation-store'
import { server } from '@mocks/node'
import { scenarios } from '@mocks/scenarios'
import { renderWithProviders, resetDashboardStore } from '../support/render'

const slow = { timeout: 25_000 }
const panel = (name: string | RegExp) => screen.getByRole('region', { name })

beforeEach(() => {
  resetDashboardStore({ highlightedDate: '2025-02-26' })
  valuationStore.setState(valuationStore.getInitialState(), true)
  compareStore.setState(initialCompareState)
})

describe('secondary views when upstreams fail', { timeout: 40_000 }, () => {
  it('valuation: every panel says what failed, the controls keep working', async () => {
    server.use(...scenarios.badGateway())
    const { user } = renderWithProviders(<ValuationView />)
    const bands = panel('Valuation bands')
    expect(
      await within(bands).findByText(
        /^HK biomedical PE-TTM could not be loaded: Eastmoney FX answered HTTP 502/,
        {},
        slow,
      ),
    ).toHaveAttribute('role', 'alert')
    expect(within(bands).getAllByRole('button', { name: 'Retry' })).toHaveLength(3)
    const summary = panel('Valuation summary')
    expect(within(summary).getByRole('row', { name: /^HK biomedical PE-TTM/ })).toHaveTextContent(
      /Could not be loaded: Eastmoney FX answered HTTP 502/,
    )
    const scatter = panel('Valuation vs what came next')
    expect(await within(scatter).findByRole('alert', {}, slow)).toHaveTextContent(
      /^The scatter could not be computed: Eastmoney FX answered HTTP 502/,
    )
    // Footers: the series named, nothing loaded.
    expect(within(bands).getByText(/HK biomedical PE-TTM: not loaded/)).toBeInTheDocument()

    // The controls still work: choose PB.
    const controls = panel('Series and window')
    await user.click(
      within(within(controls).getByRole('group', { name: 'Metric' })).getByRole('button', {
        name: /PB/,
      }),
    )
    expect(valuationStore.getState().metric).toBe('pb')
  })

  it('movers: the movers and the day detail say what failed', async () => {
    server.use(...scenarios.missingField())
    renderWithProviders(<MoversView />)
    expect(await within(panel('Sector movers')).findByRole('alert', {}, slow)).toHaveTextContent(
      /^Movers could not be loaded: Eastmoney FX: unexpected payload at data\.klines/,
    )
    expect(
      await within(panel('Why did it move? 26 Feb 2025')).findByRole('alert', {}, slow),
    ).toHaveTextContent(/^The day could not be loaded: Eastmoney FX/)
  })

  it('movers: one listing down is left out and named; table, heat map and provenance stay', async () => {
    server.use(...scenarios.oneTicker())
    renderWithProviders(<MoversView />)
    const movers = panel('Sector movers')
    await within(movers).findByRole('table', { name: 'Sector movers' }, slow)
    expect(within(movers).getByText('Shown without 01877.HK (data unavailable).')).toBeVisible()
    expect(within(movers).getByRole('figure', { name: /^Heat map/ })).toBeInTheDocument()
    expect(
      within(movers).getByText(
        (_, element) =>
          element?.classList.contains('provenance-note') === true &&
          /^Synthetic sample data · Moves and market caps: Eastmoney kline \+ Baidu valuation/.test(
            element.textContent,
          ),
      ),
    ).toBeInTheDocument()
  })

  it('compare: the listings and the premium say what failed', async () => {
    server.use(...scenarios.rateLimited())
    renderWithProviders(<CompareView />)
    expect(await within(panel('Compare')).findByRole('alert', {}, slow)).toHaveTextContent(
      /^Could not load BeiGene 06160\.HK, BeiGene 688235\.SH, HK biomedical: Eastmoney kline answered HTTP 429 \(rate limited\), asked to wait 120 s/,
    )
    expect(await within(panel('A/H premium')).findByRole('alert', {}, slow)).toHaveTextContent(
      /^The premium could not be computed: Eastmoney kline answered HTTP 429/,
    )
  })

  it('compare: with BeiGene’s H-share down, the other series and the premium’s reason are shown', async () => {
    server.use(...scenarios.oneTicker({ ticker: '06160.HK' }))
    renderWithProviders(<CompareView />)
    const compare = panel('Compare')
    expect(await within(compare).findByRole('alert', {}, slow)).toHaveTextContent(
      /^Could not load BeiGene 06160\.HK: Eastmoney kline answered HTTP 502/,
    )
    expect(
      await within(compare).findByRole('figure', { name: /Performance rebased to 100/ }, slow),
    ).toBeInTheDocument()
    expect(await within(panel('A/H premium')).findByRole('alert', {}, slow)).toHaveTextContent(
      /^The premium could not be computed: Eastmoney kline answered HTTP 502/,
    )
  })
})

describe('a panel that fails to render', () => {
  function Broken({ broken }: { broken: { current: boolean } }): React.ReactNode {
    if (broken.current) throw new Error('unexpected shape')
    return <p>Chart drawn</p>
  }

  it('shows what broke in its place, keeps its siblings, and renders again on Retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}) // React reports the caught error
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const broken = { current: true }
    const { user } = renderWithProviders(
      <>
        <PanelBoundary>
          <Broken broken={broken} />
        </PanelBoundary>
        <PanelBoundary part="The heat map">
          <p>Table drawn</p>
        </PanelBoundary>
      </>,
    )
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('This panel could not be shown: unexpected shape')
    expect(screen.getByText('Table drawn')).toBeVisible()
    broken.current = false
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(screen.getByText('Chart drawn')).toBeVisible()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('names the part of a panel that broke', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderWithProviders(
      <PanelBoundary part="The heat map">
        <Broken broken={{ current: true }} />
      </PanelBoundary>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The heat map could not be shown: unexpected shape',
    )
  })
})
