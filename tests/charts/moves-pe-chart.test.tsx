import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MovesPeChart, MovesPeTooltip, type MovesPeRow } from '@/charts/moves-pe-chart'

const rows: MovesPeRow[] = [
  { date: '2025-02-24', move: 0.01, pe: 20 },
  { date: '2025-02-25', move: -0.02, pe: 19.5, headlines: ['Sample: results'] },
  { date: '2025-02-26', move: 0.1984, pe: 21, headlines: ['cls.cn', 'two', 'three', 'four'] },
  { date: '2025-02-27', move: 0, pe: 21 },
]

describe('MovesPeChart news markers', () => {
  it('draws one path for every session with news, not an element per point', () => {
    const { container } = render(
      <MovesPeChart
        caption="Daily moves vs sector PE"
        summary="summary"
        rows={rows}
        moveLabel="Move"
        peLabel="PE"
        peBand={null}
        highlightedDate={null}
        height={300}
      />,
    )
    // The markers are decorative SVG with no role to query; this guards the one-path rendering.
    // eslint-disable-next-line testing-library/no-container, testing-library/no-node-access
    const markers = container.querySelectorAll('path.news-markers')
    expect(markers).toHaveLength(1)
    expect(markers[0]?.getAttribute('d')?.match(/M/g)).toHaveLength(2)
  })

  it('lists a session’s headlines in the tooltip, three and a count of the rest', () => {
    const row = rows[2]
    render(
      <MovesPeTooltip
        active
        payload={[{ payload: { ...row, up: row?.move, down: null } } as never]}
        moveLabel="Move"
        peLabel="PE"
      />,
    )
    const tooltip = screen.getByRole('status')
    expect(tooltip).toHaveTextContent('26 Feb 2025')
    expect(tooltip).toHaveTextContent('+19.84%')
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'cls.cn',
      'two',
      'three',
      '+1',
    ])
  })
})

describe('MovesPeChart over a long history', () => {
  // 20,000 sessions from 1950: small moves, one +19.84% session, one −15% session.
  const start = Date.parse('1950-01-02T00:00:00Z')
  const many: MovesPeRow[] = Array.from({ length: 20_000 }, (_, i) => ({
    date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    move: i === 14_321 ? 0.1984 : i === 3_210 ? -0.15 : Math.sin(i) * 0.02,
    pe: 30 + Math.sin(i / 40) * 5,
    ...(i % 1_000 === 500 ? { headlines: [`news ${i}`] } : {}),
  }))
  const chosen = many[17_777]?.date ?? ''

  it('draws at most two rows per pixel of its plot, the chosen day marked', async () => {
    render(
      <MovesPeChart
        caption="Daily moves vs sector PE"
        summary="summary"
        rows={many}
        moveLabel="Move"
        peLabel="PE"
        peBand={{ mean: 30, stdDev: 3, since: '1950-01-02' }}
        highlightedDate={chosen}
        height={300}
      />,
    )
    const figure = screen.getByRole('figure', { name: 'Daily moves vs sector PE' })
    // jsdom's chart body is 800 px wide (tests/setup.ts): 712 px of plot between the two axes.
    expect(figure).toHaveAttribute('data-points-total', '20000')
    const drawn = Number(figure.dataset.pointsDrawn)
    expect(drawn).toBeGreaterThan(700)
    expect(drawn).toBeLessThanOrEqual(2 * 712)
    expect(await screen.findByText('4 Sept 1998')).toBeInTheDocument() // the chosen day's marker label
  })
})
