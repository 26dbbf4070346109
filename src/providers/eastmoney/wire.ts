import { z } from 'zod'
import '@/providers/zod-setup'

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

/**
 * One row of datacenter report RPT_HKF10_FN_MAININDICATOR (HK F10 main indicators, one row per
 * report), as public clients read it. Only the fields used here are declared; the report carries
 * many more (EPS, ROE, margins, YoY growth). Money in units of `CURRENCY`, cumulated from the
 * start of the financial year.
 */
export const WireHkMainIndicatorRow = z.looseObject({
  SECUCODE: z.string(),
  SECURITY_CODE: z.string().optional(),
  SECURITY_NAME_ABBR: z.string().nullable().optional(),
  /** Period end, `YYYY-MM-DD 00:00:00`. */
  REPORT_DATE: z.string(),
  /** `001` annual report; interim and quarterly codes vary between sources. */
  DATE_TYPE_CODE: z.string().nullable().optional(),
  /** e.g. 年报, 中报. */
  REPORT_TYPE: z.string().nullable().optional(),
  /** Currency of the figures, e.g. CNY, HKD, USD. */
  CURRENCY: z.string().nullable().optional(),
  /** Revenue (营业总收入), cumulated from the start of the financial year. */
  OPERATE_INCOME: z.number().nullable().optional(),
  /** Net profit attributable to shareholders (归母净利润), same basis. */
  HOLDER_PROFIT: z.number().nullable().optional(),
  /** Publication day, `YYYY-MM-DD 00:00:00`, when the report gives it. */
  NOTICE_DATE: z.string().nullable().optional(),
})
export type WireHkMainIndicatorRow = z.infer<typeof WireHkMainIndicatorRow>

/** datacenter-web `/api/data/v1/get` answering RPT_HKF10_FN_MAININDICATOR (same envelope). */
export const WireHkMainIndicatorResponse = WireDatacenterResponse.extend({
  result: z
    .looseObject({
      pages: z.number(),
      count: z.number(),
      data: z.array(WireHkMainIndicatorRow),
    })
    .nullable()
    .optional(),
})
export type WireHkMainIndicatorResponse = z.infer<typeof WireHkMainIndicatorResponse>

/**
 * A list-endpoint value (`push2 …/ulist.np/get`): a number, or `"-"` when there is no figure (no
 * trade yet, suspended). Without `fltt` prices are integers scaled by 10^decimals (HK 1000,
 * A-share 100) and percentages by 100; with `fltt=2` they are decimals.
 */
export const WireUlistValue = z.union([z.number(), z.literal('-')])
export type WireUlistValue = z.infer<typeof WireUlistValue>

/**
 * One security of a `ulist.np` answer, by field number (efinance `EASTMONEY_QUOTE_FIELDS`):
 * f2 last, f3 change %, f4 change, f5 volume (A-share lots, HK shares), f6 turnover, f9 dynamic
 * PE, f12 code, f13 market, f14 name, f15 high, f16 low, f17 open, f18 previous close, f20 total
 * market value (currency units, never scaled), f21 float value, f23 PB, f124 update time (unix
 * seconds), f297 trade date (YYYYMMDD).
 */
export const WireUlistRow = z.looseObject({
  f2: WireUlistValue,
  f3: WireUlistValue,
  f4: WireUlistValue.optional(),
  f5: WireUlistValue.optional(),
  f6: WireUlistValue.optional(),
  f9: WireUlistValue.optional(),
  f12: z.string(),
  f13: z.number(),
  f14: z.string(),
  f15: WireUlistValue.optional(),
  f16: WireUlistValue.optional(),
  f17: WireUlistValue.optional(),
  f18: WireUlistValue,
  f20: WireUlistValue.optional(),
  f21: WireUlistValue.optional(),
  f23: WireUlistValue.optional(),
  f124: WireUlistValue.optional(),
  f297: z.union([z.number(), z.string()]).optional(),
})
export type WireUlistRow = z.infer<typeof WireUlistRow>

/**
 * push2 / push2delay `/api/qt/ulist.np/get?secids=…&fields=…`: `{"rc":0,…,"data":{"total":2,
 * "diff":[…]}}`. `diff` is an array here; the list endpoints also send it as an object keyed
 * "0", "1", … (both accepted). `data: null` for secids the host does not know, or a refusal.
 */
export const WireUlistResponse = z.looseObject({
  rc: z.number(),
  data: z
    .looseObject({
      total: z.number().optional(),
      diff: z.union([z.array(WireUlistRow), z.record(z.string(), WireUlistRow)]),
    })
    .nullable(),
})
export type WireUlistResponse = z.infer<typeof WireUlistResponse>

/**
 * One row of datacenter report RPT_VALUEINDUSTRY_DET (Eastmoney industry valuation, one board and
 * day). Column names from public clients (wisecon `IndustryValuation`, a Go struct, openfinance);
 * not every client reads every column, so all but the keys are optional.
 */
export const WireIndustryValuationRow = z.looseObject({
  /** 6-digit Eastmoney industry code, e.g. `016074` (电池). */
  BOARD_CODE: z.string(),
  BOARD_NAME: z.string(),
  ORIGINALCODE: z.string().nullable().optional(),
  /** `YYYY-MM-DD 00:00:00`. */
  TRADE_DATE: z.string(),
  PE_TTM: z.number().nullable().optional(),
  /** Static PE (last annual report). */
  PE_LAR: z.number().nullable().optional(),
  PB_MRQ: z.number().nullable().optional(),
  PS_TTM: z.number().nullable().optional(),
  PCF_OCF_TTM: z.number().nullable().optional(),
  PEG_CAR: z.number().nullable().optional(),
  TOTAL_MARKET_CAP: z.number().nullable().optional(),
  /** Constituents. */
  NUM: z.number().nullable().optional(),
  /** Loss-making constituents. */
  LOSS_COUNT: z.number().nullable().optional(),
})
export type WireIndustryValuationRow = z.infer<typeof WireIndustryValuationRow>

/** datacenter-web `/api/data/v1/get` answering RPT_VALUEINDUSTRY_DET (same envelope). */
export const WireIndustryValuationResponse = WireDatacenterResponse.extend({
  result: z
    .looseObject({
      pages: z.number(),
      count: z.number(),
      data: z.array(WireIndustryValuationRow),
    })
    .nullable()
    .optional(),
})
export type WireIndustryValuationResponse = z.infer<typeof WireIndustryValuationResponse>

/** The one-column query for the report's latest day (`columns=TRADE_DATE`, newest first). */
export const WireIndustryLatestDateResponse = WireDatacenterResponse.extend({
  result: z
    .looseObject({
      pages: z.number(),
      count: z.number(),
      data: z.array(z.looseObject({ TRADE_DATE: z.string() })),
    })
    .nullable()
    .optional(),
})
export type WireIndustryLatestDateResponse = z.infer<typeof WireIndustryLatestDateResponse>

/** One announcement of `np-anotice-stock …/api/security/ann` (akshare `stock_notice.py`). */
export const WireAnnouncement = z.looseObject({
  /** Id of the notice; its page is `https://data.eastmoney.com/notices/detail/<code>/<art_code>.html`. */
  art_code: z.string(),
  title: z.string(),
  /** `YYYY-MM-DD 00:00:00`: the publication day. */
  notice_date: z.string(),
  /** `YYYY-MM-DD HH:mm:ss[:SSS]`, when sent: the time the notice went up. */
  display_time: z.string().nullable().optional(),
  columns: z
    .array(z.looseObject({ column_code: z.string().optional(), column_name: z.string() }))
    .nullable()
    .optional(),
  codes: z
    .array(
      z.looseObject({
        stock_code: z.string(),
        short_name: z.string().optional(),
        ann_type: z.string().optional(),
      }),
    )
    .nullable()
    .optional(),
})
export type WireAnnouncement = z.infer<typeof WireAnnouncement>

/** `…/api/security/ann?…&stock_list=600276`: `{"data":{"list":[…],"total_hits":n},"success":1}`. */
export const WireAnnouncementResponse = z.looseObject({
  data: z
    .looseObject({
      list: z.array(WireAnnouncement),
      page_index: z.number().optional(),
      page_size: z.number().optional(),
      total_hits: z.number().optional(),
    })
    .nullable(),
  success: z.number().optional(),
  error: z.string().nullable().optional(),
})
export type WireAnnouncementResponse = z.infer<typeof WireAnnouncementResponse>
