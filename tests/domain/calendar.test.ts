import { describe, expect, it } from 'vitest'
import {
  calendarCoverage,
  closureReason,
  isTradingDay,
  nextTradingDay,
  previousTradingDay,
  tradingDays,
  type ClosureReason,
} from '@/domain/calendar'
import { addDays } from '@/domain/dates'
import type { IsoDate, Market } from '@/domain/types'

type Status = ClosureReason | 'open'
const status = (market: Market, date: IsoDate): Status => closureReason(market, date) ?? 'open'

describe('isTradingDay and closureReason', () => {
  // Hand-checked against HKEX and SSE holiday notices; 2018-2025 also against real price files.
  it.each<[string, IsoDate, Status, Status]>([
    ['an ordinary Wednesday', '2025-02-26', 'open', 'open'],
    ['a Saturday', '2025-03-01', 'weekend', 'weekend'],
    ['a Sunday', '2025-03-02', 'weekend', 'weekend'],
    ['New Year on a Saturday: no weekday substitute', '2022-01-01', 'weekend', 'weekend'],
    ['National Day 2024', '2024-10-01', 'holiday', 'holiday'],
    ['mainland Golden Week, HK open', '2024-10-03', 'open', 'holiday'],
    ['mainland Golden Week, HK open (Friday)', '2024-10-04', 'open', 'holiday'],
    ['Easter Monday: HK only', '2024-04-01', 'holiday', 'open'],
    ['Good Friday: HK only', '2024-03-29', 'holiday', 'open'],
    ["Lunar New Year's Eve 2025: HK half day, A closed", '2025-01-28', 'open', 'holiday'],
    ['Lunar New Year 2025, day 1', '2025-01-29', 'holiday', 'holiday'],
    ['Lunar New Year 2025, day 2', '2025-01-30', 'holiday', 'holiday'],
    ['Lunar New Year 2025, day 3', '2025-01-31', 'holiday', 'holiday'],
    ['after Lunar New Year 2025: HK open, A still closed', '2025-02-03', 'open', 'holiday'],
    ['make-up working Sunday 2025: no weekend session', '2025-01-26', 'weekend', 'weekend'],
    ['make-up working Saturday 2025', '2025-02-08', 'weekend', 'weekend'],
    ["Lunar New Year's Eve 2024: SSE/SZSE-only closure", '2024-02-09', 'open', 'holiday'],
    ['Lunar New Year 2024, day 4 (substitute for Sunday)', '2024-02-13', 'holiday', 'holiday'],
    ['Spring Festival 2020, extended for COVID-19', '2020-01-31', 'open', 'holiday'],
    ['Lunar New Year 2026', '2026-02-17', 'holiday', 'holiday'],
    ['Day after Ching Ming 2026 (Ching Ming on Sunday)', '2026-04-06', 'holiday', 'holiday'],
    ['Day after Easter Monday 2026 (clash with Ching Ming)', '2026-04-07', 'holiday', 'open'],
    ["Day after Buddha's Birthday 2026 (on Sunday)", '2026-05-25', 'holiday', 'open'],
    ['Mid-Autumn 2022 on a Saturday: Monday off', '2022-09-12', 'holiday', 'holiday'],
    ['HK Christmas Eve half day', '2024-12-24', 'open', 'open'],
    ["HK New Year's Eve half day", '2024-12-31', 'open', 'open'],
    ['Typhoon Mangkhut aftermath: HK traded', '2018-09-17', 'open', 'open'],
    ['Tropical Storm Nangka', '2020-10-13', 'weather', 'open'],
    ['Typhoon Kompasu', '2021-10-13', 'weather', 'open'],
    ['Typhoon Talim', '2023-07-17', 'weather', 'open'],
    ['Super Typhoon Saola', '2023-09-01', 'weather', 'open'],
    ['black rainstorm', '2023-09-08', 'weather', 'open'],
    ['Super Typhoon Yagi', '2024-09-06', 'weather', 'open'],
    ['Typhoon Koinu: only the morning session lost', '2023-10-09', 'open', 'open'],
    ['last covered mainland day', '2026-12-31', 'open', 'open'],
  ])('%s (%s): HK %s, A %s', (_case, date, hk, a) => {
    expect(status('HK', date)).toBe(hk)
    expect(isTradingDay('HK', date)).toBe(hk === 'open')
    expect(status('A', date)).toBe(a)
    expect(isTradingDay('A', date)).toBe(a === 'open')
  })

  it.each<[Market, IsoDate]>([
    ['HK', '2017-12-29'],
    ['HK', '2028-01-03'],
    ['A', '2017-12-29'],
    ['A', '2027-01-04'],
    ['HK', '2025-02-30'],
    ['A', '2025-2-26'],
  ])('throws RangeError for %s %s (outside coverage or not a date)', (market, date) => {
    expect(() => isTradingDay(market, date)).toThrow(RangeError)
    expect(() => closureReason(market, date)).toThrow(RangeError)
  })
})

describe('the list of trading days', () => {
  it.each<Market>(['HK', 'A'])(
    'are, for %s, every covered day that closureReason leaves open, and only those',
    (market) => {
      const { from, to } = calendarCoverage[market]
      const open: IsoDate[] = []
      for (let date = from; date <= to; date = addDays(date, 1)) {
        if (closureReason(market, date) === null) open.push(date)
        expect(isTradingDay(market, date)).toBe(closureReason(market, date) === null)
      }
      expect(tradingDays(market, { from, to })).toEqual(open)
      expect(open.length).toBeGreaterThan(2_000)
    },
  )
})

describe('calendarCoverage', () => {
  it('covers HK 2018-2027 and A 2018-2026', () => {
    expect(calendarCoverage).toEqual({
      HK: { from: '2018-01-01', to: '2027-12-31' },
      A: { from: '2018-01-01', to: '2026-12-31' },
    })
  })

  it('cannot be changed by a caller', () => {
    expect(() => {
      calendarCoverage.HK.to = '2099-12-31'
    }).toThrow(TypeError)
  })
})

describe('tradingDays', () => {
  it.each<[Market, IsoDate, IsoDate, IsoDate[]]>([
    [
      'HK',
      '2024-09-30',
      '2024-10-08',
      ['2024-09-30', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07', '2024-10-08'],
    ],
    ['A', '2024-09-30', '2024-10-08', ['2024-09-30', '2024-10-08']],
    [
      'A',
      '2025-01-24',
      '2025-02-10',
      ['2025-01-24', '2025-01-27', '2025-02-05', '2025-02-06', '2025-02-07', '2025-02-10'],
    ],
    ['HK', '2025-01-25', '2025-01-26', []],
    ['HK', '2025-02-26', '2025-02-26', ['2025-02-26']],
    ['HK', '2025-02-27', '2025-02-26', []],
    ['HK', '2018-01-01', '2018-01-03', ['2018-01-02', '2018-01-03']],
  ])('%s %s..%s', (market, from, to, expected) => {
    expect(tradingDays(market, { from, to })).toEqual(expected)
  })

  // Counted in real price files: HSI and CSI 000991 series for 2018-2020, four yfinance HK
  // series for 2020-2024, and 600276.SH for 2022-2024.
  it.each<[number, number, number]>([
    [2018, 246, 243],
    [2019, 246, 244],
    [2020, 248, 243],
    [2021, 247, 243],
    [2022, 246, 242],
    [2023, 243, 242],
    [2024, 246, 242],
  ])('%i has %i HK and %i A trading days', (year, hk, a) => {
    const range = { from: `${year}-01-01`, to: `${year}-12-31` }
    expect(tradingDays('HK', range)).toHaveLength(hk)
    expect(tradingDays('A', range)).toHaveLength(a)
  })

  it('agrees with isTradingDay on every covered day', () => {
    for (const market of ['HK', 'A'] as const) {
      const { from, to } = calendarCoverage[market]
      const expected: IsoDate[] = []
      for (let date = from; date <= to; date = addDays(date, 1)) {
        if (isTradingDay(market, date)) expected.push(date)
      }
      expect(tradingDays(market, calendarCoverage[market])).toEqual(expected)
    }
  })

  it('returns a fresh array each time', () => {
    const range = { from: '2025-02-24', to: '2025-02-28' }
    const days = tradingDays('HK', range)
    days.pop()
    expect(tradingDays('HK', range)).toHaveLength(5)
  })

  it('answers a thousand nine-year queries quickly (a precomputed list)', () => {
    const started = performance.now()
    for (let i = 0; i < 1000; i += 1) tradingDays('HK', { from: '2018-01-01', to: '2026-12-31' })
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it.each<[Market, IsoDate, IsoDate]>([
    ['A', '2026-12-01', '2027-01-31'],
    ['HK', '2017-12-01', '2018-01-31'],
    ['HK', '2025-02-01', '2025-02-30'],
  ])('throws RangeError for %s %s..%s', (market, from, to) => {
    expect(() => tradingDays(market, { from, to })).toThrow(RangeError)
  })
})

describe('nextTradingDay and previousTradingDay', () => {
  it.each<[string, Market, IsoDate, IsoDate]>([
    ['over a weekend', 'HK', '2025-02-28', '2025-03-03'],
    ['over Golden Week', 'A', '2024-09-30', '2024-10-08'],
    ['from inside Golden Week', 'A', '2024-10-05', '2024-10-08'],
    ['HK during Golden Week', 'HK', '2024-10-03', '2024-10-04'],
    ['over Spring Festival 2025', 'A', '2025-01-27', '2025-02-05'],
    ['over Lunar New Year 2025', 'HK', '2025-01-28', '2025-02-03'],
    ['over the black-rainstorm Friday', 'HK', '2023-09-07', '2023-09-11'],
    ['over Christmas and Boxing Day', 'HK', '2024-12-24', '2024-12-27'],
    ['from the day before coverage', 'HK', '2017-12-31', '2018-01-02'],
  ])('next %s: %s %s → %s', (_case, market, date, expected) => {
    expect(nextTradingDay(market, date)).toBe(expected)
  })

  it.each<[string, Market, IsoDate, IsoDate]>([
    ['over a weekend', 'HK', '2025-03-03', '2025-02-28'],
    ['over Golden Week', 'A', '2024-10-08', '2024-09-30'],
    ['from inside Golden Week', 'A', '2024-10-05', '2024-09-30'],
    ['over Spring Festival 2025', 'A', '2025-02-05', '2025-01-27'],
    ['over Lunar New Year 2025', 'HK', '2025-02-03', '2025-01-28'],
    ['over Easter 2024', 'HK', '2024-04-02', '2024-03-28'],
    ['over the black-rainstorm Friday', 'HK', '2023-09-11', '2023-09-07'],
    ['from the day after coverage', 'A', '2027-01-01', '2026-12-31'],
    ['from the day after coverage', 'HK', '2028-01-01', '2027-12-31'],
  ])('previous %s: %s %s → %s', (_case, market, date, expected) => {
    expect(previousTradingDay(market, date)).toBe(expected)
  })

  it.each<[string, () => IsoDate]>([
    ['next after the last covered A day', () => nextTradingDay('A', '2026-12-31')],
    ['next from before coverage', () => nextTradingDay('HK', '2017-12-30')],
    [
      'previous before the first covered HK trading day',
      () => previousTradingDay('HK', '2018-01-02'),
    ],
    ['previous from after coverage', () => previousTradingDay('A', '2027-01-02')],
    ['an invalid date', () => nextTradingDay('HK', '2025-02-30')],
  ])('throws RangeError for %s', (_case, call) => {
    expect(call).toThrow(RangeError)
  })

  it('steps through every covered trading day in order', () => {
    for (const market of ['HK', 'A'] as const) {
      const days = tradingDays(market, calendarCoverage[market])
      for (let i = 1; i < days.length; i += 1) {
        expect(nextTradingDay(market, days[i - 1]!)).toBe(days[i])
        expect(previousTradingDay(market, days[i]!)).toBe(days[i - 1])
      }
    }
  })
})
