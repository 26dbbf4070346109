import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isTradingDay, nextTradingDay, previousTradingDay, tradingDays } from '@/domain/calendar'
import {
  alignOnUnion,
  dateExtent,
  indexFromMoves,
  rebaseFromFirstVisible,
  rebasedSummary,
} from '@/domain/compare'
import {
  addDays,
  compactDate,
  daysBetween,
  fromCompactDate,
  isIsoDate,
  weekdayOf,
} from '@/domain/dates'
import { dayDetail, marketDay } from '@/domain/day-detail'
import {
  assumedPublicationDate,
  ttmFromReports,
  withPsTtm,
  type FinancialReport,
  type FiscalPeriod,
} from '@/domain/financials'
import { exchangeClock as marketClock, marketStatus } from '@/domain/market-hours'
import { computeDailyMoves } from '@/domain/moves'
import { exchangeClock, mergeNews, newsSession } from '@/domain/news'
import { newsBySession, newsMarket, sessionHeadlines, sessionTiming } from '@/domain/news-sessions'
import { tagTickers } from '@/domain/news-tags'
import { ahPremium, ahPremiumHistory, spotPremium } from '@/domain/premium'
import { presetRange, rangePresets, subtractMonths } from '@/domain/ranges'
import { joinMovesWithValuation, summariseMoves } from '@/domain/series'
import { searchListings } from '@/domain/ticker-search'
import { exchangeOf, isTicker, marketOf, parseTicker, tickerCode } from '@/domain/tickers'
import type { Currency, Market } from '@/domain/types'
import { csvCell, csvText } from '@/domain/valuation-csv'
import { dateOfEpochDay, epochDay, mergeSeries } from '@/domain/valuation-rows'
import {
  expandingPercentiles,
  forwardReturns,
  returnsByPercentile,
  scatterPoints,
} from '@/domain/valuation-scatter'
import { summariseSeries } from '@/domain/valuation-summary'
import { universe } from '@/domain/universe'
import {
  anyBar,
  anyNumber,
  anyText,
  edgeNumber,
  fxHistory,
  isoDate,
  isoDateTime,
  nearDate,
  newsItem,
  nonFiniteNumbers,
  universeTicker,
  valuationPoint,
} from '../support/arbitraries'

/**
 * Domain transforms over arbitrary input (numbers NaN, ±Infinity and at the edges of doubles;
 * dates real, near-real or garbage): no exception other than a documented RangeError for a
 * malformed date, and no NaN or Infinity in what they return.
 */

const market = fc.constantFrom<Market>('HK', 'A')
const finite = (value: unknown) => expect(nonFiniteNumbers(value)).toEqual([])
const seriesPoints = fc.array(
  fc.record({ date: nearDate(120), value: fc.option(anyNumber, { nil: null }) }),
  { maxLength: 30 },
)
const moves = fc.array(fc.record({ date: nearDate(120), value: anyNumber }), { maxLength: 30 })

/** Runs `f`; a RangeError is accepted only when `invalid` (the input held a malformed date). */
function allowingRangeError<T>(invalid: boolean, f: () => T): T | undefined {
  try {
    return f()
  } catch (error) {
    expect(error).toBeInstanceOf(RangeError)
    expect(invalid).toBe(true)
    return undefined
  }
}

describe('dates, calendars, tickers (properties)', () => {
  it('date helpers round-trip valid dates and refuse others with a RangeError', () => {
    fc.assert(
      // A result outside years 0000–9999 is a documented RangeError: dates from 1899 to 8999 here.
      fc.property(isoDate, isoDate, fc.integer({ min: -4000, max: 4000 }), (a, b, n) => {
        const inYears = (date: string) => date >= '1899' && date < '9000'
        const valid = isIsoDate(a) && isIsoDate(b) && inYears(a) && inYears(b)
        allowingRangeError(!valid, () => {
          const later = addDays(a, n)
          expect(daysBetween(a, later)).toBe(n)
          expect(weekdayOf(a)).toBeGreaterThanOrEqual(0)
          expect(fromCompactDate(compactDate(a))).toBe(a)
          expect(Number.isInteger(daysBetween(a, b))).toBe(true)
        })
        const compact = fromCompactDate(a.replaceAll('-', ''))
        if (isIsoDate(a)) expect(compact).toBe(a)
        else if (compact !== null) expect(isIsoDate(compact)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('calendar queries give trading days in order, or a RangeError outside their coverage', () => {
    fc.assert(
      fc.property(market, isoDate, isoDate, (m, a, b) => {
        allowingRangeError(true, () => {
          const next = nextTradingDay(m, a)
          const previous = previousTradingDay(m, a)
          expect(previous < a && a < next).toBe(true)
          expect(isTradingDay(m, next) && isTradingDay(m, previous)).toBe(true)
          const days = tradingDays(m, { from: a, to: b })
          expect([...days].sort()).toEqual(days)
        })
      }),
      { numRuns: 150 },
    )
  })

  it('parseTicker accepts only what isTicker accepts, and never throws', () => {
    const input = fc.oneof(
      anyText,
      fc.constantFrom('02696', '2696.HK', 'hk02696', 'sh600276', '600276', 'SZ300760', '１８０１'),
      universeTicker,
    )
    fc.assert(
      fc.property(input, (text) => {
        const parsed = parseTicker(text)
        if (parsed.ok) {
          expect(isTicker(parsed.ticker)).toBe(true)
          expect(['HK', 'A']).toContain(marketOf(parsed.ticker))
          expect(tickerCode(parsed.ticker)).toMatch(/^\d{5,6}$/)
          expect(['HKEX', 'SSE', 'SZSE']).toContain(exchangeOf(parsed.ticker))
        }
        expect(searchListings(text).length).toBeLessThanOrEqual(8)
        expect(tagTickers(text).every((ticker) => isTicker(ticker))).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('ranges are ordered date ranges for any preset and dates', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...rangePresets),
        nearDate(4000),
        nearDate(4000),
        fc.integer({ min: -240, max: 240 }),
        (preset, latest, earliest, months) => {
          const range = presetRange(preset, latest, earliest)
          expect(isIsoDate(range.from) && isIsoDate(range.to)).toBe(true)
          expect(isIsoDate(subtractMonths(latest, months))).toBe(true)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('exchange clocks and market status: valid instants only, else a RangeError', () => {
    fc.assert(
      fc.property(isoDateTime, market, (instant, m) => {
        const valid = !Number.isNaN(Date.parse(instant)) && isIsoDate(instant.slice(0, 10))
        allowingRangeError(!valid || instant.length < 16, () => {
          const clock = marketClock(instant)
          expect(isIsoDate(clock.date)).toBe(true)
          finite(marketStatus(m, instant))
        })
        const newsClock = exchangeClock(instant)
        if (newsClock) finite(newsClock)
        const session = newsSession(instant, m)
        if (session !== null) expect(isIsoDate(session)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})

describe('moves, series and comparisons (properties)', () => {
  it('moves joined with valuation and summarised stay finite', () => {
    fc.assert(
      fc.property(
        fc.array(anyBar(), { maxLength: 25 }),
        seriesPoints,
        nearDate(60),
        nearDate(120),
        (bars, valuation, from, to) => {
          const daily = computeDailyMoves(bars).map(({ date, change }) => ({ date, value: change }))
          const rows = joinMovesWithValuation(daily, valuation, { from, to })
          finite(rows)
          finite(summariseMoves(rows))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('index levels, alignment, rebasing and summaries stay finite', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.record({ date: nearDate(60), change: anyNumber }), { maxLength: 20 }),
          {
            maxLength: 4,
          },
        ),
        nearDate(60),
        nearDate(60),
        fc.integer({ min: 0, max: 4 }),
        (series, from, to, k) => {
          const levels = series.map((one) => indexFromMoves(one))
          finite(levels)
          const aligned = alignOnUnion(levels)
          const rebased = rebaseFromFirstVisible(aligned, { from, to })
          finite(rebased)
          finite(rebasedSummary(rebased, k))
          const extent = dateExtent(rebased)
          if (extent) expect(extent.from <= extent.to).toBe(true)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('A/H premiums stay finite for any closes, quotes and rates', () => {
    const closes = fc.array(fc.record({ date: nearDate(), close: anyNumber }), { maxLength: 15 })
    fc.assert(
      fc.property(
        closes,
        closes,
        fxHistory,
        anyNumber,
        anyNumber,
        anyNumber,
        isoDateTime,
        isoDateTime,
        (a, h, fx, aLast, hLast, rate, aAsOf, hAsOf) => {
          finite(ahPremiumHistory(a, h, fx))
          finite(ahPremium(aLast, hLast, rate))
          finite(spotPremium({ last: aLast, asOf: aAsOf }, { last: hLast, asOf: hAsOf }, fx))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('the day detail stays finite for any moves, caps and rates', () => {
    // Moves as the pipeline makes them (computeDailyMoves: finite, from any bars).
    const input = fc.record({
      listing: fc.constantFrom(...universe),
      moves: fc.array(anyBar(nearDate(10)), { maxLength: 8 }).map(computeDailyMoves),
      caps: fc.array(fc.record({ date: nearDate(10), marketCap: anyNumber }), { maxLength: 4 }),
    })
    fc.assert(
      fc.property(
        fc.array(input, { maxLength: 6 }),
        fxHistory,
        nearDate(12),
        (inputs, fx, date) => {
          finite(dayDetail(inputs, fx, date))
          for (const m of ['HK', 'A'] as const) finite(marketDay(m, date))
        },
      ),
      { numRuns: 150 },
    )
  })
})

describe('valuation research (properties)', () => {
  it('merged series, summaries and CSV cells stay finite and safe', () => {
    fc.assert(
      fc.property(
        fc.array(seriesPoints, { maxLength: 4 }),
        fc.boolean(),
        nearDate(60),
        (series, positiveOnly, from) => {
          finite(mergeSeries(series, { positiveOnly }))
          for (const points of series) finite(summariseSeries(points, from))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('epoch days round-trip every real date', () => {
    fc.assert(
      fc.property(nearDate(40_000), (date) => {
        expect(dateOfEpochDay(epochDay(date))).toBe(date)
      }),
      { numRuns: 200 },
    )
  })

  it('percentiles, forward returns and buckets stay finite and in range', () => {
    fc.assert(
      fc.property(
        seriesPoints,
        moves,
        nearDate(60),
        fc.integer({ min: -2, max: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (valuation, levels, from, horizon, buckets) => {
          const percentiles = expandingPercentiles(valuation, from)
          finite(percentiles)
          // A horizon below one session is a documented RangeError.
          finite(allowingRangeError(horizon < 1, () => forwardReturns(levels, horizon)))
          const scatter = scatterPoints(valuation, levels, { from, horizon: Math.max(1, horizon) })
          finite(scatter)
          finite(returnsByPercentile(scatter.points, buckets))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('CSV cells are never formulas and never carry non-finite numbers', () => {
    const cell = fc.oneof(anyText, anyNumber, fc.constant(null))
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 5 }), (rows) => {
        for (const row of rows) {
          for (const value of row) {
            const text = csvCell(value)
            // Text a spreadsheet would run as a formula is defused; numbers are plain numbers.
            if (typeof value === 'string')
              expect(text.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/)
            if (typeof value === 'number' && !Number.isFinite(value)) expect(text).toBe('')
            expect(text).not.toMatch(/NaN|Infinity/)
          }
        }
        const document = csvText({ header: [['Series', 'x\ny']], columns: ['a', 'b'], rows })
        expect(document.endsWith('\r\n')).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('TTM figures and PS-TTM stay finite for any published results, prices and rates', () => {
    const report: fc.Arbitrary<FinancialReport> = fc.record({
      periodEnd: fc.constantFrom(
        ...['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31', '2024-03-31', '2024-06-30'],
        ...['2024-09-30', '2024-12-31', '2025-06-30', 'garbage'],
      ),
      publishedOn: nearDate(900).map((date) => date.replace('2025', '2024')),
      fiscalPeriod: fc.constantFrom<FiscalPeriod>('Q1', 'H1', 'Q3', 'FY'),
      cumulativeRevenue: fc.option(anyNumber, { nil: null }),
      cumulativeNetProfit: fc.option(anyNumber, { nil: null }),
      currency: fc.constantFrom<Currency>('CNY', 'HKD', 'USD'),
    })
    fc.assert(
      fc.property(
        fc.array(report, { maxLength: 8 }),
        fc.array(valuationPoint(nearDate(200)), { maxLength: 10 }),
        fxHistory,
        fc.constantFrom<Currency>('HKD', 'CNY'),
        (reports, points, fx, currency) => {
          const ttm = allowingRangeError(true, () => ttmFromReports(reports))
          if (ttm === undefined) {
            expect(reports.some((r) => !isIsoDate(r.periodEnd) || !isIsoDate(r.publishedOn))).toBe(
              true,
            )
            return
          }
          finite(ttm)
          const withPs = withPsTtm(points, ttm, fx, currency)
          // Only psTtm is computed here; the other fields pass through as the provider gave them.
          finite(withPs.map(({ psTtm }) => psTtm))
          for (const r of reports) {
            if (isIsoDate(r.periodEnd)) {
              expect(isIsoDate(assumedPublicationDate(r.periodEnd, r.fiscalPeriod))).toBe(true)
            }
          }
        },
      ),
      { numRuns: 150 },
    )
  })
})

describe('news (properties)', () => {
  it('merging, sessions, timings and headlines never throw and keep real dates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(newsItem, { maxLength: 6 }), { maxLength: 3 }),
        fc.array(universeTicker, { maxLength: 4 }),
        market,
        (lists, relevant, preferred) => {
          const merged = mergeNews(lists, new Set(relevant))
          for (const item of merged) {
            expect(item.tickers.some((ticker) => relevant.includes(ticker))).toBe(true)
          }
          const marketFor = (item: (typeof merged)[number]) => newsMarket(item, preferred)
          for (const [session, items] of newsBySession(merged, marketFor)) {
            expect(isIsoDate(session)).toBe(true)
            for (const item of items) {
              expect(sessionTiming(item.publishedAt, marketFor(item), session)).not.toBeNull()
            }
          }
          for (const [session, titles] of sessionHeadlines(merged, marketFor)) {
            expect(isIsoDate(session)).toBe(true)
            expect(new Set(titles).size).toBe(titles.length)
          }
        },
      ),
      { numRuns: 150 },
    )
  })

  it('edge numbers in prices never make a daily move non-finite', () => {
    fc.assert(
      fc.property(fc.array(anyBar(), { maxLength: 20 }), edgeNumber, (bars, close) => {
        finite(computeDailyMoves([...bars, { ...bars[0], date: '2025-03-31', close } as never]))
      }),
      { numRuns: 100 },
    )
  })
})
