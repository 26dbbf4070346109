import { describe, expect, it } from 'vitest'
import { isTradingDay } from '@/domain/calendar'
import { addDays, weekdayOf } from '@/domain/dates'
import {
  exchangeClock,
  hkHalfDays,
  isHalfDay,
  marketStatus,
  type MarketPhase,
} from '@/domain/market-hours'
import type { Market } from '@/domain/types'

/** An instant on the exchange clock (UTC+8). */
const at = (date: string, time: string) => `${date}T${time}:00+08:00`

type Row = [string, Market, string, string, MarketPhase, string | null]

describe('marketStatus on an ordinary trading day (Tuesday 2026-11-24)', () => {
  const day = '2026-11-24'
  // [case, market, date, time, phase, until (date time)]
  it.each<Row>([
    ['HK before the pre-open', 'HK', day, '08:59', 'closed', `${day} 09:00`],
    ['HK pre-opening session starts at 09:00', 'HK', day, '09:00', 'pre-open', `${day} 09:30`],
    ['HK last minute of the pre-open', 'HK', day, '09:29', 'pre-open', `${day} 09:30`],
    ['HK morning session from 09:30', 'HK', day, '09:30', 'morning', `${day} 12:00`],
    ['HK last minute of the morning', 'HK', day, '11:59', 'morning', `${day} 12:00`],
    ['HK lunch break at 12:00 exactly', 'HK', day, '12:00', 'lunch', `${day} 13:00`],
    ['HK 12:59 is still lunch', 'HK', day, '12:59', 'lunch', `${day} 13:00`],
    ['HK afternoon session from 13:00', 'HK', day, '13:00', 'afternoon', `${day} 16:00`],
    ['HK last minute of the afternoon', 'HK', day, '15:59', 'afternoon', `${day} 16:00`],
    ['HK closing auction at 16:00', 'HK', day, '16:00', 'closing-auction', `${day} 16:10`],
    ['HK closing auction until 16:10', 'HK', day, '16:09', 'closing-auction', `${day} 16:10`],
    ['HK closed at 16:10, opens next day', 'HK', day, '16:10', 'closed', '2026-11-25 09:00'],
    ['HK closed late evening', 'HK', day, '23:59', 'closed', '2026-11-25 09:00'],
    ['A before the opening call', 'A', day, '09:14', 'closed', `${day} 09:15`],
    ['A opening call at 09:15', 'A', day, '09:15', 'pre-open', `${day} 09:30`],
    ['A 09:25–09:30 pause counts as pre-open', 'A', day, '09:27', 'pre-open', `${day} 09:30`],
    ['A morning session from 09:30', 'A', day, '09:30', 'morning', `${day} 11:30`],
    ['A last minute of the morning', 'A', day, '11:29', 'morning', `${day} 11:30`],
    ['A lunch break at 11:30 exactly', 'A', day, '11:30', 'lunch', `${day} 13:00`],
    ['A noon is lunch for both markets', 'A', day, '12:00', 'lunch', `${day} 13:00`],
    ['A afternoon session from 13:00', 'A', day, '13:00', 'afternoon', `${day} 15:00`],
    ['A closing call 14:57–15:00 is afternoon', 'A', day, '14:58', 'afternoon', `${day} 15:00`],
    ['A closed at 15:00 exactly', 'A', day, '15:00', 'closed', '2026-11-25 09:15'],
    ['A still closed at 16:00', 'A', day, '16:00', 'closed', '2026-11-25 09:15'],
  ])('%s', (_, market, date, time, phase, until) => {
    const status = marketStatus(market, at(date, time))
    expect(status).toMatchObject({ market, date, time, phase, reason: null, halfDay: false })
    expect(status.until && `${status.until.date} ${status.until.time}`).toBe(until)
    expect(status.calendarKnown).toBe(true)
  })
})

describe('marketStatus on closed days', () => {
  it.each<[string, Market, string, MarketPhase, string | null, string]>([
    // Saturday 2026-11-28: next session Monday 2026-11-30.
    ['Saturday, HK', 'HK', at('2026-11-28', '10:00'), 'closed', 'weekend', '2026-11-30 09:00'],
    ['Saturday, A', 'A', at('2026-11-28', '10:00'), 'closed', 'weekend', '2026-11-30 09:15'],
    [
      'Sunday evening, HK',
      'HK',
      at('2026-11-29', '20:00'),
      'closed',
      'weekend',
      '2026-11-30 09:00',
    ],
    // Good Friday 2026-04-03: HK-only holiday (the mainland trades); Easter Monday 04-06 and the
    // day after Easter Monday 04-07 close HK too, so HK reopens on Wednesday 04-08.
    [
      'Good Friday: HK holiday',
      'HK',
      at('2026-04-03', '10:00'),
      'holiday',
      'holiday',
      '2026-04-08 09:00',
    ],
    ['Good Friday: A trades', 'A', at('2026-04-03', '10:00'), 'morning', null, '2026-04-03 11:30'],
    // 2026-10-02: Golden Week, A-only holiday (HK trades); A reopens on Thursday 2026-10-08.
    [
      'Golden Week: A holiday',
      'A',
      at('2026-10-02', '10:00'),
      'holiday',
      'holiday',
      '2026-10-08 09:15',
    ],
    [
      'Golden Week: HK trades',
      'HK',
      at('2026-10-02', '10:00'),
      'morning',
      null,
      '2026-10-02 12:00',
    ],
    // A holiday before the pre-open time is still a holiday, not "closed until 09:00".
    [
      'holiday, early morning',
      'HK',
      at('2026-04-03', '08:00'),
      'holiday',
      'holiday',
      '2026-04-08 09:00',
    ],
  ])('%s', (_, market, instant, phase, reason, until) => {
    const status = marketStatus(market, instant)
    expect(status.phase).toBe(phase)
    expect(status.reason).toBe(reason)
    expect(status.until && `${status.until.date} ${status.until.time}`).toBe(until)
  })

  it('names a whole day lost to a typhoon as weather (HK, 2020-10-13, Nangka)', () => {
    expect(marketStatus('HK', at('2020-10-13', '14:00'))).toMatchObject({
      phase: 'holiday',
      reason: 'weather',
    })
  })
})

describe('HK half days', () => {
  // Christmas Eve 2025 (Wednesday): morning only; 12-25 and 12-26 are holidays, then a weekend.
  it.each<[string, Market, string, MarketPhase, string | null]>([
    ['pre-open as usual', 'HK', '09:10', 'pre-open', '2025-12-24 09:30'],
    ['morning session', 'HK', '11:59', 'morning', '2025-12-24 12:00'],
    [
      '12:00 starts the closing auction, not lunch',
      'HK',
      '12:00',
      'closing-auction',
      '2025-12-24 12:10',
    ],
    ['closed from 12:10 until after Christmas', 'HK', '12:10', 'closed', '2025-12-29 09:00'],
    ['no afternoon session', 'HK', '14:00', 'closed', '2025-12-29 09:00'],
    ['the mainland trades a full day', 'A', '14:00', 'afternoon', '2025-12-24 15:00'],
  ])('%s', (_, market, time, phase, until) => {
    const status = marketStatus(market, at('2025-12-24', time))
    expect(status.phase).toBe(phase)
    expect(status.halfDay).toBe(market === 'HK')
    expect(status.until && `${status.until.date} ${status.until.time}`).toBe(until)
  })

  it("treats Lunar New Year's Eve 2026 (Monday 02-16) as a half day; the mainland is closed", () => {
    expect(marketStatus('HK', at('2026-02-16', '13:30'))).toMatchObject({
      phase: 'closed',
      halfDay: true,
    })
    expect(marketStatus('A', at('2026-02-16', '10:00'))).toMatchObject({ phase: 'holiday' })
    expect(isHalfDay('A', '2025-12-24')).toBe(false)
  })

  it('lists only HK trading weekdays, ascending, each once', () => {
    expect([...hkHalfDays].sort()).toEqual(hkHalfDays)
    expect(new Set(hkHalfDays).size).toBe(hkHalfDays.length)
    for (const date of hkHalfDays)
      expect({ date, open: isTradingDay('HK', date) }).toEqual({ date, open: true })
  })

  it("misses no weekday Christmas Eve or New Year's Eve in 2018–2027", () => {
    for (let year = 2018; year <= 2027; year += 1) {
      for (const date of [`${year}-12-24`, `${year}-12-31`]) {
        const weekday = weekdayOf(date)
        const expected = weekday !== 0 && weekday !== 6
        expect({ date, listed: hkHalfDays.includes(date) }).toEqual({ date, listed: expected })
      }
    }
  })

  it("has each year's Lunar New Year's Eve when it is a weekday (the day before day 1)", () => {
    // Day 1 of the Lunar New Year, 2018–2027.
    const newYears = [
      '2018-02-16',
      '2019-02-05',
      '2020-01-25',
      '2021-02-12',
      '2022-02-01',
      '2023-01-22',
      '2024-02-10',
      '2025-01-29',
      '2026-02-17',
      '2027-02-06',
    ]
    for (const newYear of newYears) {
      const eve = addDays(newYear, -1)
      const weekday = weekdayOf(eve)
      expect({ eve, listed: hkHalfDays.includes(eve) }).toEqual({
        eve,
        listed: weekday !== 0 && weekday !== 6,
      })
    }
  })
})

describe('exchange clock', () => {
  it.each([
    ['2026-11-24T04:00:00Z', '2026-11-24', '12:00'],
    ['2026-11-23T16:30:00Z', '2026-11-24', '00:30'],
    ['2026-11-23T23:30:00-01:00', '2026-11-24', '08:30'],
    ['2026-11-24T12:00:00.250+08:00', '2026-11-24', '12:00'],
  ])('%s is %s %s in UTC+8', (instant, date, time) => {
    expect(exchangeClock(instant)).toEqual({ date, time })
  })

  it('reads an instant in any offset: 04:00Z is the lunch break in both markets', () => {
    expect(marketStatus('HK', '2026-11-24T04:00:00Z').phase).toBe('lunch')
    expect(marketStatus('A', '2026-11-24T04:00:00Z').phase).toBe('lunch')
  })

  it.each(['2026-11-24T12:00:00', '2026-11-24', 'noon', '2026-02-30T10:00:00+08:00'])(
    'rejects %s (no offset or not an instant)',
    (instant) => {
      expect(() => marketStatus('HK', instant)).toThrow(RangeError)
    },
  )
})

describe('outside the calendar coverage', () => {
  it('assumes weekday sessions and says the calendar is unknown (A after 2026)', () => {
    expect(marketStatus('A', at('2027-03-02', '10:00'))).toMatchObject({
      phase: 'morning',
      calendarKnown: false,
      reason: null,
    })
    expect(marketStatus('A', at('2027-03-02', '16:00'))).toMatchObject({
      phase: 'closed',
      until: null,
    })
    expect(marketStatus('A', at('2027-03-06', '10:00'))).toMatchObject({
      phase: 'closed',
      reason: 'weekend',
      calendarKnown: false,
    })
  })
})
