import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { http, HttpResponse } from 'msw'
import { applyUrl } from '@/app/url-sync'
import { ValuationView } from '@/components/valuation/valuation-view'
import { dashboardStore } from '@/state/dashboard-store'
import { importsStore } from '@/state/imports-store'
import { valuationStore } from '@/state/valuation-store'
import { baiduErrorBody, baiduOpendataPath } from '@mocks/handlers/baidu'
import { server } from '@mocks/node'
import { renderWithProviders, resetDashboardStore } from '../support/render'

const slow = { timeout: 25_000 }
const number = /^−?\d[\d,]*(\.\d+)?$/

/** The summary table's row whose series label starts with `label`. */
async function summaryRow(label: RegExp) {
  const table = await screen.findByRole('table', { name: 'Valuation summary' }, slow)
  return within(table).getByRole('row', { name: label })
}

/** A cell of a summary row by column header (the first column is the row header). */
function cellOf(row: HTMLElement, column: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Valuation summary' })
  const headers = within(table).getAllByRole('columnheader')
  const index = headers.findIndex((header) => header.textContent === column)
  const cell = within(row).getAllByRole('cell')[index - 1]
  if (!cell) throw new Error(`no ${column} column`)
  return cell
}

/** Waits until every default row has its numbers (all three baskets loaded). */
async function loadedRows() {
  const rows = [
    await summaryRow(/^HK biomedical PE-TTM/),
    await summaryRow(/^A-share biomedical PE-TTM/),
    await summaryRow(/^HK \+ A biomedical PE-TTM/),
  ]
  await waitFor(
    () => rows.forEach((row) => expect(cellOf(row, 'Mean').textContent).toMatch(number)),
    slow,
  )
  return rows
}

beforeEach(() => {
  resetDashboardStore({ view: 'valuation' })
  valuationStore.setState(valuationStore.getInitialState(), true)
})
afterEach(() => {
  vi.restoreAllMocks()
  importsStore.setState(importsStore.getInitialState(), true)
})

describe('ValuationView on the sample data', { timeout: 40_000 }, () => {
  it('summarises the HK, A and HK + A sector PE with finite numbers and sentences', async () => {
    renderWithProviders(<ValuationView />)
    const rows = await loadedRows()
    for (const row of rows) {
      for (const column of ['Mean', 'Median', 'σ', '−1σ', '+1σ', 'Peak ÷ current'])
        expect(cellOf(row, column).textContent?.replace('×', '')).toMatch(number)
      expect(cellOf(row, 'Percentile').textContent).toMatch(/^\d+%$/)
      expect(within(row).getByRole('rowheader')).toHaveTextContent(
        /\d+ of \d+ used, \d+ loss-makers excluded$/,
      )
    }
    const sentences = screen.getByRole('list', { name: 'Generated summary' })
    expect(within(sentences).getAllByRole('listitem')[0]).toHaveTextContent(
      /^HK biomedical PE-TTM [\d.]+ is (\d+% (below|above)|in line with) its average since 2018-01-01 \([\d.]+\), at the \d+(st|nd|rd|th) percentile/,
    )
    expect(
      screen.getByRole('figure', { name: /^PE-TTM against its own history/ }),
    ).toBeInTheDocument()
  })

  it('recomputes the statistics when the window start changes', async () => {
    renderWithProviders(<ValuationView />)
    const [hk] = await loadedRows()
    const before = cellOf(hk as HTMLElement, 'Mean').textContent
    fireEvent.change(screen.getByLabelText('Window start'), { target: { value: '2023-01-01' } })
    expect(valuationStore.getState().windowStart).toBe('2023-01-01')
    await waitFor(() => expect(cellOf(hk as HTMLElement, 'Mean').textContent).not.toBe(before))
    expect(screen.getByRole('figure', { name: /bands since 2023-01-01$/ })).toBeInTheDocument()
  })

  it('changes the caption, the labels and the table when the metric changes', async () => {
    const { user } = renderWithProviders(<ValuationView />)
    await loadedRows()
    await user.click(
      within(screen.getByRole('group', { name: 'Metric' })).getByRole('button', { name: 'PB' }),
    )
    expect(
      await screen.findByRole('figure', { name: /^PB against its own history/ }),
    ).toBeInTheDocument()
    expect(await summaryRow(/^HK biomedical PB/)).toBeInTheDocument()
  })

  it('exports the summary table as CSV with a header naming series, method and window, and reports a failed PNG', async () => {
    const blobs: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob)
      return 'blob:valuation'
    })
    URL.revokeObjectURL = vi.fn()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { user } = renderWithProviders(<ValuationView />)
    await loadedRows()
    await user.click(screen.getByRole('button', { name: 'Download Valuation summary as CSV' }))
    expect(blobs).toHaveLength(1)
    const text = (await blobs[0]?.text())?.replace(/^\uFEFF/, '') ?? ''
    const lines = text.split('\r\n')
    const table = Papa.parse<Record<string, string>>(text, {
      comments: '#',
      header: true,
      skipEmptyLines: true,
    })
    expect(lines[0]).toBe('# Biopulse: Valuation summary')
    expect(lines[1]).toBe(
      '# Series: HK biomedical PE-TTM; A-share biomedical PE-TTM; HK + A biomedical PE-TTM',
    )
    expect(lines[2]).toMatch(
      /^# Metric and method: PE-TTM, aggregate: Σ market cap ÷ Σ TTM net profit/,
    )
    expect(lines[3]).toBe('# Window: 2018-01-01 to the latest observation of each series')
    expect(lines[4]).toBe('# Data: Sample data (synthetic), not real market data')
    expect(lines[6]).toMatch(/^series,method,latest_date,latest_value,current,mean,/)
    expect(table.data.map((row) => [row.series, row.method])).toEqual([
      ['HK biomedical PE-TTM', 'Biopulse, aggregate'],
      ['A-share biomedical PE-TTM', 'Biopulse, aggregate'],
      ['HK + A biomedical PE-TTM', 'Biopulse, aggregate'],
    ])
    // The file holds the table's numbers, to more decimals.
    const [hk] = await loadedRows()
    expect(Number(table.data[0]?.mean).toFixed(1)).toBe(
      cellOf(hk as HTMLElement, 'Mean').textContent,
    )
    expect(table.data[0]?.latest_date).toBe('2026-11-20')

    // jsdom lays nothing out, so the chart has no size: the failure is reported, not swallowed.
    await user.click(screen.getByRole('button', { name: 'Download the band chart as PNG' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The PNG could not be made: the chart has no size on screen',
    )
  })

  it('reopens a shared link, with a notice for what it ignored', async () => {
    applyUrl('?view=valuation&vmetric=ps&vmethod=median&vfrom=2020-06-30&vseries=HK,A,bogus')
    expect(dashboardStore.getState().notices).toContain(
      'Ignored vseries=bogus in the address: use HK, A, ALL, a ticker such as 02696.HK, csi:000991 or imp:<id>.',
    )
    renderWithProviders(<ValuationView />)
    expect(
      await screen.findByRole(
        'figure',
        { name: 'PS-TTM against its own history: mean and ±1σ / ±2σ bands since 2020-06-30' },
        slow,
      ),
    ).toBeInTheDocument()
    expect(await summaryRow(/^HK biomedical PS-TTM/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Median' })).toHaveAttribute('aria-pressed', 'true')
  })

  it('says when a company’s PE is not meaningful, and points to PS-TTM', async () => {
    valuationStore.setState({ series: ['09995.HK'] })
    const { user } = renderWithProviders(<ValuationView />)
    const row = await summaryRow(/^RemeGen 荣昌生物 \(09995\.HK\) PE-TTM/)
    await waitFor(() => expect(cellOf(row, 'Current').textContent).toMatch(/^n\/m/), slow)
    expect(cellOf(row, 'Percentile').textContent).toBe('n/m')
    expect(cellOf(row, 'Mean').textContent).toMatch(number)
    expect(within(row).getByRole('rowheader')).toHaveTextContent(
      'Baidu 股市通 (unverified in live mode)',
    )
    const sentences = screen.getByRole('list', { name: 'Generated summary' })
    expect(sentences).toHaveTextContent(
      /RemeGen 荣昌生物 \(09995\.HK\) PE-TTM is not meaningful on 2026-11-20 \(loss-making: PE below zero\); its last meaningful value was [\d.]+ on \d{4}-\d{2}-\d{2}\. PS-TTM is the meaningful multiple for loss-makers\./,
    )
    await user.click(screen.getByRole('button', { name: 'Show PS-TTM instead' }))
    const ps = await summaryRow(/^RemeGen 荣昌生物 \(09995\.HK\) PS-TTM/)
    await waitFor(() => expect(cellOf(ps, 'Percentile').textContent).toMatch(/^\d+%$/), slow)
  })

  it('names a constituent that could not be loaded and computes without it', async () => {
    server.use(
      http.get(baiduOpendataPath, ({ request }) =>
        new URL(request.url).searchParams.get('code') === '02696'
          ? HttpResponse.json(baiduErrorBody)
          : undefined,
      ),
    )
    valuationStore.setState({ series: ['HK'] })
    renderWithProviders(<ValuationView />)
    expect(
      await screen.findByText(
        'HK biomedical PE-TTM computed without 02696.HK (data unavailable).',
        {},
        slow,
      ),
    ).toBeInTheDocument()
    const row = await summaryRow(/^HK biomedical PE-TTM/)
    expect(cellOf(row, 'Mean').textContent).toMatch(number)
  })

  it('shows the CSI index as its own series, labelled with its source', async () => {
    valuationStore.setState({ series: ['A', 'csi:000991'] })
    renderWithProviders(<ValuationView />)
    const row = await summaryRow(
      /^CSI All Share Health Care Index \(000991\) PE-TTM, published by CSI/,
    )
    await waitFor(() => expect(cellOf(row, 'Mean').textContent).toMatch(number), slow)
    expect(within(row).getByRole('rowheader')).toHaveTextContent(
      'China Securities Index, its own constituents and method',
    )
  })

  it('has an explicit empty state when no series is chosen', async () => {
    valuationStore.setState({ series: [] })
    renderWithProviders(<ValuationView />)
    expect(
      await screen.findAllByText('No series chosen: pick one under “Series and window”.'),
    ).toHaveLength(2)
    expect(screen.queryByRole('table', { name: 'Valuation summary' })).not.toBeInTheDocument()
  })

  it('shows an imported series as its own row, and says when a link names one not in this browser', async () => {
    importsStore.setState({
      series: [
        {
          id: 'lixinger-pe',
          name: 'Lixinger PE',
          fileName: 'pe.csv',
          importedAt: '2026-11-21T09:00:00+08:00',
          points: [
            { date: '2026-11-18', value: 30 },
            { date: '2026-11-19', value: 10 },
            { date: '2026-11-20', value: 20 },
          ],
        },
      ],
    })
    valuationStore.setState({ series: ['imp:lixinger-pe', 'imp:elsewhere'] })
    renderWithProviders(<ValuationView />)
    const row = await summaryRow(/^Lixinger PE/)
    // 30, 10, 20: mean 20, current 20 at the 2/3 percentile.
    expect(cellOf(row, 'Mean').textContent).toBe('20.0')
    expect(cellOf(row, 'Percentile').textContent).toBe('67%')
    expect(within(row).getByRole('rowheader')).toHaveTextContent(
      'Imported from pe.csv on 2026-11-21, not checked by Biopulse',
    )
    const missing = await summaryRow(/^Imported series elsewhere/)
    expect(missing).toHaveTextContent(
      'This imported series is not in this browser (imports stay on the device that made them).',
    )
  })
})
