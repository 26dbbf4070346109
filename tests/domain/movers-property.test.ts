import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  adjacentSession,
  basketChange,
  breadth,
  closeSeries,
  limitOnSession,
  moverPeriods,
  moverRows,
  periodChange,
  sortMovers,
  type MoverSortKey,
} from '@/domain/movers'
import { limitHit, limitPrices, priceLimitBp } from '@/domain/price-limits'
import type { Board } from '@/domain/types'
import { universe } from '@/domain/universe'
import {
  anyBar,
  anyNumber,
  edgeNumber,
  fxHistory,
  isoDate,
  nearDate,
  nonFiniteNumbers,
} from '../support/arbitraries'

/** Movers and price limits over arbitrary bars, caps and rates: no throw, no NaN, no Infinity. */

const listing = fc.constantFrom(...universe)
const period = fc.constantFrom(...moverPeriods)
const caps = fc.array(fc.record({ date: nearDate(), marketCap: anyNumber }), { maxLength: 6 })
const input = fc.record({
  listing,
  series: fc.array(anyBar(), { maxLength: 20 }).map(closeSeries),
  caps,
})

describe('movers (properties)', () => {
  it('moverRows, breadth and basketChange stay finite for any bars, caps and rates', () => {
    fc.assert(
      fc.property(
        fc.array(input, { maxLength: 5 }),
        period,
        nearDate(),
        fxHistory,
        (inputs, chosen, asOf, fx) => {
          const rows = moverRows(inputs, chosen, asOf, fx)
          expect(rows).toHaveLength(inputs.length)
          const summary = { rows, breadth: breadth(rows), basket: basketChange(rows) }
          expect(nonFiniteNumbers(summary)).toEqual([])
          for (const row of rows) {
            if (row.status === 'ok') expect(row.change).not.toBeNull()
            if (row.marketCapCny !== null) expect(row.marketCapCny).toBeGreaterThan(0)
          }
          const counted = Object.values(summary.breadth).reduce((a, b) => a + b, 0)
          expect(counted - summary.breadth.limitUp - summary.breadth.limitDown).toBe(rows.length)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('periodChange is finite for any close series and anchor, even a malformed one', () => {
    fc.assert(
      fc.property(
        fc.array(anyBar(isoDate), { maxLength: 20 }).map(closeSeries),
        period,
        fc.constantFrom('HK' as const, 'A' as const),
        isoDate,
        (series, chosen, market, anchor) => {
          let change
          try {
            change = periodChange(series, chosen, market, anchor)
          } catch (error) {
            // Only an anchor that is no date may be refused, and only as a RangeError.
            expect(error).toBeInstanceOf(RangeError)
            return
          }
          expect(nonFiniteNumbers(change)).toEqual([])
        },
      ),
      { numRuns: 150 },
    )
  })

  it('sortMovers keeps every row, whatever the key and values', () => {
    const key = fc.constantFrom<MoverSortKey>(
      'name',
      'code',
      'last',
      'change',
      'marketCap',
      'turnover',
    )
    fc.assert(
      fc.property(
        fc.array(input, { maxLength: 6 }),
        key,
        fc.constantFrom('ascending' as const, 'descending' as const),
        fxHistory,
        (inputs, sortKey, direction, fx) => {
          const rows = moverRows(inputs, '1D', '2025-02-26', fx)
          const sorted = sortMovers(rows, sortKey, direction)
          expect(new Set(sorted)).toEqual(new Set(rows))
        },
      ),
      { numRuns: 100 },
    )
  })

  it('limitOnSession and adjacentSession never throw, for any date', () => {
    fc.assert(
      fc.property(
        listing,
        fc.array(anyBar(), { maxLength: 10 }).map(closeSeries),
        isoDate,
        (chosen, series, date) => {
          expect(['up', 'down', null]).toContain(limitOnSession(chosen, series, date))
          const next = adjacentSession(date, 1)
          if (next !== null) expect(next > date).toBe(true)
        },
      ),
      { numRuns: 150 },
    )
  })
})

describe('price limits (properties)', () => {
  const board = fc.constantFrom<Board>('HK Main', 'SSE Main', 'STAR', 'SZSE Main', 'ChiNext')

  it('limit prices and hits are finite or null for any close and limit', () => {
    fc.assert(
      fc.property(
        board,
        isoDate,
        isoDate,
        fc.oneof(fc.integer({ min: -3, max: 400 }), anyNumber),
        anyNumber,
        anyNumber,
        fc.oneof(edgeNumber, fc.constantFrom(500, 1000, 2000, 3000)),
        (chosenBoard, listed, date, session, close, previous, bp) => {
          const limit = priceLimitBp(chosenBoard, listed, date, session)
          if (limit !== null) expect(Number.isFinite(limit) && limit > 0).toBe(true)
          expect(nonFiniteNumbers(limitPrices(previous, bp))).toEqual([])
          expect(['up', 'down', null]).toContain(limitHit(close, previous, limit))
          expect(['up', 'down', null]).toContain(limitHit(close, previous, bp))
        },
      ),
      { numRuns: 200 },
    )
  })
})
