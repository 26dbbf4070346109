import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { NewsItem } from '@/domain/types'
import { SourcesFailedError } from '@/providers/fallback'
import { dedupeNews, fetchNews } from '@/providers/news'
import { searchPath } from '@mocks/handlers/eastmoney'
import { announcementsPath } from '@mocks/handlers/eastmoney-announcements'
import { hkexTitleSearchPath } from '@mocks/handlers/hkex'
import { server } from '@mocks/node'

const badGateway = () => new HttpResponse('<html>502</html>', { status: 502 })

const item = (overrides: Partial<NewsItem>): NewsItem => ({
  id: 'eastmoney:1',
  publishedAt: '2025-02-26T09:01:00+08:00',
  source: '财联社',
  title: '港股创新药',
  url: 'https://example.com/a',
  tickers: ['02696.HK'],
  kind: 'news',
  ...overrides,
})

describe('fetchNews', () => {
  it('merges Eastmoney news with HKEXnews filings for an HK listing, one copy per item', async () => {
    const { data, provenance } = await fetchNews('02696.HK')
    expect(provenance).toMatchObject({
      sources: ['Eastmoney news', 'HKEXnews'],
      freshness: 'real-time',
      failures: [],
    })
    const announcements = data.filter((news) => news.kind === 'announcement')
    expect(announcements.length).toBeGreaterThan(0)
    // The sample's HK filings come from HKEXnews (the search emulation also returns them as news):
    // each appears once, as an announcement linked to the real HKEX title search.
    for (const news of announcements) {
      expect(news.source).toBe('HKEXnews')
      expect(news.url).toBe('https://www1.hkexnews.hk/search/titlesearch.xhtml?lang=en')
      expect(
        data.filter(
          (other) => other.title === news.title && other.publishedAt === news.publishedAt,
        ),
      ).toHaveLength(1)
    }
    expect(data.map((news) => news.publishedAt)).toEqual(
      [...data.map((news) => news.publishedAt)].sort().reverse(),
    )
  })

  it('asks Eastmoney announcements for an A-share listing', async () => {
    const { provenance } = await fetchNews('600276.SH')
    expect(provenance.sources).toEqual(['Eastmoney news', 'Eastmoney announcements'])
  })

  it('keeps the news when the filings fail, and lists the failure', async () => {
    server.use(http.get(hkexTitleSearchPath, badGateway))
    const { data, provenance } = await fetchNews('02696.HK')
    expect(data.length).toBeGreaterThan(0)
    expect(provenance.sources).toEqual(['Eastmoney news'])
    expect(provenance.failures).toEqual([
      { source: 'HKEXnews', message: 'HKEXnews answered HTTP 502', skipped: false },
    ])
  })

  it('fails, naming both sources, when both fail', async () => {
    server.use(http.get(searchPath, badGateway), http.get(announcementsPath, badGateway))
    const error = await fetchNews('600276.SH').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(SourcesFailedError)
    expect(String(error)).toMatch(
      /Eastmoney news answered HTTP 502; Eastmoney announcements answered HTTP 502/,
    )
  })
})

describe('dedupeNews', () => {
  it('merges copies by id or by title and minute, the filing winning, tickers united', () => {
    const merged = dedupeNews([
      [item({ id: 'eastmoney:1', title: '复宏汉霖：2024年 年报' })],
      [
        item({
          id: 'hkex:9',
          title: '复宏汉霖:2024年年报',
          publishedAt: '2025-02-26T09:01:30+08:00',
          kind: 'announcement',
          source: 'HKEXnews',
          tickers: ['02696.HK'],
        }),
        item({ id: 'eastmoney:1', tickers: ['01877.HK'], title: '复宏汉霖：2024年 年报' }),
        item({ id: 'eastmoney:2', title: 'Another', publishedAt: '2025-02-27T09:00:00+08:00' }),
      ],
    ])
    expect(merged.map((news) => news.id)).toEqual(['eastmoney:2', 'hkex:9'])
    expect(merged[1]).toMatchObject({ kind: 'announcement', tickers: ['02696.HK', '01877.HK'] })
  })
})
