import { describe, expect, it } from 'vitest'
import { heatColour, heatLegend, heatLevel } from '@/charts/heat-colours'
import type { MoverPeriod } from '@/domain/movers'

describe('heatLevel', () => {
  it.each<[number, MoverPeriod, number]>([
    [0.004, '1D', 0],
    [0.01, '1D', 1], // thresholds are inclusive
    [-0.025, '1D', 2],
    [0.1984, '1D', 4],
    [0.03, '5D', 1], // a 3% week is a small move
    [0.03, '1Y', 0],
    [-0.55, 'YTD', 4],
  ])('%s over %s → level %s', (change, period, level) => {
    expect(heatLevel(change, period)).toBe(level)
  })
})

describe('heatColour', () => {
  it('mixes the up and down colours by level, with readable text', () => {
    expect(heatColour(0.1984, '1D')).toEqual({
      fill: 'color-mix(in srgb, var(--up) 100%, var(--heat-flat))',
      text: '#fff',
    })
    expect(heatColour(-0.004, '1D')).toEqual({
      fill: 'color-mix(in srgb, var(--down) 22%, var(--heat-flat))',
      text: 'var(--text)',
    })
    expect(heatColour(0, '1D').fill).toBe('var(--heat-flat)')
    expect(heatColour(null, '1D').fill).toBe('var(--heat-none)')
  })

  it('has a legend of ten swatches and nine boundaries, largest fall first', () => {
    const legend = heatLegend('1D')
    expect(legend.swatches).toHaveLength(10)
    expect(legend.boundaries).toEqual([-0.05, -0.03, -0.02, -0.01, 0, 0.01, 0.02, 0.03, 0.05])
    expect(legend.swatches[0]).toEqual(heatColour(-0.06, '1D'))
    expect(legend.swatches[9]).toEqual(heatColour(0.06, '1D'))
  })
})
