import type { Ticker } from '@/domain/types'
import { drop, isRecord, objectAt, rename, rowsAt } from '@mocks/faults/json-edits'
import { quoteSymbols } from '@mocks/faults/quote-lines'
import { blockedPage, callbackOf, jsonOrJsonp } from '@mocks/faults/responses'
import { baiduEmptyBody, baiduErrorBody, baiduOpendataPath } from '@mocks/handlers/baidu'
import { csindexEmptyBody, csindexPerfPath } from '@mocks/handlers/csindex'
import {
  datacenterPath,
  emptyKlineBody,
  klinePath,
  noRowsBody,
  searchPath,
  unknownReportBody,
} from '@mocks/handlers/eastmoney'
import { announcementsPath } from '@mocks/handlers/eastmoney-announcements'
import { ulistEmptyBody, ulistPath } from '@mocks/handlers/eastmoney-quotes'
import {
  hkexPrefixPath,
  hkexTitleSearchBody,
  hkexTitleSearchPath,
  sampleStockId,
} from '@mocks/handlers/hkex'
import { tencentGbkQuotePath, tencentKlinePath, tencentQuotePath } from '@mocks/handlers/tencent'
import { jsonResponse, textResponse } from '@mocks/handlers/respond'

/**
 * The endpoints the fault scenarios target: each happy-path handler's path, how its answer is
 * reshaped or refused, and which requests concern one listing.
 */

/** The upstreams a scenario can target (the `<source>` of `/upstream/<source>/<host>/…`). */
export const faultSources = ['eastmoney', 'tencent', 'baidu', 'csindex', 'hkex'] as const
export type FaultSource = (typeof faultSources)[number]

interface JsonShapes {
  kind: 'json'
  /** A field the parser needs, removed. */
  missing: (json: unknown) => unknown
  /** The same field under another name. */
  renamed: (json: unknown) => unknown
  /** A valid answer with nothing in it. */
  empty: (json: unknown) => unknown
  /** A refusal in the upstream's own terms (`rc ≠ 0`, `data: null`, `success: false`, …). */
  refused: (request: Request) => Response
}

/** Tencent's `v_<symbol>="…~…";` quote lines, in GBK or UTF-8. */
interface QuoteShapes {
  kind: 'quotes'
  charset: 'gbk' | 'utf-8'
}

export interface Endpoint {
  source: FaultSource
  /** The happy-path handler's path constant. */
  path: string
  shapes: JsonShapes | QuoteShapes
  /** Whether a request concerns `ticker` (the one-ticker scenario), given its vendor symbols. */
  concerns: (url: URL, ids: TickerIds) => boolean
}

/** A listing's symbols on each upstream. */
export interface TickerIds {
  ticker: Ticker
  code: string
  secid: string
  tencent: string
}

/** The ways the shape scenarios change a real answer. */
export type Shape = 'missing' | 'renamed' | 'empty'

const never = () => false

export const endpoints: readonly Endpoint[] = [
  {
    source: 'eastmoney',
    path: klinePath,
    shapes: {
      kind: 'json',
      missing: (json) => drop(objectAt(json, 'data'), 'klines'),
      renamed: (json) => rename(objectAt(json, 'data'), 'klines', 'kline'),
      empty: (json) => {
        const data = objectAt(json, 'data')
        if (data) Object.assign(data, { klines: [], dktotal: 0 })
      },
      refused: (request) => jsonOrJsonp(request, 'cb', { ...emptyKlineBody, rc: 102 }),
    },
    concerns: (url, { secid }) => url.searchParams.get('secid') === secid,
  },
  {
    source: 'eastmoney',
    path: datacenterPath,
    shapes: {
      kind: 'json',
      missing: (json) => {
        for (const row of rowsAt(json, 'result', 'data')) drop(row, 'TRADE_DATE', 'REPORT_DATE')
      },
      renamed: (json) => {
        for (const row of rowsAt(json, 'result', 'data')) {
          rename(row, 'TRADE_DATE', 'TRADEDATE')
          rename(row, 'REPORT_DATE', 'REPORTDATE')
        }
      },
      empty: () => noRowsBody,
      refused: (request) => jsonOrJsonp(request, 'callback', unknownReportBody),
    },
    concerns: (url, { ticker, code }) => {
      const filter = url.searchParams.get('filter') ?? ''
      return filter.includes(ticker) || new RegExp(`=["']${code}["']`).test(filter)
    },
  },
  {
    source: 'eastmoney',
    path: searchPath,
    shapes: {
      kind: 'json',
      missing: (json) => drop(objectAt(json, 'result'), 'cmsArticleWebOld', 'cmsArticle'),
      renamed: (json) => {
        const result = objectAt(json, 'result')
        rename(result, 'cmsArticleWebOld', 'cmsArticleWebNew')
        rename(result, 'cmsArticle', 'cmsArticleWebNew')
      },
      empty: (json) => {
        const result = objectAt(json, 'result')
        if (result) for (const key of Object.keys(result)) result[key] = []
        if (isRecord(json)) json.hitsTotal = 0
      },
      refused: (request) =>
        textResponse(
          `${callbackOf(request, 'cb')}(${JSON.stringify({ code: 100001, msg: '系统繁忙', result: null, hitsTotal: 0 })})`,
          { headers: { 'Content-Type': 'application/javascript; charset=UTF-8' } },
        ),
    },
    // News search is by issuer name, not by listing: the one-ticker scenario leaves it alone.
    concerns: never,
  },
  {
    source: 'eastmoney',
    path: ulistPath,
    shapes: {
      kind: 'json',
      missing: (json) => drop(objectAt(json, 'data'), 'diff'),
      renamed: (json) => rename(objectAt(json, 'data'), 'diff', 'list'),
      empty: () => ulistEmptyBody,
      refused: () => jsonResponse({ ...ulistEmptyBody, rc: 102 }),
    },
    concerns: (url, { secid }) => (url.searchParams.get('secids') ?? '').split(',').includes(secid),
  },
  {
    source: 'eastmoney',
    path: announcementsPath,
    shapes: {
      kind: 'json',
      missing: (json) => drop(objectAt(json, 'data'), 'list'),
      renamed: (json) => rename(objectAt(json, 'data'), 'list', 'items'),
      empty: (json) => {
        const data = objectAt(json, 'data')
        if (data) Object.assign(data, { list: [], total_hits: 0 })
      },
      refused: () => jsonResponse({ data: null, error: '服务繁忙，请稍后再试', success: 0 }),
    },
    concerns: (url, { code }) => url.searchParams.get('stock_list') === code,
  },
  {
    source: 'tencent',
    path: tencentGbkQuotePath,
    shapes: { kind: 'quotes', charset: 'gbk' },
    concerns: (url, { tencent }) => quoteSymbols(url).includes(tencent),
  },
  {
    source: 'tencent',
    path: tencentQuotePath,
    shapes: { kind: 'quotes', charset: 'utf-8' },
    concerns: (url, { tencent }) => quoteSymbols(url).includes(tencent),
  },
  {
    source: 'tencent',
    path: tencentKlinePath,
    shapes: {
      kind: 'json',
      missing: (json) => {
        for (const series of Object.values(objectAt(json, 'data') ?? {}))
          drop(isRecord(series) ? series : null, 'qfqday', 'hfqday', 'day')
      },
      renamed: (json) => {
        for (const series of Object.values(objectAt(json, 'data') ?? {}))
          rename(isRecord(series) ? series : null, 'qfqday', 'qfq_day')
      },
      empty: (json) => {
        for (const series of Object.values(objectAt(json, 'data') ?? {}))
          if (isRecord(series) && 'qfqday' in series) series.qfqday = []
      },
      refused: (request) => {
        const body = JSON.stringify({ code: -1, msg: 'param error', data: [] })
        const variable = new URL(request.url).searchParams.get('_var')
        return textResponse(variable ? `${variable}=${body}` : body)
      },
    },
    concerns: (url, { tencent }) => (url.searchParams.get('param') ?? '').startsWith(`${tencent},`),
  },
  {
    source: 'baidu',
    path: baiduOpendataPath,
    shapes: {
      kind: 'json',
      missing: (json) => {
        for (const item of rowsAt(json, 'Result'))
          drop(objectAt(item, 'DisplayData', 'resultData', 'tplData', 'result'), 'chartInfo')
      },
      renamed: (json) => {
        for (const item of rowsAt(json, 'Result'))
          rename(
            objectAt(item, 'DisplayData', 'resultData', 'tplData', 'result'),
            'chartInfo',
            'chart_info',
          )
      },
      empty: () => baiduEmptyBody,
      refused: () => jsonResponse(baiduErrorBody),
    },
    concerns: (url, { code }) => url.searchParams.get('code') === code,
  },
  {
    source: 'csindex',
    path: csindexPerfPath,
    shapes: {
      kind: 'json',
      missing: (json) => {
        for (const row of rowsAt(json, 'data')) drop(row, 'tradeDate')
      },
      renamed: (json) => {
        for (const row of rowsAt(json, 'data')) rename(row, 'tradeDate', 'trade_date')
      },
      empty: () => csindexEmptyBody,
      refused: () => jsonResponse({ code: '500', msg: '系统繁忙', data: null, success: false }),
    },
    concerns: never,
  },
  {
    source: 'hkex',
    path: hkexPrefixPath,
    shapes: {
      kind: 'json',
      missing: (json) => drop(isRecord(json) ? json : null, 'stockInfo'),
      renamed: (json) => rename(isRecord(json) ? json : null, 'stockInfo', 'stockinfo'),
      empty: (json) => {
        if (isRecord(json)) Object.assign(json, { more: '0', stockInfo: [] })
      },
      refused: blockedPage,
    },
    concerns: (url, { code, ticker }) =>
      ticker.endsWith('.HK') && url.searchParams.get('name') === code.replace(/^0+(?=\d)/, ''),
  },
  {
    source: 'hkex',
    path: hkexTitleSearchPath,
    shapes: {
      kind: 'json',
      missing: (json) => drop(isRecord(json) ? json : null, 'result'),
      renamed: (json) => rename(isRecord(json) ? json : null, 'result', 'results'),
      empty: () => hkexTitleSearchBody(null),
      refused: blockedPage,
    },
    concerns: (url, { code, ticker }) =>
      ticker.endsWith('.HK') && url.searchParams.get('stockId') === String(sampleStockId(code)),
  },
]
