import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  ScatterTooltip,
  ValuationScatterChart,
  type ScatterChartLabels,
  type ScatterGroup,
} from '@/charts/valuation-scatter-chart'

const labels: ScatterChartLabels = {
  x: 'Sector PE-TTM percentile, point-in-time (no look-ahead)',
  y: 'Return, next 20 sessions',
  today: (group) => `${group.market} today`,
  percentile: 'Percentile (point-in-time)',
  value: 'PE-TTM',
  forwardReturn: 'Next 20 sessions',
}

const groups: ScatterGroup[] = [
  {
    market: 'HK',
    label: 'HK biomedical',
    points: [
      { date: '2024-01-02', value: 30, percentile: 0.5, forwardReturn: 0.04 },
      { date: '2024-01-03', value: 20, percentile: 0.25, forwardReturn: -0.02 },
    ],
    current: { date: '2024-02-01', value: 18, percentile: 0.18, count: 40 },
  },
  {
    market: 'A',
    label: 'A-share biomedical',
    points: [{ date: '2024-01-02', value: 25, percentile: 0.9, forwardReturn: 0.01 }],
    current: null,
  },
]

describe('ValuationScatterChart', () => {
  it('is a captioned figure with a summary, axis titles and the current day marked', () => {
    render(
      <ValuationScatterChart
        caption="PE-TTM percentile vs the basket’s next 20 sessions"
        summary="HK biomedical: 2 days."
        groups={groups}
        labels={labels}
        height={300}
      />,
    )
    const figure = screen.getByRole('figure', {
      name: 'PE-TTM percentile vs the basket’s next 20 sessions',
    })
    expect(figure).toHaveAccessibleDescription('HK biomedical: 2 days.')
    expect(within(figure).getByText(labels.x)).toBeInTheDocument()
    expect(within(figure).getByText(labels.y)).toBeInTheDocument()
    expect(within(figure).getByText('HK today 18%')).toBeInTheDocument()
    expect(within(figure).queryByText(/^A today/)).not.toBeInTheDocument()
    expect(
      within(within(figure).getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['HK biomedical', 'A-share biomedical'])
  })
})

describe('ScatterTooltip', () => {
  it('shows the market, the day, its multiple, percentile and forward return', () => {
    render(
      <ScatterTooltip
        active
        dot={{ ...groups[0]!.points[1]!, market: 'HK', label: 'HK biomedical' }}
        labels={labels}
      />,
    )
    const tooltip = screen.getByRole('status')
    expect(tooltip).toHaveTextContent('HK biomedical · 3 Jan 2024')
    expect(tooltip).toHaveTextContent('PE-TTM: 20.0')
    expect(tooltip).toHaveTextContent('Percentile (point-in-time): 25%')
    expect(tooltip).toHaveTextContent('Next 20 sessions: −2.00%')
  })

  it('renders nothing without a dot', () => {
    const { container } = render(<ScatterTooltip active dot={undefined} labels={labels} />)
    expect(container).toBeEmptyDOMElement()
  })
})
