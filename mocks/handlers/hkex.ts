import { http, HttpResponse, type RequestHandler } from 'msw'
import type {
  WireHkexDocument,
  WireHkexPrefixResponse,
  WireHkexTitleSearchResponse,
} from '@/providers/hkex/wire'
import type { Snapshot, SnapshotNews } from '@mocks/snapshot/types'
import { jsonResponse, textResponse } from '@mocks/handlers/respond'

export const hkexPrefixPath = '*/upstream/hkex/www1/search/prefix.do'
export const hkexTitleSearchPath = '*/upstream/hkex/www1/search/titleSearchServlet.do'

const hkexOrigin = 'https://www1.hkexnews.hk'

/**
 * The emulation's stockId of a code. HKEX's real ids are internal numbers (97773 for 01522 in the
 * reference's sample) and unknown here: these are invented, derived from the code.
 */
export function sampleStockId(code: string): number {
  return 900_000 + Number(code)
}

/** A prefix.do answer as HKEX sends it: JSON wrapped in the requested callback, with `;`. */
export function hkexPrefixJsonp(callback: string, body: WireHkexPrefixResponse): string {
  return `${callback}(${JSON.stringify(body)});`
}

/** A titleSearchServlet answer: `result` is the documents' JSON array written as a string. */
export function hkexTitleSearchBody(
  documents: readonly WireHkexDocument[] | null,
  rowRange = 100,
  recordCnt = documents?.length ?? 0,
): WireHkexTitleSearchResponse {
  return {
    result: documents === null ? null : JSON.stringify(documents),
    hasNextRow: recordCnt > (documents?.length ?? 0),
    rowRange,
    loadedRecord: documents?.length ?? 0,
    recordCnt,
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** `2024-10-03T17:30:00+08:00` → `03/10/2024 17:30` (Hong Kong time). */
function hkexDateTime(instant: string): string {
  const local = new Date(Date.parse(instant) + 8 * 3_600_000)
  return (
    `${pad2(local.getUTCDate())}/${pad2(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ` +
    `${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}`
  )
}

function idNumber(text: string): string {
  let hash = 0x811c9dc5
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return String(10_000_000 + (hash % 90_000_000))
}

/**
 * A snapshot item as a title-search document. FILE_LINK is the path of the item's URL on
 * www1.hkexnews.hk, so the link the provider builds (origin + FILE_LINK) is the item's own URL: a
 * real filing for a recorded snapshot, the real title-search page for the synthetic sample (which
 * has no filings to link to).
 */
export function hkexDocument(news: SnapshotNews, code: string, name: string): WireHkexDocument {
  const link = news.url.slice(hkexOrigin.length)
  return {
    FILE_INFO: '',
    NEWS_ID: idNumber(news.id),
    STOCK_NAME: name,
    TITLE: news.title,
    FILE_TYPE: /\.pdf$/i.test(link) ? 'PDF' : 'HTM',
    DATE_TIME: hkexDateTime(news.publishedAt),
    STOCK_CODE: code,
    FILE_LINK: link,
  }
}

/** `YYYYMMDD` → `YYYY-MM-DD`, or null. */
function day(text: string | null): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text ?? '')
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null
}

/**
 * HKEXnews title search over a snapshot: `prefix.do` (JSONP) finds HK listings by code prefix
 * (without leading zeros) with invented stockIds; `titleSearchServlet.do` lists the listing's
 * announcements linked on www1.hkexnews.hk, within `fromDate`..`toDate`, newest first, at most
 * `rowRange`; an empty search answers `result: null`.
 */
export function hkexHandlers(snapshot: Snapshot): RequestHandler[] {
  const hkListings = snapshot.listings.filter(({ ticker }) => ticker.endsWith('.HK'))
  return [
    http.get(hkexPrefixPath, ({ request }) => {
      const query = new URL(request.url).searchParams
      const callback = query.get('callback') ?? ''
      const name = (query.get('name') ?? '').trim()
      if (!/^[A-Za-z_$][\w$]*$/.test(callback) || name === '' || query.get('market') !== 'SEHK') {
        return new HttpResponse(null, { status: 400 })
      }
      const matches = hkListings
        .filter(({ ticker }) => ticker.slice(0, 5).replace(/^0+/, '').startsWith(name))
        .slice(0, 10)
        .map(({ ticker, name: stockName }) => ({
          stockId: sampleStockId(ticker.slice(0, 5)),
          code: ticker.slice(0, 5),
          name: stockName,
        }))
      return textResponse(hkexPrefixJsonp(callback, { more: '0', stockInfo: matches }), {
        headers: { 'Content-Type': 'text/javascript;charset=UTF-8' },
      })
    }),
    http.get(hkexTitleSearchPath, ({ request }) => {
      const query = new URL(request.url).searchParams
      const from = day(query.get('fromDate'))
      const to = day(query.get('toDate'))
      const rowRange = Number(query.get('rowRange') ?? '100')
      if (from === null || to === null || !(rowRange > 0)) {
        return new HttpResponse(null, { status: 400 })
      }
      const listing = hkListings.find(
        ({ ticker }) => String(sampleStockId(ticker.slice(0, 5))) === query.get('stockId'),
      )
      const items = snapshot.news
        .filter(
          (news) =>
            news.kind === 'announcement' &&
            listing !== undefined &&
            news.tickers.includes(listing.ticker) &&
            news.url.startsWith(`${hkexOrigin}/`) &&
            from <= news.publishedAt.slice(0, 10) &&
            news.publishedAt.slice(0, 10) <= to,
        )
        .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
      if (!listing || items.length === 0) return jsonResponse(hkexTitleSearchBody(null, rowRange))
      const documents = items
        .slice(0, rowRange)
        .map((news) => hkexDocument(news, listing.ticker.slice(0, 5), listing.name))
      return jsonResponse(hkexTitleSearchBody(documents, rowRange, items.length))
    }),
  ]
}
