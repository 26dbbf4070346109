import { z } from 'zod'

/**
 * Eastmoney wire formats, as the real hosts send them (see upstream-apis.md §2.1, §4.1, §6.1).
 * Loose objects: bookkeeping fields (`rt`, `svr`, `searchId`, …) pass through unchecked.
 */

/**
 * push2his `/api/qt/stock/kline/get`. A refused or unknown request still answers `rc: 0`, with
 * `data: null` or an empty `klines` array. Each kline is a CSV row in the order of `fields2`.
 */
export const WireKlineResponse = z.looseObject({
  rc: z.number(),
  data: z
    .looseObject({
      code: z.string(),
      market: z.number(),
      name: z.string(),
      decimal: z.number(),
      /** Bars available in total for the secid, whatever `beg`/`end`/`lmt` selected. */
      dktotal: z.number(),
      /** Close before the first returned bar (present when `fields1` asks for f6). */
      preKPrice: z.number().optional(),
      klines: z.array(z.string()),
    })
    .nullable(),
})
export type WireKlineResponse = z.infer<typeof WireKlineResponse>

/** One row of datacenter report RPT_VALUEANALYSIS_DET (A-share valuation per stock and day). */
export const WireValuationRow = z.looseObject({
  SECUCODE: z.string().optional(),
  SECURITY_CODE: z.string(),
  SECURITY_NAME_ABBR: z.string().optional(),
  /** `YYYY-MM-DD 00:00:00`. */
  TRADE_DATE: z.string(),
  CLOSE_PRICE: z.number().nullable().optional(),
  /** Yuan (not 10 k, not 100 m). */
  TOTAL_MARKET_CAP: z.number(),
  TOTAL_SHARES: z.number().nullable().optional(),
  /** Negative for a loss-maker; null when not published. */
  PE_TTM: z.number().nullable().optional(),
  PB_MRQ: z.number().nullable().optional(),
  PS_TTM: z.number().nullable().optional(),
})
export type WireValuationRow = z.infer<typeof WireValuationRow>

/**
 * datacenter-web `/api/data/v1/get`. Failures still answer HTTP 200: `success: false` with
 * `result: null`, e.g. code 9201 返回数据为空 (no rows) or 9501 报表配置不存在 (unknown report).
 */
export const WireDatacenterResponse = z.looseObject({
  version: z.string().nullable().optional(),
  success: z.boolean(),
  code: z.number(),
  message: z.string().optional(),
  result: z
    .looseObject({
      pages: z.number(),
      count: z.number(),
      data: z.array(WireValuationRow),
    })
    .nullable()
    .optional(),
})
export type WireDatacenterResponse = z.infer<typeof WireDatacenterResponse>

/** One article of the full-text search; `title` and `content` carry `<em>` highlights. */
export const WireSearchArticle = z.looseObject({
  /** `YYYY-MM-DD HH:mm:ss`, China time. */
  date: z.string(),
  title: z.string(),
  content: z.string().optional(),
  mediaName: z.string().optional(),
  /** Article id; the page is `http://finance.eastmoney.com/a/<code>.html`. */
  code: z.string().optional(),
  url: z.string().optional(),
  image: z.string().optional(),
})
export type WireSearchArticle = z.infer<typeof WireSearchArticle>

/**
 * search-api-web `/search/jsonp`, once the `cb(…)` wrapper is removed. The article list sits under
 * the requested type, `cmsArticleWebOld`, or `cmsArticle` (the key changed back and forth in 2025).
 */
export const WireSearchResponse = z.looseObject({
  code: z.number(),
  msg: z.string().optional(),
  result: z
    .looseObject({
      cmsArticleWebOld: z.array(WireSearchArticle).optional(),
      cmsArticle: z.array(WireSearchArticle).optional(),
    })
    .nullable()
    .optional(),
})
export type WireSearchResponse = z.infer<typeof WireSearchResponse>

/** The `param` query parameter of the search request (JSON). */
export const WireSearchParam = z.looseObject({
  uid: z.string(),
  keyword: z.string(),
  type: z.array(z.string()),
  client: z.string(),
  clientType: z.string(),
  clientVersion: z.string(),
  param: z.record(
    z.string(),
    z.looseObject({
      searchScope: z.string(),
      sort: z.string(),
      pageIndex: z.number(),
      pageSize: z.number(),
      preTag: z.string(),
      postTag: z.string(),
    }),
  ),
})
export type WireSearchParam = z.infer<typeof WireSearchParam>
