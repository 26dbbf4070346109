import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CompareChart, type CompareChartRow } from '@/charts/compare-chart'
import { PremiumChart, type PremiumChartRow } from '@/charts/premium-chart'

const start = Date.parse('1970-01-05T00:00:00Z')
const day = (i: number) => new Date(start + i * 86_400_000).toISOString().slice(0, 10)
const n = 10_000

describe('CompareChart and PremiumChart over a long history', () => {
  it('draw the two panes from the same rows, at most one per pixel of the plot', () => {
    const rows: CompareChartRow[] = Array.from({ length: n }, (_, i) => ({
      date: day(i),
      values: [100 + Math.sin(i / 30) * 20, i % 5 === 0 ? null : 100 + i / 200, 90 + (i % 97)],
      pe: 30 + Math.cos(i / 70) * 6,
    }))
    render(
      <CompareChart
        caption="Compared"
        summary="summary"
        rows={rows}
        series={['A', 'B', 'C'].map((label) => ({ label, colour: 'red' }))}
        mode="rebased"
        logScale={false}
        peLabel="PE"
        peBand={{ mean: 30, stdDev: 4 }}
        paneLabels={{ main: 'Rebased', pe: 'PE band' }}
        language="en"
        noValueText="no session"
      />,
    )
    const figure = screen.getByRole('figure', { name: 'Compared' })
    expect(figure).toHaveAttribute('data-points-total', String(n))
    // jsdom's panes are 800 px wide: 736 px of plot beside the 52 px axis and 12 px margin.
    expect(Number(figure.dataset.pointsDrawn)).toBeLessThanOrEqual(736)
    expect(Number(figure.dataset.pointsDrawn)).toBeGreaterThan(300)
  })

  it('keeps the premium chart to the same budget', () => {
    const rows: PremiumChartRow[] = Array.from({ length: n }, (_, i) => ({
      date: day(i),
      premium: Math.sin(i / 50) * 0.3,
      aClose: 10,
      hClose: 8,
      cnyPerHkd: 0.92,
      pe: 30,
    }))
    render(
      <PremiumChart
        caption="Premium"
        summary="summary"
        rows={rows}
        premiumLabel="Premium"
        band={{ mean: 0, stdDev: 0.2 }}
        peLabel="PE"
        peBand={null}
        paneLabels={{ main: 'Premium', pe: 'PE' }}
        language="en"
        labels={{ noValue: 'no session', onlyOneSide: 'one side', rate: 'CNY/HKD' }}
      />,
    )
    const figure = screen.getByRole('figure', { name: 'Premium' })
    expect(Number(figure.dataset.pointsDrawn)).toBeLessThanOrEqual(736)
  })
})
