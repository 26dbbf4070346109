import { describe, expect, it } from 'vitest'
import { isTradingDay } from '@/domain/calendar'
import {
  newsBySession,
  newsMarket,
  sessionHeadlines,
  sessionTiming,
  type SessionTiming,
} from '@/domain/news-sessions'
import type { IsoDate, Market, NewsItem, Ticker } from '@/domain/types'

const item = (id: string, publishedAt: string, tickers: Ticker[] = ['02696.HK']): NewsItem => ({
  id,
  publishedAt,
  source: 'test',
  title: `title ${id}`,
  url: null,
  tickers,
  kind: 'news',
})

describe('newsMarket', () => {
  it('prefers the selection’s market when the item concerns it, else its first listing’s', () => {
    expect(newsMarket(item('a', '', ['01877.HK', '688180.SH']), 'A')).toBe('A')
    expect(newsMarket(item('b', '', ['688180.SH']), 'HK')).toBe('A')
    expect(newsMarket(item('c', '', []), 'HK')).toBe('HK')
  })
})

describe('sessionHeadlines', () => {
  it('checks the calendar facts these cases rely on', () => {
    // Easter Monday 2025-04-21 closes HKEX only; 2025-10-08 closes the mainland only.
    expect([isTradingDay('HK', '2025-04-21'), isTradingDay('A', '2025-04-21')]).toEqual([
      false,
      true,
    ])
    expect([isTradingDay('HK', '2025-10-08'), isTradingDay('A', '2025-10-08')]).toEqual([
      true,
      false,
    ])
  })

  it.each<[string, string, Market, IsoDate]>([
    ['HK one minute before the close', '2025-02-26T15:59:00+08:00', 'HK', '2025-02-26'],
    ['HK at the close: next session', '2025-02-26T16:00:00+08:00', 'HK', '2025-02-27'],
    ['A at 14:59', '2025-02-26T14:59:00+08:00', 'A', '2025-02-26'],
    ['A after its 15:00 close', '2025-02-26T15:30:00+08:00', 'A', '2025-02-27'],
    ['HK lunch break: same session', '2025-02-26T12:30:00+08:00', 'HK', '2025-02-26'],
    ['A lunch break: same session', '2025-02-26T11:45:00+08:00', 'A', '2025-02-26'],
    ['Saturday → Monday', '2025-03-01T10:00:00+08:00', 'HK', '2025-03-03'],
    ['Friday after the close → Monday', '2025-02-28T17:00:00+08:00', 'A', '2025-03-03'],
    ['Easter Monday, HK closed → Tuesday', '2025-04-21T10:00:00+08:00', 'HK', '2025-04-22'],
    ['Easter Monday, A open → same day', '2025-04-21T10:00:00+08:00', 'A', '2025-04-21'],
    ['2025-10-08, HK open → same day', '2025-10-08T10:00:00+08:00', 'HK', '2025-10-08'],
    ['2025-10-08, A closed → 9 Oct', '2025-10-08T10:00:00+08:00', 'A', '2025-10-09'],
  ])('%s', (_case, publishedAt, market, session) => {
    const map = sessionHeadlines([item('x', publishedAt)], () => market)
    expect([...map.entries()]).toEqual([[session, ['title x']]])
  })

  it('groups a session’s items oldest first, each title once, and drops unreadable times', () => {
    const items = [
      item('late', '2025-02-26T14:00:00+08:00'),
      item('overnight', '2025-02-25T18:00:00+08:00'),
      { ...item('dup', '2025-02-26T10:00:00+08:00'), title: 'title late' },
      item('bad', 'not a time'),
      item('next', '2025-02-26T16:30:00+08:00'),
    ]
    const map = sessionHeadlines(items, () => 'HK')
    expect(Object.fromEntries(map)).toEqual({
      '2025-02-26': ['title overnight', 'title late'],
      '2025-02-27': ['title next'],
    })
    expect(
      newsBySession(items, () => 'HK')
        .get('2025-02-26')
        ?.map((i) => i.id),
    ).toEqual(['overnight', 'dup', 'late'])
  })

  it('places each item on its own market’s calendar', () => {
    const items = [
      item('hk', '2025-04-21T09:00:00+08:00', ['02696.HK']),
      item('a', '2025-04-21T09:00:00+08:00', ['688180.SH']),
    ]
    const map = newsBySession(items, (news) => newsMarket(news, 'HK'))
    expect(map.get('2025-04-21')?.map((i) => i.id)).toEqual(['a'])
    expect(map.get('2025-04-22')?.map((i) => i.id)).toEqual(['hk'])
  })
})

describe('sessionTiming', () => {
  it.each<[string, string, Market, IsoDate, SessionTiming | null]>([
    ['the cls.cn article, 09:01 HKT', '2025-02-26T09:01:00+08:00', 'HK', '2025-02-26', 'pre-open'],
    ['HK morning', '2025-02-26T11:59:00+08:00', 'HK', '2025-02-26', 'morning'],
    ['HK lunch break from 12:00', '2025-02-26T12:00:00+08:00', 'HK', '2025-02-26', 'lunch-break'],
    ['A lunch break from 11:30', '2025-02-26T11:30:00+08:00', 'A', '2025-02-26', 'lunch-break'],
    ['HK afternoon', '2025-02-26T13:00:00+08:00', 'HK', '2025-02-26', 'afternoon'],
    ['previous evening', '2025-02-25T18:00:00+08:00', 'HK', '2025-02-26', 'after-previous-close'],
    ['over the weekend', '2025-03-01T10:00:00+08:00', 'A', '2025-03-03', 'after-previous-close'],
    ['after this session’s close', '2025-02-26T15:10:00+08:00', 'A', '2025-02-26', null],
    ['of an earlier session', '2025-02-25T10:00:00+08:00', 'HK', '2025-02-26', null],
    ['unreadable', 'soon', 'HK', '2025-02-26', null],
  ])('%s', (_case, publishedAt, market, session, expected) => {
    expect(sessionTiming(publishedAt, market, session)).toBe(expected)
  })
})
