import { z } from 'zod'
import '@/providers/zod-setup'

/**
 * Tencent quote wire format (`qt.gtimg.cn/utf8/q=hk02696,sh600276`; GBK without `/utf8`): one JS
 * statement per symbol, `v_<symbol>="f0~f1~…~fN";`, separated by newlines. The statement value
 * split on `~` is a positional record; the positions live in quotes.ts, not here, so a mock typed
 * against these schemas still writes its own positions and an index bug fails a test.
 */

/**
 * Fields of an HK line (`v_hk02696`). Real lines carry 78 fields; the parser reads up to field 75
 * (currency), so fewer than 76 means a truncated line.
 */
export const tencentHkMinFields = 76
export const WireTencentHkQuote = z.array(z.string()).min(tencentHkMinFields)
export type WireTencentHkQuote = z.infer<typeof WireTencentHkQuote>

/**
 * Fields of a Shanghai / Shenzhen line (`v_sh600276`, `v_sz300760`). Real lines carry 88 fields;
 * the parser reads up to field 46 (PB), so fewer than 47 means a truncated line.
 */
export const tencentAMinFields = 47
export const WireTencentAQuote = z.array(z.string()).min(tencentAMinFields)
export type WireTencentAQuote = z.infer<typeof WireTencentAQuote>

/** The statement Tencent sends in place of a line for a symbol it does not know. */
export const tencentNoMatchStatement = 'v_pv_none_match="1";'

/**
 * fqkline (`web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=hk02696,day,<start>,<end>,<n>,qfq`):
 * `{"code":0,"msg":"","data":{"hk02696":{"qfqday":[[date, open, close, high, low, volume], …],
 * "qt":{…},"prec":"…","version":"4"}}}`, optionally prefixed `kline_dayqfq=` (with `_var=`). Rows
 * are strings (numbers tolerated); some carry trailing extras (a dividend note object, turnover,
 * amount), ignored here. The array key is `qfqday` / `hfqday` / `day` depending on the adjustment
 * and on whether the stock ever had one.
 */
export const WireTencentKlineCell = z.union([z.string(), z.number()])
export type WireTencentKlineCell = z.infer<typeof WireTencentKlineCell>

export const WireTencentKlineRow = z.tuple(
  [
    z.string(),
    WireTencentKlineCell,
    WireTencentKlineCell,
    WireTencentKlineCell,
    WireTencentKlineCell,
    WireTencentKlineCell,
  ],
  z.unknown(),
)
export type WireTencentKlineRow = z.infer<typeof WireTencentKlineRow>

export const WireTencentKlineSeries = z.looseObject({
  qfqday: z.array(WireTencentKlineRow).optional(),
  hfqday: z.array(WireTencentKlineRow).optional(),
  day: z.array(WireTencentKlineRow).optional(),
  qt: z.unknown().optional(),
  prec: z.string().optional(),
  version: z.string().optional(),
})
export type WireTencentKlineSeries = z.infer<typeof WireTencentKlineSeries>

/** `data` maps the requested symbol to its series; `[]` (an empty PHP array) when there is none. */
export const WireTencentKlineResponse = z.looseObject({
  code: z.number(),
  msg: z.string().optional(),
  data: z
    .union([z.record(z.string(), z.unknown()), z.array(z.unknown())])
    .nullable()
    .optional(),
})
export type WireTencentKlineResponse = z.infer<typeof WireTencentKlineResponse>
