import { z } from 'zod'
import '@/providers/zod-setup'

/**
 * CSI (China Securities Index, www.csindex.com.cn) wire formats, as public clients read them
 * (upstream-apis.md §4.2). Loose objects: unlisted fields pass through unchecked.
 */

/** A number, a numeric string (some clients coerce with `to_numeric`), or null. */
export const WireCsiValue = z.union([z.number(), z.string()]).nullable().optional()
export type WireCsiValue = z.infer<typeof WireCsiValue>

/**
 * One session of `/csindex-home/perf/index-perf`. `tradingVol` is in 10 k lots, `tradingValue` in
 * CNY 100 m; `peg` is the PE-TTM (despite its name, not a PEG ratio).
 */
export const WireCsiPerfRow = z.looseObject({
  /** `YYYYMMDD`. */
  tradeDate: z.string(),
  indexCode: z.string().optional(),
  indexNameCnAll: z.string().nullable().optional(),
  indexNameCn: z.string().nullable().optional(),
  indexNameEnAll: z.string().nullable().optional(),
  indexNameEn: z.string().nullable().optional(),
  open: WireCsiValue,
  high: WireCsiValue,
  low: WireCsiValue,
  close: WireCsiValue,
  change: WireCsiValue,
  changePct: WireCsiValue,
  tradingVol: WireCsiValue,
  tradingValue: WireCsiValue,
  consNumber: WireCsiValue,
  peg: WireCsiValue,
})
export type WireCsiPerfRow = z.infer<typeof WireCsiPerfRow>

/**
 * `/csindex-home/perf/index-perf?indexCode=&startDate=&endDate=`: `{code: "200", msg, data,
 * success: true}`. An index the site does not publish (Shenzhen 399xxx codes) answers with empty
 * `data`.
 */
export const WireCsiPerfResponse = z.looseObject({
  code: z.union([z.string(), z.number()]),
  msg: z.string().nullable().optional(),
  data: z.array(WireCsiPerfRow).nullable().optional(),
  success: z.boolean(),
})
export type WireCsiPerfResponse = z.infer<typeof WireCsiPerfResponse>
