import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { MoversHeatMap, type HeatGroup } from '@/charts/movers-heat-map'

const groups: HeatGroup[] = [
  {
    id: 'HK',
    label: 'Hong Kong',
    tiles: [
      {
        ticker: '02696.HK',
        name: 'Henlius',
        code: '02696.HK',
        size: 14e9,
        change: 0.1984,
        label: 'Henlius 02696.HK +19.84%',
        title: 'Henlius',
      },
      {
        ticker: '06160.HK',
        name: 'BeiGene',
        code: '06160.HK',
        size: 200e9,
        change: 0.1086,
        label: 'BeiGene 06160.HK +10.86%',
        title: 'BeiGene',
      },
    ],
  },
  {
    id: 'A',
    label: 'A-shares',
    tiles: [
      {
        ticker: '600276.SH',
        name: 'Hengrui',
        code: '600276.SH',
        size: 300e9,
        change: null,
        label: 'Hengrui 600276.SH suspended',
        title: 'Hengrui',
      },
    ],
  },
]

function showMap(onTileChosen = vi.fn()) {
  render(
    <MoversHeatMap
      caption="Heat map"
      summary="Largest tiles: Hengrui, BeiGene, Henlius."
      groups={groups}
      period="1D"
      selected="06160.HK"
      onTileChosen={onTileChosen}
      legendLabel="Change over 1D"
    />,
  )
  return onTileChosen
}

describe('MoversHeatMap', () => {
  it('is a captioned figure with a text summary and a block per market', () => {
    showMap()
    const figure = screen.getByRole('figure', { name: 'Heat map' })
    expect(figure).toHaveAccessibleDescription('Largest tiles: Hengrui, BeiGene, Henlius.')
    expect(within(figure).getByText('Hong Kong')).toBeInTheDocument()
    expect(within(figure).getByText('A-shares')).toBeInTheDocument()
  })

  it('makes every tile a named, focusable button that chooses its ticker', async () => {
    const chosen = showMap()
    const user = userEvent.setup()
    const henlius = screen.getByRole('button', { name: 'Henlius 02696.HK +19.84%' })
    expect(henlius).toHaveAttribute('tabindex', '0')
    await user.click(henlius)
    expect(chosen).toHaveBeenLastCalledWith('02696.HK')
    screen.getByRole('button', { name: 'Hengrui 600276.SH suspended' }).focus()
    await user.keyboard(' ')
    expect(chosen).toHaveBeenLastCalledWith('600276.SH')
    expect(screen.getByRole('button', { name: 'BeiGene 06160.HK +10.86%' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })
})
