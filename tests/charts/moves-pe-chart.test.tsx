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
