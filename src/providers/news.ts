import { marketOf } from '@/domain/tickers'
import type { NewsItem, Ticker } from '@/domain/types'
import { issuerOf } from '@/domain/universe'
import { fetchEastmoneyAnnouncements } from '@/providers/eastmoney/announcements'
import { fetchEastmoneyNews } from '@/providers/eastmoney/news'
import { type Attempt, fromSource, retryAfterMsOf, SourcesFailedError } from '@/providers/fallback'
import { fetchHkexAnnouncements } from '@/providers/hkex/announcements'
import {
  exchangeNow,
  type SourceFailure,
  type SourceName,
  type Sourced,
} from '@/providers/provenance'

/**
 * News and announcements about a listing, newest first, de-duplicated:
 *
 * - news: Eastmoney full-text search by the issuer's Chinese name;
 * - announcements: HKEXnews title search (HK listings) or Eastmoney's announcement list (A-shares).
 *
 * Both are asked in parallel, each under the failure memory of fallback.ts. One failing leaves the
 * other's items, and the provenance lists the failure; both failing is a SourcesFailedError. The
 * provenance is real-time (the lists as the sources serve them now), as of the newest item.
 */
export async function fetchNews(
  ticker: Ticker,
  { signal }: { signal?: AbortSignal | undefined } = {},
): Promise<Sourced<NewsItem[]>> {
  const parts: Attempt<NewsItem[]>[] = [
    {
      source: 'Eastmoney news',
      run: (s) => fetchEastmoneyNews(issuerOf(ticker).nameZh, { signal: s }),
    },
    marketOf(ticker) === 'HK'
      ? { source: 'HKEXnews', run: (s) => fetchHkexAnnouncements(ticker, { signal: s }) }
      : {
          source: 'Eastmoney announcements',
          run: (s) => fetchEastmoneyAnnouncements(ticker, { signal: s }),
        },
  ]
  const settled = await Promise.allSettled(parts.map((part) => fromSource(part, { signal })))
  if (signal?.aborted) throw signal.reason
  const lists: NewsItem[][] = []
  const sources: SourceName[] = []
  const failures: SourceFailure[] = []
  const errors: unknown[] = []
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      lists.push(result.value.value)
      sources.push(result.value.source)
    } else {
      errors.push(result.reason)
      failures.push(
        ...(result.reason instanceof SourcesFailedError
          ? result.reason.failures
          : [
              {
                source: parts[i]?.source ?? 'Eastmoney news',
                message: String(result.reason),
                skipped: false,
              },
            ]),
      )
    }
  })
  if (lists.length === 0) {
    const waits = errors.map(retryAfterMsOf).filter((wait): wait is number => wait !== null)
    throw new SourcesFailedError(failures, errors, waits.length > 0 ? Math.min(...waits) : null)
  }
  const data = dedupeNews(lists)
  return {
    data,
    provenance: {
      sources,
      fetchedAt: exchangeNow(),
      asOf: data[0]?.publishedAt ?? null,
      freshness: 'real-time',
      fallbackUsed: false,
      failures,
    },
  }
}

/** Title without markup, spaces or punctuation, for matching copies of one item. */
function titleKey(title: string): string {
  return title.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '')
}

/**
 * Items of several lists as one, newest first: the same id, or the same title published in the
 * same minute, is one item. The announcement (the filing itself) wins over a news copy; tickers
 * are united.
 */
export function dedupeNews(lists: readonly (readonly NewsItem[])[]): NewsItem[] {
  const byKey = new Map<string, NewsItem>()
  const keyOf = new Map<string, string>()
  for (const item of lists.flat()) {
    const keys = [`id:${item.id}`, `title:${titleKey(item.title)}@${item.publishedAt.slice(0, 16)}`]
    const known = keys.map((key) => keyOf.get(key)).find((key) => key !== undefined)
    const existing = known === undefined ? undefined : byKey.get(known)
    const primaryKey = known ?? keys[0] ?? item.id
    if (!existing) {
      byKey.set(primaryKey, item)
    } else {
      const preferred =
        existing.kind !== 'announcement' && item.kind === 'announcement' ? item : existing
      byKey.set(primaryKey, {
        ...preferred,
        tickers: [...new Set([...existing.tickers, ...item.tickers])],
      })
    }
    for (const key of keys) keyOf.set(key, primaryKey)
  }
  return [...byKey.values()].sort(
    (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.id.localeCompare(b.id),
  )
}
