import { safeExternalUrl } from '@/domain/external-url'
import { marketOf, tickerCode } from '@/domain/tickers'
import type { NewsItem, Ticker } from '@/domain/types'
import { universe } from '@/domain/universe'
import { getText, parseJson, UpstreamDataError } from '@/providers/http'
import { chinaDateTime } from '@/providers/eastmoney/values'
import { type WireAnnouncement, WireAnnouncementResponse } from '@/providers/eastmoney/wire'
import { plainText } from '@/providers/text'
import { upstreamPath } from '@/providers/upstream'
import { validateWire } from '@/providers/validate'

const source = 'Eastmoney announcements'

/** The notice page Eastmoney publishes for each announcement. */
export function eastmoneyNoticeUrl(code: string, artCode: string): string {
  return `https://data.eastmoney.com/notices/detail/${code}/${artCode}.html`
}

/**
 * Latest exchange announcements of an A-share listing from Eastmoney
 * (`np-anotice-stock.eastmoney.com/api/security/ann?…&stock_list=600276`, all categories,
 * `ann_type=A`), newest first, up to 50.
 *
 * Items: `kind: 'announcement'`, source SSE / SZSE by the listing's exchange (the filer's
 * venue; Eastmoney only relays), the title as plain text, the URL of Eastmoney's notice page built
 * from `art_code`, time `display_time` when it parses, else the `notice_date` day at 00:00 (+08:00),
 * tickers the universe A-share listings among `codes`. An empty list is no announcements;
 * `data: null` or a malformed item is an UpstreamDataError.
 */
export async function fetchEastmoneyAnnouncements(
  ticker: Ticker,
  { signal }: { signal?: AbortSignal | undefined } = {},
): Promise<NewsItem[]> {
  const code = tickerCode(ticker)
  if (marketOf(ticker) !== 'A') {
    throw new RangeError(`${source} lists A-share filings; ${ticker} is not an A-share listing`)
  }
  const query = new URLSearchParams({
    sr: '-1',
    page_size: '50',
    page_index: '1',
    ann_type: 'A',
    client_source: 'web',
    f_node: '0',
    s_node: '0',
    stock_list: code,
  })
  const path = upstreamPath('eastmoney', 'anotice', `/api/security/ann?${query}`)
  const answer = validateWire(
    WireAnnouncementResponse,
    parseJson(await getText(path, { signal, source }), source),
    source,
  )
  if (answer.data === null) {
    throw new UpstreamDataError(
      source,
      `no data for ${ticker}${answer.error ? ` (${answer.error})` : ''}`,
    )
  }
  const byId = new Map<string, NewsItem>()
  answer.data.list.forEach((notice, index) => {
    const item = toNewsItem(notice, ticker, index)
    if (!byId.has(item.id)) byId.set(item.id, item)
  })
  return [...byId.values()].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
}

function toNewsItem(notice: WireAnnouncement, asked: Ticker, index: number): NewsItem {
  const title = plainText(notice.title)
  const bad = (problem: string) =>
    new UpstreamDataError(source, `bad announcement ${index} "${title}": ${problem}`)
  if (title === '') throw bad('empty title')
  const artCode = notice.art_code.trim()
  if (!/^[A-Za-z0-9]+$/.test(artCode)) throw bad(`art_code "${notice.art_code}"`)
  const publishedAt =
    chinaDateTime(notice.display_time ?? '') ??
    chinaDateTime(notice.notice_date) ??
    chinaDateTime(`${notice.notice_date.trim()} 00:00:00`)
  if (publishedAt === null) throw bad(`notice_date "${notice.notice_date}" is not a date`)
  const codes = new Set((notice.codes ?? []).map((entry) => entry.stock_code.trim()))
  const tickers = new Set<Ticker>([asked])
  for (const listing of universe) {
    if (listing.market === 'A' && codes.has(tickerCode(listing.ticker))) tickers.add(listing.ticker)
  }
  return {
    id: `eastmoney-notice:${artCode}`,
    publishedAt,
    source: asked.endsWith('.SH') ? 'SSE' : 'SZSE',
    title,
    url: safeExternalUrl(eastmoneyNoticeUrl(tickerCode(asked), artCode)),
    tickers: [...tickers],
    kind: 'announcement',
  }
}
