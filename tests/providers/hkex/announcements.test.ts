import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { fetchHkexAnnouncements } from '@/providers/hkex/announcements'
import { UpstreamDataError } from '@/providers/http'
import { hkexPrefixPath, hkexTitleSearchPath } from '@mocks/handlers/hkex'
import { server } from '@mocks/node'

/** The real prefix.do answer of upstream-apis.md §6.3 (JSONP). */
const prefixAnswer =
  'callback({"more":"1","stockInfo":[{"stockId":97773,"code":"01522","name":"BII TRANS TECH"}]});'

/** The real document of §6.3. */
const annualReport = {
  FILE_INFO: '4MB',
  NEWS_ID: '11650832',
  STOCK_NAME: '京投交通科技',
  TITLE: '2024年報',
  FILE_TYPE: 'PDF',
  DATE_TIME: '29/04/2025 17:00',
  STOCK_CODE: '01522',
  FILE_LINK: '/listedco/listconews/sehk/2025/0429/2025042901727_c.pdf',
}

/** The real envelope of §6.3: `result` is the documents' JSON array written as a string. */
const titleSearch = (documents: unknown[] | null) =>
  JSON.stringify({
    result: documents === null ? null : JSON.stringify(documents),
    hasNextRow: false,
    rowRange: 100,
    loadedRecord: documents?.length ?? 0,
    recordCnt: documents?.length ?? 0,
  })

function serve(prefix: string, search: string | ((query: URLSearchParams) => string)) {
  const prefixQueries: URLSearchParams[] = []
  const searchQueries: URLSearchParams[] = []
  server.use(
    http.get(hkexPrefixPath, ({ request }) => {
      prefixQueries.push(new URL(request.url).searchParams)
      return HttpResponse.text(prefix)
    }),
    http.get(hkexTitleSearchPath, ({ request }) => {
      const query = new URL(request.url).searchParams
      searchQueries.push(query)
      return HttpResponse.text(typeof search === 'string' ? search : search(query))
    }),
  )
  return { prefixQueries, searchQueries }
}

describe('fetchHkexAnnouncements', () => {
  it('reads the real samples: JSONP stock id, double-encoded result, link on www1.hkexnews.hk', async () => {
    const { prefixQueries, searchQueries } = serve(prefixAnswer, titleSearch([annualReport]))

    const items = await fetchHkexAnnouncements('01522.HK', { today: '2025-05-01' })

    expect(prefixQueries[0]?.get('name')).toBe('1522') // the code without its leading zeros
    expect(prefixQueries[0]?.get('callback')).toBe('callback')
    const query = searchQueries[0]
    expect(query?.get('stockId')).toBe('97773')
    expect(query?.get('lang')).toBe('ZH')
    expect(query?.get('fromDate')).toBe('20230502')
    expect(query?.get('toDate')).toBe('20250501')
    expect(items).toEqual([
      {
        id: 'hkex:11650832',
        publishedAt: '2025-04-29T17:00:00+08:00',
        source: 'HKEXnews',
        title: '2024年報',
        url: 'https://www1.hkexnews.hk/listedco/listconews/sehk/2025/0429/2025042901727_c.pdf',
        tickers: ['01522.HK'],
        kind: 'announcement',
      },
    ])
  })

  it('looks the stock id up once; plain-texts titles; tags universe listings among STOCK_CODE', async () => {
    const joint = {
      ...annualReport,
      NEWS_ID: '11650900',
      TITLE: '聯合公告<br/>有關 &amp; <em>須予披露</em>交易',
      STOCK_CODE: '01522<br/>02696',
    }
    const { prefixQueries } = serve(prefixAnswer, titleSearch([joint]))
    await fetchHkexAnnouncements('01522.HK', { today: '2025-05-01' })
    const [item] = await fetchHkexAnnouncements('01522.HK', { today: '2025-05-01' })
    expect(prefixQueries).toHaveLength(1)
    expect(item?.title).toBe('聯合公告 有關 & 須予披露交易')
    expect(item?.tickers).toEqual(['01522.HK', '02696.HK'])
  })

  it('treats `result: null` as no documents', async () => {
    serve(prefixAnswer, titleSearch(null))
    await expect(fetchHkexAnnouncements('01522.HK', { today: '2025-05-01' })).resolves.toEqual([])
  })

  it.each<[string, string, string, RegExp]>([
    [
      'a code the prefix search does not know',
      'callback({"more":"0","stockInfo":[]});',
      titleSearch([]),
      /no stock 01522 in the prefix search/,
    ],
    [
      'another JSONP callback',
      'cb({"stockInfo":[]});',
      titleSearch([]),
      /JSONP callback "cb" does not match the requested "callback"/,
    ],
    [
      'an HTML page from prefix.do',
      '<html>Access denied</html>',
      titleSearch([]),
      /expected JSONP callback\(…\) but received an HTML page/,
    ],
    [
      'a result that is not JSON',
      prefixAnswer,
      JSON.stringify({ result: '[{"NEWS_ID":' }),
      /HKEXnews result: expected JSON/,
    ],
    [
      'a document without DATE_TIME',
      prefixAnswer,
      titleSearch([{ ...annualReport, DATE_TIME: '2025-04-29' }]),
      /DATE_TIME "2025-04-29" is not dd\/MM\/yyyy HH:mm/,
    ],
    [
      'a result that is an object',
      prefixAnswer,
      JSON.stringify({ result: '{"a":1}' }),
      /unexpected payload/,
    ],
  ])('fails on %s', async (_case, prefix, search, message) => {
    serve(prefix, search)
    const error = await fetchHkexAnnouncements('01522.HK', { today: '2025-05-01' }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(UpstreamDataError)
    expect(String(error)).toMatch(message)
  })

  it('serves the sample’s HK announcements linking to the real title-search page', async () => {
    const items = await fetchHkexAnnouncements('02696.HK', { today: '2026-11-24' })
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) {
      expect(item.url).toBe('https://www1.hkexnews.hk/search/titlesearch.xhtml?lang=en')
      expect(item.title).toMatch(/^Sample: /)
      expect(item.kind).toBe('announcement')
    }
  })

  it('refuses an A-share ticker (a programming error)', async () => {
    await expect(fetchHkexAnnouncements('600276.SH')).rejects.toBeInstanceOf(RangeError)
  })
})
