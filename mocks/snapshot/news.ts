import type { Board, DateRange, IsoDate, Ticker } from '@/domain/types'
import { issuers, type Listing } from '@/domain/universe'
import type { ReportEvent } from '@mocks/snapshot/fundamentals'
import { randomStream } from '@mocks/snapshot/random'
import type { SnapshotNews } from '@mocks/snapshot/types'

/**
 * News of the sample snapshot. One real article (财联社, 2025-02-26, linked through the site's own
 * search because its address is unknown); everything else is a neutral, clearly labelled sample
 * announcement (results, trading halts, listings) that invents no event: each names its issuer and
 * links to the listing's real announcement search page.
 */
const clsTitle = '港股科技重估“暗线”:创新药板块也有望迎DeepSeeK时刻'

export const clsArticle: SnapshotNews = {
  id: 'cls-2025-02-26-0901',
  publishedAt: '2025-02-26T09:01:00+08:00',
  source: '财联社',
  title: clsTitle,
  content:
    '文章讨论创新药企业可能迎来的估值重估；相关公司：复宏汉霖、君实生物、荣昌生物、百济神州。',
  url: `https://www.cls.cn/searchPage?keyword=${encodeURIComponent(clsTitle)}&type=all`,
  tickers: ['02696.HK', '01877.HK', '09995.HK', '06160.HK'],
  kind: 'news',
}

const hkexSearch = 'https://www1.hkexnews.hk/search/titlesearch.xhtml?lang=en'

/** Announcement source and search page of a listing. */
export function announcementSource(listing: Listing): { source: string; url: string } {
  const code = listing.ticker.slice(0, listing.ticker.indexOf('.'))
  if (listing.exchange === 'HKEX') return { source: 'HKEXnews', url: hkexSearch }
  if (listing.exchange === 'SSE') {
    return {
      source: 'SSE',
      url: `https://www.sse.com.cn/assortment/stock/list/info/announcement/index.shtml?productId=${code}`,
    }
  }
  return {
    source: 'SZSE',
    url: `https://www.szse.cn/disclosure/listed/notice/index.html?stock=${code}`,
  }
}

const periodTitle: Record<ReportEvent['period'], (year: number) => [en: string, zh: string]> = {
  FY: (year) => [`${year} annual results`, `${year}年年度业绩`],
  H1: (year) => [`${year} interim results`, `${year}年中期业绩`],
  Q1: (year) => [`Q1 ${year} report`, `${year}年第一季度报告`],
  Q3: (year) => [`Q3 ${year} report`, `${year}年第三季度报告`],
}

const listingBoard: Record<Board, [en: string, zh: string]> = {
  'HK Main': ['the Main Board of HKEX', '香港联交所主板'],
  'SSE Main': ['the SSE Main Board', '上交所主板'],
  STAR: ['the STAR Market', '科创板'],
  'SZSE Main': ['the SZSE Main Board', '深交所主板'],
  ChiNext: ['ChiNext', '创业板'],
}

const pad2 = (n: number) => String(n).padStart(2, '0')

function announcement(
  listing: Listing,
  date: IsoDate,
  [hour, minute]: [number, number],
  title: string,
  body: string,
): SnapshotNews {
  const issuer = issuers.find((candidate) => candidate.id === listing.issuerId)
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return {
    id: `sample-${listing.ticker}-${date}-${slug}`,
    publishedAt: `${date}T${pad2(hour)}:${pad2(minute)}:00+08:00`,
    ...announcementSource(listing),
    title: `Sample: ${title}`,
    content: `${issuer?.nameZh ?? listing.nameZh}（${listing.ticker}）${body}（合成样本数据，非真实公告）`,
    tickers: [listing.ticker],
    kind: 'announcement',
  } satisfies SnapshotNews
}

/** Usual release time of results: HK at noon or after 16:30, A-shares 17:30–20:00 (UTC+8). */
function resultsTime(seed: number, listing: Listing, date: IsoDate): [number, number] {
  const random = randomStream(seed, `news/${listing.ticker}/${date}`)
  if (listing.market === 'HK' && random.uniform() < 0.35) return [12, 0]
  const minutes =
    listing.market === 'HK'
      ? 16 * 60 + 30 + 5 * random.int(0, 18)
      : 17 * 60 + 30 + 5 * random.int(0, 30)
  return [Math.floor(minutes / 60), minutes % 60]
}

/** Runs of consecutive suspension days (each run: first and last day). */
function runs(days: readonly IsoDate[], tradingDays: readonly IsoDate[]): [IsoDate, IsoDate][] {
  const position = new Map(tradingDays.map((day, i) => [day, i]))
  const out: [IsoDate, IsoDate][] = []
  for (const day of [...days].sort()) {
    const last = out[out.length - 1]
    if (last && position.get(day) === (position.get(last[1]) ?? -2) + 1) last[1] = day
    else out.push([day, day])
  }
  return out
}

export interface NewsInput {
  seed: number
  range: DateRange
  listings: readonly Listing[]
  reportsByIssuer: ReadonlyMap<string, readonly ReportEvent[]>
  suspensions: ReadonlyMap<Ticker, readonly IsoDate[]>
  tradingDays: (listing: Listing) => readonly IsoDate[]
}

export function generateNews(input: NewsInput): SnapshotNews[] {
  const { seed, range, listings } = input
  const items: SnapshotNews[] = []
  const inRange = (date: IsoDate) => range.from <= date && date <= range.to
  for (const listing of listings) {
    const a = listing.market === 'A'
    for (const { period, year, report } of input.reportsByIssuer.get(listing.issuerId) ?? []) {
      const date = report.publishedOn
      if (!inRange(date) || date < listing.listingDate) continue
      const [en, zh] = periodTitle[period](year)
      items.push(
        announcement(listing, date, resultsTime(seed, listing, date), en, `发布${zh}公告。`),
      )
    }
    for (const [first, last] of runs(
      input.suspensions.get(listing.ticker) ?? [],
      input.tradingDays(listing),
    )) {
      const [halt, resume] = a ? ['停牌', '复牌'] : ['短暂停止买卖', '恢复买卖']
      if (inRange(first))
        items.push(
          announcement(listing, first, a ? [7, 45] : [8, 45], 'trading halt', `股份${halt}。`),
        )
      if (inRange(last))
        items.push(
          announcement(
            listing,
            last,
            a ? [19, 30] : [17, 0],
            'resumption of trading',
            `股份将于下一交易日${resume}。`,
          ),
        )
    }
    if (inRange(listing.listingDate)) {
      const [en, zh] = listingBoard[listing.board]
      items.push(
        announcement(
          listing,
          listing.listingDate,
          [7, 30],
          `listing on ${en}`,
          `股份于${zh}上市。`,
        ),
      )
    }
  }
  if (inRange(clsArticle.publishedAt.slice(0, 10))) items.push(clsArticle)
  return items.sort(
    (x, y) => x.publishedAt.localeCompare(y.publishedAt) || x.id.localeCompare(y.id),
  )
}
