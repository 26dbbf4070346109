import { z } from 'zod'
import '@/providers/zod-setup'

/**
 * Baidu 股市通 opendata (`finance.baidu.com/opendata?…&resource_id=51171&query=<indicator>`): one
 * valuation indicator of one stock per request. Public clients read
 * `Result[0].DisplayData.resultData.tplData.result.chartInfo[0].body`.
 */

/** A value as a number or a numeric string (both have been seen). */
export const WireBaiduValue = z.union([z.number(), z.string()])
export type WireBaiduValue = z.infer<typeof WireBaiduValue>

/** One body row: `[date, value]` (extra columns ignored) or `{ date, value }`. */
export const WireBaiduRow = z.union([
  z.tuple([z.string(), WireBaiduValue], z.unknown()),
  z.looseObject({ date: z.string(), value: WireBaiduValue }),
])
export type WireBaiduRow = z.infer<typeof WireBaiduRow>

export const WireBaiduChart = z.looseObject({ body: z.array(WireBaiduRow) })
export type WireBaiduChart = z.infer<typeof WireBaiduChart>

export const WireBaiduResultItem = z.looseObject({
  DisplayData: z.looseObject({
    resultData: z.looseObject({
      tplData: z.looseObject({
        result: z.looseObject({ chartInfo: z.array(WireBaiduChart) }),
      }),
    }),
  }),
})
export type WireBaiduResultItem = z.infer<typeof WireBaiduResultItem>

/** Checked first: a refusal carries a non-zero `ResultCode` (number or string) and may lack `Result`. */
export const WireBaiduEnvelope = z.looseObject({
  ResultCode: z.union([z.number(), z.string()]),
  Result: z.unknown().optional(),
})
export type WireBaiduEnvelope = z.infer<typeof WireBaiduEnvelope>

/** A successful answer. `Result` is empty for a code Baidu does not know. */
export const WireBaiduValuationResponse = z.looseObject({
  ResultCode: z.union([z.number(), z.string()]),
  Result: z.array(WireBaiduResultItem),
})
export type WireBaiduValuationResponse = z.infer<typeof WireBaiduValuationResponse>
