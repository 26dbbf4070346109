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
export type WireBaiduRow =
  | [date: string, value: WireBaiduValue, ...rest: unknown[]]
  | { date: string; value: WireBaiduValue; [key: string]: unknown }

function isBaiduValue(value: unknown): value is WireBaiduValue {
  return typeof value === 'number' || typeof value === 'string'
}

/** The type guard of {@link WireBaiduRow}. */
export function isBaiduRow(row: unknown): row is WireBaiduRow {
  if (Array.isArray(row))
    return row.length >= 2 && typeof row[0] === 'string' && isBaiduValue(row[1])
  if (typeof row !== 'object' || row === null) return false
  const { date, value } = row as { date?: unknown; value?: unknown }
  return typeof date === 'string' && isBaiduValue(value)
}

/**
 * A body row, checked by {@link isBaiduRow} rather than as a union of a tuple and an object schema:
 * the same rows pass, but a cold load reads 22 series of some 740 rows before the first chart, and
 * zod's union allocated a result per option and element (about three times the time, and garbage).
 */
export const WireBaiduRowSchema = z.custom<WireBaiduRow>(isBaiduRow, {
  message: 'expected a [date, value] row or { date, value }, the value a number or a string',
})

export const WireBaiduChart = z.looseObject({ body: z.array(WireBaiduRowSchema) })
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
