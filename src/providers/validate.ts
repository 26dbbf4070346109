import type { z } from 'zod'
import { UpstreamDataError } from '@/providers/http'

/**
 * Validates an upstream payload against its wire schema. A mismatch becomes an UpstreamDataError
 * that names the source and the first offending field, e.g.
 * `Eastmoney kline: unexpected payload at data.klines: expected array, received undefined`.
 */
export function validateWire<T extends z.ZodType>(
  schema: T,
  value: unknown,
  source: string,
): z.output<T> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'top level'
  throw new UpstreamDataError(
    source,
    `unexpected payload at ${where}: ${issue?.message ?? 'invalid'}`,
  )
}
