import { safeExternalUrl } from '@/domain/external-url'
import { tagTickers } from '@/domain/news-tags'
import type { NewsItem } from '@/domain/types'
import { getText, parseJson, UpstreamDataError } from '@/providers/http'
import { unwrapJsonp } from '@/providers/jsonp'
import { chinaDateTime } from '@/providers/eastmoney/values'
import {
  type WireSearchArticle,
  type WireSearchParam,
  WireSearchResponse,
} from '@/providers/eastmoney/wire'
import { upstreamPath } from '@/providers/upstream'
import { fnv1a, plainText } from '@/providers/text'
import { validateWire } from '@/providers/validate'

const source = 'Eastmoney news'
const searchType = 'cmsArticleWebOld'

/**
 * Latest articles matching a keyword (a Chinese issuer name such as 复宏汉霖, or an A-share code)
 * from Eastmoney's full-text search, in the order the search returns them (up to 50).
 *
 * Titles are plain text (highlight tags and other markup stripped, entities decoded); the URL is
 * the article's own URL when {@link safeExternalUrl} accepts it (http(s) only), else the
 * finance.eastmoney.com page built from its code, else null. Tickers are tagged from the universe names found in title and content. An explicit empty
 * list means no articles; a missing list, a non-zero code or another callback throws.
 */
export async function fetchEastmoneyNews(
  keyword: string,
  { signal }: { signal?: AbortSignal | undefined } = {},
): Promise<NewsItem[]> {
  const term = keyword.trim()
  if (term === '') throw new RangeError(`${source}: empty search keyword`)
  const callback = jsonpCallbackName()
  const param = {
    uid: '',
    keyword: term,
    type: [searchType],
    client: 'web',
    clientType: 'web',
    clientVersion: 'curr',
    param: {
      [searchType]: {
        searchScope: 'default',
        sort: 'default',
        pageIndex: 1,
        pageSize: 50,
        preTag: '<em>',
        postTag: '</em>',
      },
    },
  } satisfies WireSearchParam
  const query = new URLSearchParams({
    cb: callback,
    param: JSON.stringify(param),
    _: String(Date.now()),
  })
  const text = await getText(upstreamPath('eastmoney', 'search', `/search/jsonp?${query}`), {
    signal,
    source,
  })
  const answer = validateWire(
    WireSearchResponse,
    parseJson(unwrapJsonp(text, source, callback), source),
    source,
  )
  if (answer.code !== 0) {
    throw new UpstreamDataError(
      source,
      `refused "${term}" (code ${answer.code}${answer.msg ? ` ${answer.msg}` : ''})`,
    )
  }
  // The result key changed between cmsArticleWebOld and cmsArticle several times in 2025.
  const articles = answer.result?.cmsArticleWebOld ?? answer.result?.cmsArticle
  if (articles === undefined) {
    throw new UpstreamDataError(source, `no cmsArticleWebOld or cmsArticle list for "${term}"`)
  }

  const byId = new Map<string, NewsItem>()
  articles.forEach((article, index) => {
    const item = toNewsItem(article, index)
    if (!byId.has(item.id)) byId.set(item.id, item)
  })
  return [...byId.values()]
}

function toNewsItem(article: WireSearchArticle, index: number): NewsItem {
  const title = plainText(article.title)
  const bad = (problem: string) =>
    new UpstreamDataError(source, `bad article ${index} "${title}": ${problem}`)
  if (title === '') throw bad('empty title')
  const publishedAt = chinaDateTime(article.date)
  if (publishedAt === null) throw bad(`date "${article.date}" is not YYYY-MM-DD HH:mm:ss`)

  const code = article.code?.trim() ?? ''
  const url =
    safeExternalUrl(article.url) ??
    (/^[0-9A-Za-z]+$/.test(code)
      ? safeExternalUrl(`http://finance.eastmoney.com/a/${code}.html`)
      : null)
  const content = plainText(article.content ?? '')
  return {
    id: `eastmoney:${code !== '' ? code : fnv1a(`${url ?? ''}\n${title}`)}`,
    publishedAt,
    source: plainText(article.mediaName ?? '') || 'Eastmoney',
    title,
    url,
    tickers: tagTickers(`${title}\n${content}`),
    kind: 'news',
  }
}

/** jQuery-style callback name, as the search page itself sends (`jQuery3510…_<ms>`). */
function jsonpCallbackName(): string {
  const digits = Math.random().toString().slice(2, 18).padEnd(16, '0')
  return `jQuery3510${digits}_${Date.now()}`
}
