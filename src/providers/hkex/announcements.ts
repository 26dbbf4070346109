import { addDays, compactDate, isIsoDate } from '@/domain/dates'
import { safeExternalUrl } from '@/domain/external-url'
import { marketOf, tickerCode } from '@/domain/tickers'
import type { IsoDate, IsoDateTime, NewsItem, Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'
import { getText, parseJson, UpstreamDataError } from '@/providers/http'
import {
  type WireHkexDocument,
  WireHkexDocuments,
  WireHkexPrefixResponse,
  WireHkexTitleSearchResponse,
} from '@/providers/hkex/wire'
import { unwrapJsonp } from '@/providers/jsonp'
import { fnv1a, plainText } from '@/providers/text'
import { upstreamPath } from '@/providers/upstream'
import { validateWire } from '@/providers/validate'

const source = 'HKEXnews'
const origin = 'https://www1.hkexnews.hk'
/** The name prefix.do wraps its answer in (it echoes the requested callback). */
const callback = 'callback'

/** stockId by 5-digit code: HKEX's internal ids do not change. */
const stockIds = new Map<string, string>()

/** Forgets the looked-up stock ids (tests). */
export function resetHkexStockIds(): void {
  stockIds.clear()
}

export interface HkexOptions {
  signal?: AbortSignal | undefined
  /** Today in Hong Kong (default: from the clock). */
  today?: IsoDate
  /** Days back from today searched (default 730). */
  days?: number
  /** Documents asked for (`rowRange`, default 100): the newest first. */
  rows?: number
}

/**
 * Latest filings of an HK listing from HKEXnews' title search, newest first, Chinese titles
 * (`lang=ZH`). Two requests: `prefix.do` (JSONP, read as text: no script is injected) turns the
 * code into HKEX's `stockId` (cached), then `titleSearchServlet.do` lists the documents; its
 * `result` is a JSON array written as a string and is parsed twice.
 *
 * Items: `kind: 'announcement'`, source HKEXnews, title as plain text (markup stripped), URL
 * `https://www1.hkexnews.hk` + FILE_LINK (through {@link safeExternalUrl}), time `DATE_TIME` at +08:00, tickers the
 * universe listings among STOCK_CODE (always including the one asked for). An empty result is an
 * empty list; an unknown code, a malformed answer or document is an UpstreamDataError.
 */
export async function fetchHkexAnnouncements(
  ticker: Ticker,
  { signal, today = hongKongToday(), days = 730, rows = 100 }: HkexOptions = {},
): Promise<NewsItem[]> {
  if (marketOf(ticker) !== 'HK') {
    throw new RangeError(`${source} lists HK filings; ${ticker} is not an HK listing`)
  }
  if (!isIsoDate(today)) throw new RangeError(`${source}: bad date ${today}`)
  const stockId = await lookUpStockId(ticker, signal)
  const query = new URLSearchParams({
    sortDir: '0',
    sortByOptions: 'DateTime',
    category: '0',
    market: 'SEHK',
    stockId,
    documentType: '-1',
    fromDate: compactDate(addDays(today, -days)),
    toDate: compactDate(today),
    title: '',
    searchType: '0',
    t1code: '-2',
    t2Gcode: '-2',
    t2code: '-2',
    rowRange: String(rows),
    lang: 'ZH',
  })
  const path = upstreamPath('hkex', 'www1', `/search/titleSearchServlet.do?${query}`)
  const answer = validateWire(
    WireHkexTitleSearchResponse,
    parseJson(await getText(path, { signal, source }), source),
    source,
  )
  const inner = answer.result === null ? null : parseJson(answer.result, `${source} result`)
  if (inner === null) return []
  const documents = validateWire(WireHkexDocuments, inner, source)
  const byId = new Map<string, NewsItem>()
  documents.forEach((document, index) => {
    const item = toNewsItem(document, ticker, index)
    if (!byId.has(item.id)) byId.set(item.id, item)
  })
  return [...byId.values()].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
}

async function lookUpStockId(ticker: Ticker, signal: AbortSignal | undefined): Promise<string> {
  const code = tickerCode(ticker)
  const known = stockIds.get(code)
  if (known) return known
  // prefix.do matches on the code without its leading zeros; the answer carries the 5-digit code.
  const query = new URLSearchParams({
    callback,
    lang: 'EN',
    type: 'A',
    name: code.replace(/^0+(?=\d)/, ''),
    market: 'SEHK',
  })
  const text = await getText(upstreamPath('hkex', 'www1', `/search/prefix.do?${query}`), {
    signal,
    source,
  })
  const answer = validateWire(
    WireHkexPrefixResponse,
    parseJson(unwrapJsonp(text, source, callback), source),
    source,
  )
  const match = answer.stockInfo.find((stock) => stock.code === code)
  const stockId = match === undefined ? '' : String(match.stockId).trim()
  if (!/^\d+$/.test(stockId)) {
    throw new UpstreamDataError(
      source,
      `no stock ${code} in the prefix search (got ${answer.stockInfo.map((s) => s.code).join(', ') || 'none'})`,
    )
  }
  stockIds.set(code, stockId)
  return stockId
}

function toNewsItem(document: WireHkexDocument, asked: Ticker, index: number): NewsItem {
  const title = plainText(document.TITLE)
  const bad = (problem: string) =>
    new UpstreamDataError(source, `bad document ${index} "${title}": ${problem}`)
  if (title === '') throw bad('empty title')
  const publishedAt = hongKongDateTime(document.DATE_TIME)
  if (publishedAt === null) throw bad(`DATE_TIME "${document.DATE_TIME}" is not dd/MM/yyyy HH:mm`)
  const link = document.FILE_LINK.trim()
  const url =
    link.startsWith('/') && !link.startsWith('//')
      ? safeExternalUrl(`${origin}${link}`)
      : safeExternalUrl(link)
  const codes = document.STOCK_CODE.match(/\d{5}/g) ?? []
  const tickers = new Set<Ticker>([asked])
  for (const code of codes) {
    const ticker: Ticker = `${code}.HK`
    if (findListing(ticker)) tickers.add(ticker)
  }
  const id = String(document.NEWS_ID).trim()
  return {
    id: `hkex:${/^\d+$/.test(id) ? id : fnv1a(`${link}\n${title}`)}`,
    publishedAt,
    source,
    title,
    url,
    tickers: [...tickers],
    kind: 'announcement',
  }
}

/** `29/04/2025 17:00` (Hong Kong time) → `2025-04-29T17:00:00+08:00`, or null. */
function hongKongDateTime(text: string): IsoDateTime | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4}) ([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim())
  if (!match) return null
  const [, day, month, year, hours, minutes] = match
  const date = `${year}-${month}-${day}`
  return isIsoDate(date) ? `${date}T${hours}:${minutes}:00+08:00` : null
}

/** Today's date in Hong Kong (UTC+8, no daylight saving). */
function hongKongToday(): IsoDate {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
}
