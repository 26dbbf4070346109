import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import {
  ValuationBandChart,
  type BandChartLabels,
  type BandSeries,
} from '@/charts/valuation-band-chart'
import { ValuationTooltip } from '@/charts/valuation-band-parts'
import { valuationStats, type SeriesPoint } from '@/domain/stats'
import { mergeSeries } from '@/domain/valuation-rows'

const labels: BandChartLabels = {
  mean: 'Mean since 2024-01-02',
  band1: '±1σ band',
  band2: '±2σ band',
  outside: 'Before the window start',
  peak: 'Peak',
  trough: 'Trough',
  handle: 'Window start (drag, or use the arrow keys)',
  notMeaningful: 'n/m',
  noSession: 'no observation',
}

const d = (day: number) => `2024-01-${String(day).padStart(2, '0')}`
const hk: SeriesPoint[] = [30, 10, 50, 40, 20].map((value, i) => ({ date: d(i + 1), value }))
// A second market: no point on 01-03 (a holiday there), not meaningful on 01-04.
const a: SeriesPoint[] = [
  { date: d(1), value: 12 },
  { date: d(2), value: 14 },
  { date: d(4), value: null },
  { date: d(5), value: 13 },
]
const series: BandSeries[] = [
  { label: 'HK biomedical PE-TTM', colour: 'var(--series-pe)', style: 'solid' },
  { label: 'A-share biomedical PE-TTM', colour: 'var(--valuation-series-2)', style: 'solid' },
]
const rows = mergeSeries([hk, a])

function showChart(onWindowStartChange = vi.fn()) {
  render(
    <ValuationBandChart
      caption="PE-TTM against its own history"
      summary="HK biomedical PE-TTM 20.0 is 33% below its average."
      rows={rows}
      series={series}
      primary={0}
      stats={valuationStats(hk, { from: d(2) })}
      windowStart={d(2)}
      onWindowStartChange={onWindowStartChange}
      logScale={false}
      labels={labels}
      height={300}
    />,
  )
  return onWindowStartChange
}

describe('ValuationBandChart', () => {
  it('is a captioned figure with its text summary and a legend of what is drawn', () => {
    showChart()
    const figure = screen.getByRole('figure', { name: 'PE-TTM against its own history' })
    expect(figure).toHaveAccessibleDescription(
      'HK biomedical PE-TTM 20.0 is 33% below its average.',
    )
    const legend = within(figure).getByRole('list')
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'HK biomedical PE-TTM',
      'A-share biomedical PE-TTM',
      'Mean since 2024-01-02',
      '±1σ band',
      '±2σ band',
      'Before the window start',
    ])
  })

  it('labels the peak and the trough of the window with their dates', () => {
    showChart()
    expect(screen.getByText('Peak 50.0 (2024-01-03)')).toBeInTheDocument()
    expect(screen.getByText('Trough 10.0 (2024-01-02)')).toBeInTheDocument()
  })

  it('moves the window start from the keyboard: a week per arrow, to the ends with Home/End', async () => {
    const onChange = showChart()
    // The handle is drawn in recharts' top z-index layer, a portal that mounts after the chart.
    const handle = await screen.findByRole('slider', { name: labels.handle })
    expect(handle).toHaveAttribute('aria-valuetext', d(2))
    fireEvent.keyDown(handle, { key: 'Home' })
    expect(onChange).toHaveBeenLastCalledWith(d(1))
    fireEvent.keyDown(handle, { key: 'End' })
    expect(onChange).toHaveBeenLastCalledWith(d(5))
    // A week later is past the last day: clamped to it.
    fireEvent.keyDown(handle, { key: 'ArrowRight' })
    expect(onChange).toHaveBeenLastCalledWith(d(5))
    fireEvent.keyDown(handle, { key: 'ArrowLeft' })
    expect(onChange).toHaveBeenLastCalledWith(d(1))
    fireEvent.keyDown(handle, { key: 'a' })
    expect(onChange).toHaveBeenCalledTimes(4)
  })

  it('has no window handle when the start cannot be changed', async () => {
    render(
      <ValuationBandChart
        caption="Bands"
        summary=""
        rows={rows}
        series={series}
        primary={null}
        stats={null}
        windowStart={d(1)}
        logScale
        labels={labels}
        height={300}
      />,
    )
    expect(await screen.findByRole('figure', { name: 'Bands' })).toBeInTheDocument()
    expect(screen.queryByRole('slider')).not.toBeInTheDocument()
    expect(screen.queryByText('±1σ band')).not.toBeInTheDocument()
  })
})

describe('ValuationTooltip', () => {
  const note = (k: number, date: string) => (k === 0 ? `9 of 11 used on ${date}` : null)

  it('shows every series that day, n/m for a value that is not meaningful', () => {
    render(
      <ValuationTooltip active row={rows[3]} series={series} labels={labels} tooltipNote={note} />,
    )
    const tooltip = screen.getByRole('status')
    expect(tooltip).toHaveTextContent('4 Jan 2024')
    expect(tooltip).toHaveTextContent('HK biomedical PE-TTM: 40.0')
    expect(tooltip).toHaveTextContent('9 of 11 used on 2024-01-04')
    expect(tooltip).toHaveTextContent('A-share biomedical PE-TTM: n/m')
  })

  it('says when a series has no observation that day (the other market’s holiday)', () => {
    render(<ValuationTooltip active row={rows[2]} series={series} labels={labels} />)
    expect(screen.getByRole('status')).toHaveTextContent(
      'A-share biomedical PE-TTM: no observation',
    )
  })

  it('renders nothing when inactive', () => {
    const { container } = render(
      <ValuationTooltip active={false} row={rows[0]} series={series} labels={labels} />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})

describe('ValuationBandChart over a long history', () => {
  const start = Date.parse('1960-01-04T00:00:00Z')
  const day = (i: number) => new Date(start + i * 86_400_000).toISOString().slice(0, 10)
  const long = (offset: number): SeriesPoint[] =>
    Array.from({ length: 20_000 }, (_, i) => ({
      date: day(i),
      value: i === 15_000 + offset ? 140 : i === 9_000 + offset ? 2 : 30 + Math.sin(i / 60) * 8,
    }))
  const primary = long(0)

  it('draws at most one point per pixel per series, the peak and trough of the window kept', () => {
    render(
      <ValuationBandChart
        caption="Long bands"
        summary=""
        rows={mergeSeries([primary, long(7)])}
        series={series}
        primary={0}
        stats={valuationStats(primary, { from: day(5_000) })}
        windowStart={day(5_000)}
        logScale={false}
        labels={labels}
        height={300}
      />,
    )
    const figure = screen.getByRole('figure', { name: 'Long bands' })
    expect(figure).toHaveAttribute('data-points-total', '20000')
    // jsdom's chart body is 800 px wide: 740 px of plot beside the 48 px axis.
    expect(Number(figure.dataset.pointsDrawn)).toBeLessThanOrEqual(740)
    expect(screen.getByText(`Peak 140.0 (${day(15_000)})`)).toBeInTheDocument()
    expect(screen.getByText(`Trough 2.0 (${day(9_000)})`)).toBeInTheDocument()
  })
})
