import { http, HttpResponse, type RequestHandler } from 'msw'
import type { WireAnnouncement, WireAnnouncementResponse } from '@/providers/eastmoney/wire'
import type { Snapshot, SnapshotNews } from '@mocks/snapshot/types'
import { jsonResponse } from '@mocks/handlers/respond'

export const announcementsPath = '*/upstream/eastmoney/anotice/api/security/ann'

/** Eastmoney's notice page: the only address an `art_code` leads to. */
const noticePage =
  /^https:\/\/data\.eastmoney\.com\/notices\/detail\/(\d{6})\/([A-Za-z0-9]+)\.html$/

/** An announcements answer with these items (`total_hits` all hits of the query). */
export function announcementsBody(
  list: readonly WireAnnouncement[],
  page = 1,
  pageSize = 50,
  totalHits = list.length,
): WireAnnouncementResponse {
  return {
    data: { list: [...list], page_index: page, page_size: pageSize, total_hits: totalHits },
    error: '',
    success: 1,
  }
}

/** `2024-10-08T19:31:00+08:00` → [`2024-10-08`, `19:31:00`] in China time. */
function chinaClock(instant: string): [string, string] {
  const shifted = new Date(Date.parse(instant) + 8 * 3_600_000).toISOString()
  return [shifted.slice(0, 10), shifted.slice(11, 19)]
}

/** A snapshot item as a notice of the list, its art_code read back from its notice-page URL. */
export function announcementItem(
  news: SnapshotNews,
  code: string,
  shortName: string,
  artCode: string,
): WireAnnouncement {
  const [date, time] = chinaClock(news.publishedAt)
  return {
    art_code: artCode,
    title: news.title,
    notice_date: `${date} 00:00:00`,
    display_time: `${date} ${time}:000`,
    columns: [{ column_code: '001002', column_name: '其他' }],
    codes: [{ stock_code: code, short_name: shortName, ann_type: 'A' }],
  }
}

/**
 * `np-anotice-stock …/api/security/ann?stock_list=<code>&page_size=&page_index=`, newest first.
 *
 * It serves only the snapshot announcements whose URL is an Eastmoney notice page (a recorded
 * snapshot's): the provider builds each item's link from `art_code`, so an item without a real
 * art_code would turn into a dead link. The synthetic sample's announcements link to the SSE /
 * SZSE announcement search pages instead; they reach the app through the news search emulation
 * (eastmoney-search.ts), and this endpoint answers the sample with an empty list.
 */
export function announcementsHandler(snapshot: Snapshot): RequestHandler {
  return http.get(announcementsPath, ({ request }) => {
    const query = new URL(request.url).searchParams
    const code = query.get('stock_list') ?? ''
    const pageSize = Number(query.get('page_size') ?? '50')
    const page = Number(query.get('page_index') ?? '1')
    if (!/^\d{6}$/.test(code) || !(pageSize > 0) || !(page >= 1)) {
      return new HttpResponse(null, { status: 400 })
    }
    const listing = snapshot.listings.find(({ ticker }) => ticker.startsWith(`${code}.`))
    const items = snapshot.news
      .filter(
        (news) => news.kind === 'announcement' && listing && news.tickers.includes(listing.ticker),
      )
      .flatMap((news) => {
        const match = noticePage.exec(news.url)
        return match && match[1] === code ? [{ news, artCode: match[2] ?? '' }] : []
      })
      .sort((a, b) => Date.parse(b.news.publishedAt) - Date.parse(a.news.publishedAt))
    const list = items
      .slice((page - 1) * pageSize, page * pageSize)
      .map(({ news, artCode }) => announcementItem(news, code, listing?.name ?? '', artCode))
    return jsonResponse(announcementsBody(list, page, pageSize, items.length))
  })
}
