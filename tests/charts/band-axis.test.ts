import { describe, expect, it } from 'vitest'
import { bandYAxis } from '@/charts/band-axis'
import { valuationStats } from '@/domain/stats'
import { mergeSeries } from '@/domain/valuation-rows'

const rows = (values: readonly (number | null)[]) =>
  mergeSeries([values.map((value, i) => ({ date: `2024-01-0${i + 1}`, value }))])

describe('bandYAxis', () => {
  it('covers the values with nice linear ticks', () => {
    // Span 40 in about 6 parts → steps of 10.
    expect(bandYAxis(rows([10, 50]), null, false)).toEqual({
      domain: [10, 50],
      ticks: [10, 20, 30, 40, 50],
    })
  })

  it('covers the ±2σ band too, starting at 0 when the band reaches below zero', () => {
    // 10 and 50: mean 30, σ 20, so −2σ = −10 and +2σ = 70; 0 … 70 in about 6 parts → steps of 20.
    const points = [10, 50].map((value, i) => ({ date: `2024-01-0${i + 1}`, value }))
    const axis = bandYAxis(rows([10, 50]), valuationStats(points, { from: '2024-01-01' }), false)
    expect(axis).toEqual({ domain: [0, 80], ticks: [0, 20, 40, 60, 80] })
  })

  it('uses 1-2-5 ticks over the positive values on a log scale', () => {
    // 3 and 40 → domain 2.7 … 44 (10% margins): ticks 5, 10, 20.
    const axis = bandYAxis(rows([3, null, 40]), null, true)
    expect(axis.domain[0]).toBeCloseTo(2.7, 12)
    expect(axis.domain[1]).toBeCloseTo(44, 12)
    expect(axis.ticks).toEqual([5, 10, 20])
  })

  it('falls back to 1 … 10 on a log scale with nothing positive', () => {
    expect(bandYAxis(rows([null]), null, true)).toEqual({ domain: [1, 10], ticks: [1, 10] })
  })
})
