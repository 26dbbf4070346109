import { describe, expect, it } from 'vitest'
import { exchangeClock, mergeNews, newsSession } from '@/domain/news'
import type { Market, NewsItem } from '@/domain/types'

describe('newsSession', () => {
  it.each<[string, Market, string, string | null]>([
    ['the cls.cn article before the HK open', 'HK', '2025-02-26T09:01:00+08:00', '2025-02-26'],
    ['HK lunch break belongs to the same session', 'HK', '2025-02-26T12:30:00+08:00', '2025-02-26'],
    ['one minute before the HK close', 'HK', '2025-02-26T15:59:00+08:00', '2025-02-26'],
    ['at the HK close: next session', 'HK', '2025-02-26T16:00:00+08:00', '2025-02-27'],
    ['A-share close is 15:00', 'A', '2025-02-26T15:00:00+08:00', '2025-02-27'],
    ['A-share lunch break', 'A', '2025-02-26T12:00:00+08:00', '2025-02-26'],
    ['Friday evening → Monday', 'HK', '2025-02-28T18:00:00+08:00', '2025-03-03'],
    ['Saturday → Monday', 'A', '2025-03-01T10:00:00+08:00', '2025-03-03'],
    // Mainland National Day week: HK trades on 3 and 4 October 2024, the mainland reopens on the 8th.
    ['mainland holiday, HK open', 'HK', '2024-10-03T10:00:00+08:00', '2024-10-03'],
    ['mainland holiday, A closed', 'A', '2024-10-03T10:00:00+08:00', '2024-10-08'],
    // Easter Monday 2024-04-01: HK closed, mainland open.
    ['Easter Monday, HK closed', 'HK', '2024-04-01T11:00:00+08:00', '2024-04-02'],
    ['Easter Monday, A open', 'A', '2024-04-01T11:00:00+08:00', '2024-04-01'],
    ['instant in another zone converted to UTC+8', 'HK', '2025-02-26T07:30:00Z', '2025-02-26'],
    ['08:30 UTC is 16:30 HKT: next session', 'HK', '2025-02-26T08:30:00Z', '2025-02-27'],
    ['unparseable', 'HK', 'yesterday', null],
    ['outside the calendar', 'A', '2031-01-01T10:00:00+08:00', null],
  ])('%s', (_case, market, instant, expected) => {
    expect(newsSession(instant, market)).toBe(expected)
  })

  it('reads exchange-local clock time', () => {
    expect(exchangeClock('2025-02-26T01:01:00Z')).toEqual({
      date: '2025-02-26',
      minutes: 9 * 60 + 1,
    })
  })
})

describe('mergeNews', () => {
  const item = (id: string, at: string, tickers: NewsItem['tickers']): NewsItem => ({
    id,
    publishedAt: at,
    source: 's',
    title: id,
    url: null,
    tickers,
    kind: 'news',
  })
  it('keeps relevant items once, newest first', () => {
    const a = item('a', '2025-02-26T09:01:00+08:00', ['02696.HK'])
    const b = item('b', '2025-02-27T09:01:00+08:00', ['01877.HK'])
    const c = item('c', '2025-02-28T09:01:00+08:00', ['300760.SZ'])
    expect(
      mergeNews([[a, c], [a, b], undefined], new Set(['02696.HK', '01877.HK'] as const)).map(
        (n) => n.id,
      ),
    ).toEqual(['b', 'a'])
  })
})
