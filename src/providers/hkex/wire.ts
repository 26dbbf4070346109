import { z } from 'zod'
import '@/providers/zod-setup'

/**
 * HKEXnews title search (upstream-apis.md §6.3), as public clients read it. Loose objects:
 * bookkeeping fields pass through unchecked.
 */

/** One match of `search/prefix.do` (stock lookup by code or name). */
export const WireHkexStock = z.looseObject({
  /** HKEX's internal id, the `stockId` of the title search. */
  stockId: z.union([z.number(), z.string()]),
  /** 5-digit stock code, e.g. `01522`. */
  code: z.string(),
  name: z.string().optional(),
})
export type WireHkexStock = z.infer<typeof WireHkexStock>

/**
 * `search/prefix.do?callback=callback&lang=EN&type=A&name=2696&market=SEHK`, once the
 * `callback(…);` wrapper is removed: `{"more":"1","stockInfo":[…]}`.
 */
export const WireHkexPrefixResponse = z.looseObject({
  more: z.union([z.string(), z.number()]).optional(),
  stockInfo: z.array(WireHkexStock),
})
export type WireHkexPrefixResponse = z.infer<typeof WireHkexPrefixResponse>

/**
 * One document of the title search. `DATE_TIME` is `dd/MM/yyyy HH:mm` (Hong Kong time);
 * `FILE_LINK` a path on www1.hkexnews.hk; `STOCK_CODE` / `STOCK_NAME` list several issuers
 * separated by `<br/>` when a document concerns several.
 */
export const WireHkexDocument = z.looseObject({
  NEWS_ID: z.union([z.string(), z.number()]),
  TITLE: z.string(),
  DATE_TIME: z.string(),
  STOCK_CODE: z.string(),
  STOCK_NAME: z.string().optional(),
  FILE_LINK: z.string(),
  FILE_TYPE: z.string().optional(),
  FILE_INFO: z.string().optional(),
})
export type WireHkexDocument = z.infer<typeof WireHkexDocument>

/** The documents, once `result` (a JSON array written as a string) is parsed. */
export const WireHkexDocuments = z.array(WireHkexDocument)
export type WireHkexDocuments = z.infer<typeof WireHkexDocuments>

/**
 * `search/titleSearchServlet.do?…`: `{"result":"[{…},…]","hasNextRow":false,"rowRange":100,
 * "loadedRecord":6,"recordCnt":6}`. `result` is double-encoded JSON (a string holding an array),
 * null when nothing matched.
 */
export const WireHkexTitleSearchResponse = z.looseObject({
  result: z.string().nullable(),
  hasNextRow: z.boolean().optional(),
  rowRange: z.number().optional(),
  loadedRecord: z.number().optional(),
  recordCnt: z.number().optional(),
})
export type WireHkexTitleSearchResponse = z.infer<typeof WireHkexTitleSearchResponse>
