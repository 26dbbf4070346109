import { http, HttpResponse, type RequestHandler } from 'msw'
import { tickerCode } from '@/domain/tickers'
import type { Ticker } from '@/domain/types'
import { issuers, universe } from '@/domain/universe'
import {
  type WireSearchArticle,
  WireSearchParam,
  type WireSearchResponse,
} from '@/providers/eastmoney/wire'
import type { Snapshot, SnapshotNews } from '@mocks/snapshot/types'
import { textResponse } from '@mocks/handlers/respond'

export const searchPath = '*/upstream/eastmoney/search/search/jsonp'

/** The two result keys the search has used (it switched between them in 2025). */
type ArticleType = 'cmsArticleWebOld' | 'cmsArticle'

/**
 * A search answer as search-api-web sends it: JSON wrapped in the requested callback (no trailing
 * `;`), articles under `type` (default cmsArticleWebOld), `hitsTotal` all hits of the query.
 */
export function searchJsonp(
  cb: string,
  items: readonly WireSearchArticle[],
  type: ArticleType = 'cmsArticleWebOld',
  hitsTotal = items.length,
): string {
  const body = {
    bizCode: '',
    bizMsg: '',
    code: 0,
    extra: {},
    hitsTotal,
    msg: 'OK',
    result: type === 'cmsArticle' ? { cmsArticle: [...items] } : { cmsArticleWebOld: [...items] },
    searchId: `mock-${hitsTotal}`,
  } satisfies WireSearchResponse
  return `${cb}(${JSON.stringify(body)})`
}

/** FNV-1a 32-bit, for deterministic article codes. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** `2024-10-03T17:30:00+08:00` → `2024-10-03 17:30:00`, China time whatever the offset. */
function chinaTime(instant: string): string {
  const shifted = new Date(Date.parse(instant) + 8 * 3_600_000).toISOString()
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}`
}

const highlight = (text: string, keyword: string) =>
  keyword === '' ? text : text.replaceAll(keyword, `<em>${keyword}</em>`)

/**
 * A snapshot item as a search hit: the keyword wrapped in `<em>` wherever it occurs (the real
 * search highlights it), `code` = China date + 10 digits derived from the id, like 2024100312….
 */
export function searchArticle(news: SnapshotNews, keyword: string): WireSearchArticle {
  const date = chinaTime(news.publishedAt)
  return {
    date,
    image: '',
    code: `${date.slice(0, 10).replaceAll('-', '')}${String(fnv1a(news.id)).padStart(10, '0')}`,
    title: highlight(news.title, keyword),
    content: highlight(news.content, keyword),
    mediaName: news.source,
    url: news.url,
  }
}

/** Every listing of the issuer named by a Chinese name or a listing code (600276, 02696). */
function listingsFor(keyword: string): Set<Ticker> {
  const byName = issuers.find((issuer) => issuer.nameZh === keyword)?.id
  const byCode = universe.find((listing) => tickerCode(listing.ticker) === keyword)?.issuerId
  const issuerId = byName ?? byCode
  return new Set(
    universe.filter((listing) => listing.issuerId === issuerId).map((listing) => listing.ticker),
  )
}

/** The `param` query parameter as the search page sends it, or null when it is not that. */
function readParam(text: string | null): WireSearchParam | null {
  try {
    return WireSearchParam.safeParse(JSON.parse(text ?? '')).data ?? null
  } catch {
    return null
  }
}

/**
 * search-api-web `/search/jsonp?cb=…&param=<JSON>`: the first requested type, its `pageIndex` and
 * `pageSize`, newest first. A keyword matches the news of its issuer's listings, and any item whose
 * text contains it. No `cb` or an unreadable `param` is a bad request.
 */
export function searchHandler(snapshot: Snapshot): RequestHandler {
  return http.get(searchPath, ({ request }) => {
    const query = new URL(request.url).searchParams
    const cb = query.get('cb') ?? ''
    const param = readParam(query.get('param'))
    if (!/^[A-Za-z_$][\w$]*$/.test(cb) || param === null) {
      return new HttpResponse(null, { status: 400 })
    }
    const type = param.type[0] ?? ''
    const paging = param.param[type]
    if ((type !== 'cmsArticleWebOld' && type !== 'cmsArticle') || paging === undefined) {
      return new HttpResponse(null, { status: 400 })
    }

    const keyword = param.keyword.trim()
    const tickers = listingsFor(keyword)
    const hits = snapshot.news
      .filter(
        (news) =>
          news.tickers.some((ticker) => tickers.has(ticker)) ||
          (keyword !== '' && `${news.title}${news.content}`.includes(keyword)),
      )
      .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    const start = (paging.pageIndex - 1) * paging.pageSize
    const items = hits
      .slice(start, start + paging.pageSize)
      .map((news) => searchArticle(news, keyword))
    return textResponse(searchJsonp(cb, items, type, hits.length), {
      headers: { 'Content-Type': 'application/javascript; charset=UTF-8' },
    })
  })
}
