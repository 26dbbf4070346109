import { z } from 'zod'

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
