import { isHoliday } from 'chinese-days'
import Holidays from 'date-holidays'
import { describe, expect, it } from 'vitest'
import { calendarCoverage, isTradingDay } from '@/domain/calendar'
import { addDays, weekdayOf } from '@/domain/dates'
import {
  aExchangeClosures,
  computeCalendarData,
  hkWeatherClosures,
  renderCalendarData,
} from '../support/render-calendar-data'

const data = computeCalendarData()
const isWeekday = (date: string) => weekdayOf(date) !== 0 && weekdayOf(date) !== 6
const isSorted = (dates: readonly string[]) =>
  dates.every((date, i) => i === 0 || dates[i - 1]! < date)

describe('src/domain/calendar-data.ts', () => {
  it('is what the generator makes of the libraries (-u rewrites it)', async () => {
    await expect(renderCalendarData(data)).toMatchFileSnapshot('../../src/domain/calendar-data.ts')
  })

  it('covers 2018-2027 for HKEX and at least 2018-2026 for SSE/SZSE', () => {
    expect(data.hkCoverage).toEqual({ from: '2018-01-01', to: '2027-12-31' })
    expect(data.aCoverage.from).toBe('2018-01-01')
    expect(data.aCoverage.to >= '2026-12-31').toBe(true)
  })

  it.each([
    ['hkHolidayClosures', data.hkHolidayClosures],
    ['hkWeatherClosures', hkWeatherClosures.map(({ date }) => date)],
    ['aHolidayClosures', data.aHolidayClosures],
    ['aExchangeClosures', aExchangeClosures.map(({ date }) => date)],
  ])('lists %s as sorted, distinct weekdays', (_name, dates) => {
    expect(dates.filter((date) => !isWeekday(date))).toEqual([])
    expect(isSorted(dates)).toBe(true)
  })

  it('keeps the curated closures apart from the library holidays', () => {
    const hk = new Set(data.hkHolidayClosures)
    const a = new Set(data.aHolidayClosures)
    expect(hkWeatherClosures.filter(({ date }) => hk.has(date))).toEqual([])
    expect(aExchangeClosures.filter(({ date }) => a.has(date))).toEqual([])
    // HKEX has traded through typhoons and black rainstorms since 2024-09-23.
    expect(hkWeatherClosures.filter(({ date }) => date >= '2024-09-23')).toEqual([])
  })

  it('has every year of holidays (New Year and the Lunar New Year at least)', () => {
    const years = (dates: string[]) => new Set(dates.map((date) => date.slice(0, 4)))
    expect([...years(data.hkHolidayClosures)]).toHaveLength(10)
    const aYears = Number(data.aCoverage.to.slice(0, 4)) - 2018 + 1
    expect([...years(data.aHolidayClosures)]).toHaveLength(aYears)
  })

  it("gives calendar.ts the libraries' answer on every covered day", () => {
    const hongKong = new Holidays('HK')
    const closedByLibrary = {
      HK: (date: string) =>
        (hongKong.isHoliday(date) || []).some(({ type }) => type === 'public') ||
        hkWeatherClosures.some((closure) => closure.date === date),
      A: (date: string) =>
        isHoliday(date) || aExchangeClosures.some((closure) => closure.date === date),
    }
    for (const market of ['HK', 'A'] as const) {
      const disagreements: string[] = []
      const { from, to } = calendarCoverage[market]
      for (let date = from; date <= to; date = addDays(date, 1)) {
        const expected = isWeekday(date) && !closedByLibrary[market](date)
        if (isTradingDay(market, date) !== expected) disagreements.push(date)
      }
      expect(disagreements, market).toEqual([])
    }
  })
})
