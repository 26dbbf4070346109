import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { fetchEastmoneyAnnouncements } from '@/providers/eastmoney/announcements'
import { UpstreamDataError } from '@/providers/http'
import { announcementsBody, announcementsPath } from '@mocks/handlers/eastmoney-announcements'
import { server } from '@mocks/node'

/**
 * An item with the documented fields (upstream-apis.md §6.3, after akshare `stock_notice.py`:
 * art_code, title, notice_date, columns[].column_name, codes[].stock_code/short_name/ann_type);
 * the values are hand-made, the reference quotes no captured body.
 */
const notice = {
  art_code: 'AN202410081640123456',
  title: '恒瑞医药:关于<em>药品</em>获得临床试验批准通知书的公告',
  notice_date: '2024-10-09 00:00:00',
  display_time: '2024-10-08 19:31:22:123',
  columns: [{ column_code: '001002', column_name: '其他' }],
  codes: [{ stock_code: '600276', short_name: '恒瑞医药', ann_type: 'A' }],
}

function serve(body: unknown, status = 200) {
  const queries: URLSearchParams[] = []
  server.use(
    http.get(announcementsPath, ({ request }) => {
      queries.push(new URL(request.url).searchParams)
      return HttpResponse.json(body as Record<string, unknown>, { status })
    }),
  )
  return queries
}

describe('fetchEastmoneyAnnouncements', () => {
  it('lists announcements with Eastmoney’s notice page built from art_code', async () => {
    const queries = serve(announcementsBody([notice]))
    const items = await fetchEastmoneyAnnouncements('600276.SH')
    expect(Object.fromEntries(queries[0] ?? [])).toMatchObject({
      stock_list: '600276',
      ann_type: 'A',
      sr: '-1',
      page_size: '50',
      f_node: '0',
    })
    expect(items).toEqual([
      {
        id: 'eastmoney-notice:AN202410081640123456',
        publishedAt: '2024-10-08T19:31:22+08:00',
        source: 'SSE',
        title: '恒瑞医药:关于药品获得临床试验批准通知书的公告',
        url: 'https://data.eastmoney.com/notices/detail/600276/AN202410081640123456.html',
        tickers: ['600276.SH'],
        kind: 'announcement',
      },
    ])
  })

  it('falls back to notice_date when display_time is absent', async () => {
    serve(announcementsBody([{ ...notice, display_time: null }]))
    const [item] = await fetchEastmoneyAnnouncements('600276.SH')
    expect(item?.publishedAt).toBe('2024-10-09T00:00:00+08:00')
  })

  it('reads an empty list as no announcements', async () => {
    serve(announcementsBody([]))
    await expect(fetchEastmoneyAnnouncements('300760.SZ')).resolves.toEqual([])
  })

  it.each<[string, unknown, RegExp]>([
    [
      'data: null',
      { data: null, error: 'system busy', success: 0 },
      /no data for 600276.SH \(system busy\)/,
    ],
    [
      'an art_code with markup',
      announcementsBody([{ ...notice, art_code: '<script>' }]),
      /art_code "<script>"/,
    ],
    [
      'a notice without a date',
      announcementsBody([{ ...notice, display_time: '', notice_date: 'soon' }]),
      /notice_date "soon"/,
    ],
  ])('fails on %s', async (_case, body, message) => {
    serve(body)
    const error = await fetchEastmoneyAnnouncements('600276.SH').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(UpstreamDataError)
    expect(String(error)).toMatch(message)
  })

  it('answers the synthetic sample with an empty list (its items have no real art_code)', async () => {
    await expect(fetchEastmoneyAnnouncements('600276.SH')).resolves.toEqual([])
  })
})
