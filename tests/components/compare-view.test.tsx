import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { CompareView } from '@/components/compare/compare-view'
import { compareStore, initialCompareState } from '@/state/compare-store'
import { renderWithProviders, resetDashboardStore } from '../support/render'

const long = { timeout: 15_000 }

/** Data rows of the legend table (the series list). */
function legendRows() {
  const table = screen.getByRole('table', { name: 'Compared series' })
  return within(table).getAllByRole('row').slice(1)
}

describe('CompareView on the sample data', () => {
  beforeEach(() => {
    resetDashboardStore()
    compareStore.setState(initialCompareState)
  })

  it('rebases every series to 100 at its first visible session and moves the base with the range', async () => {
    const { user } = renderWithProviders(<CompareView />)
    const figure = await screen.findByRole(
      'figure',
      { name: 'Performance rebased to 100 vs sector PE' },
      long,
    )
    // Default: BeiGene H and A, and the HK basket, over 1Y ending on the last session (2026-11-20).
    await within(figure).findByText(/HK biomedical [+−]\d/, {}, long)
    expect(figure).toHaveAccessibleDescription(
      /^Each series = 100 at its first visible session, from 21 Nov 2025 to 20 Nov 2026\. BeiGene 06160\.HK [+−][\d.]+%; BeiGene 688235\.SH [+−][\d.]+%; HK biomedical [+−][\d.]+%\. HK biomedical PE-TTM [\d.]+ on 20 Nov 2026; mean since 2018-01-01 [\d.]+\.$/,
    )
    const rows = legendRows()
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '百济神州 BeiGene 06160.HK',
      '百济神州 BeiGene 688235.SH',
      'HK biomedical',
    ])
    // Columns: base session, start, last, change.
    for (const row of rows) {
      const [base, start] = within(row).getAllByRole('cell')
      expect(base).toHaveTextContent(/^2[1-4] Nov 2025$/)
      expect(start).toHaveTextContent('100.0')
    }

    // 3M: the base moves to the first session of the new range, where every series is 100 again.
    await user.click(screen.getByRole('button', { name: '3M' }))
    expect(figure).toHaveAccessibleDescription(/from 21 Aug 2026 to 20 Nov 2026/)
    for (const row of legendRows()) {
      const [base, start] = within(row).getAllByRole('cell')
      expect(base).toHaveTextContent(/^2[1-4] Aug 2026$/)
      expect(start).toHaveTextContent('100.0')
    }

    // % change mode: the same start reads +0%, the caption says so; log scale is a toggle.
    await user.click(screen.getByRole('button', { name: '% change' }))
    expect(
      screen.getByRole('figure', { name: 'Performance in % vs sector PE' }),
    ).toBeInTheDocument()
    const [, start] = within(legendRows()[0] as HTMLElement).getAllByRole('cell')
    expect(start).toHaveTextContent('0.00%')
    const log = screen.getByRole('button', { name: 'Log scale' })
    await user.click(log)
    expect(log).toHaveAttribute('aria-pressed', 'true')
    expect(compareStore.getState()).toMatchObject({ mode: 'percent', logScale: true, range: '3M' })
  }, 30_000)

  it('adds up to 8 series and refuses the 9th with a message', async () => {
    const { user } = renderWithProviders(<CompareView />)
    const input = screen.getByRole('combobox', { name: 'Add a listing' })
    for (const query of ['2696', '信达', 'sh600276', 'Junshi', '9995']) {
      await user.type(input, query)
      await user.keyboard('{Enter}')
    }
    expect(compareStore.getState().series).toEqual([
      '06160.HK',
      '688235.SH',
      'HK',
      '02696.HK',
      '01801.HK',
      '600276.SH',
      '01877.HK',
      '09995.HK',
    ])
    expect(legendRows()).toHaveLength(8)

    // The 9th, by the combobox…
    await user.type(input, '688180{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Up to 8 series can be compared: remove one to add Junshi Biosciences 688180.SH.',
    )
    // …or a basket button: refused too.
    await user.click(screen.getByRole('button', { name: '+ A-share biomedical' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Up to 8 series can be compared: remove one to add A-share biomedical.',
    )
    expect(compareStore.getState().series).toHaveLength(8)

    // Removing one from the legend makes room.
    await user.click(
      screen.getByRole('button', { name: 'Remove HK biomedical from the comparison' }),
    )
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '+ A-share biomedical' }))
    expect(compareStore.getState().series).toHaveLength(8)
    expect(compareStore.getState().series.at(-1)).toBe('A')
    expect(screen.getByRole('button', { name: '+ A-share biomedical' })).toBeDisabled()
  }, 30_000)

  it('charts the A/H premium of the chosen pair with its mean and percentile', async () => {
    const { user } = renderWithProviders(<CompareView />)
    const figure = await screen.findByRole(
      'figure',
      { name: 'BeiGene 06160 / 688235: A/H premium vs sector PE' },
      long,
    )
    expect(figure).toHaveAccessibleDescription(
      /^BeiGene A\/H premium [+−][\d.]+% on 20 Nov 2026 \(at 0\.\d{4} CNY\/HKD\) is .* its mean since 2018-01-01 \([+−][\d.]+%\), at the \d+(st|nd|rd|th) percentile; range [+−][\d.]+% to [+−][\d.]+%\.$/,
    )
    const stats = screen.getByLabelText('BeiGene A/H premium statistics since 2018-01-01')
    expect(within(stats).getByText('Percentile').nextElementSibling?.textContent).toMatch(
      /^\d+(st|nd|rd|th)$/,
    )
    expect(
      within(stats).getByText('Mean since 2018-01-01').nextElementSibling?.textContent,
    ).toMatch(/^[+−]\d+\.\d\d%$/)

    await user.click(screen.getByRole('button', { name: 'Jiangsu Hengrui Pharma 01276 / 600276' }))
    expect(
      await screen.findByRole(
        'figure',
        { name: 'Jiangsu Hengrui Pharma 01276 / 600276: A/H premium vs sector PE' },
        long,
      ),
    ).toBeInTheDocument()
    expect(compareStore.getState().pair).toBe('01276.HK')
  }, 30_000)
})
