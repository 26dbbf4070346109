import { describe, expect, it } from 'vitest'
import { createQueryClient, maxRetryWaitMs } from '@/app/query-client'
import { SourcesFailedError } from '@/providers/fallback'
import { HttpError, NetworkError, UpstreamDataError } from '@/providers/http'

const options = () => {
  const queries = createQueryClient().getDefaultOptions().queries ?? {}
  const retry = queries.retry as (count: number, error: Error) => boolean
  const retryDelay = queries.retryDelay as (attempt: number, error: Error) => number
  return { retry, retryDelay }
}

describe('createQueryClient: one retry, for transient failures, honouring Retry-After', () => {
  it.each<[string, Error, boolean]>([
    [
      'a network error or timeout',
      new NetworkError('Tencent quotes', 'no answer within 15 s'),
      true,
    ],
    ['HTTP 502', new HttpError('Eastmoney kline', 502), true],
    ['HTTP 429 with a short Retry-After', new HttpError('Eastmoney kline', 429, 30), true],
    ['HTTP 429 asking for more than a minute', new HttpError('Eastmoney kline', 429, 600), false],
    ['HTTP 404', new HttpError('Eastmoney kline', 404), false],
    ['an unusable answer', new UpstreamDataError('Eastmoney kline', 'no bars'), false],
    [
      'a chain with a 5xx in it',
      new SourcesFailedError([], [new UpstreamDataError('a', 'b'), new HttpError('b', 503)], null),
      true,
    ],
    [
      'a chain of unusable answers',
      new SourcesFailedError([], [new UpstreamDataError('a', 'b')], null),
      false,
    ],
    [
      'a chain blocked for long',
      new SourcesFailedError([], [new HttpError('b', 429, 300)], 300_000),
      false,
    ],
  ])('%s → retry: %s', (_case, error, expected) => {
    const { retry } = options()
    expect(retry(0, error)).toBe(expected)
    expect(retry(1, error)).toBe(false) // never a second retry
  })

  it('waits 2 s, or the Retry-After when longer (up to a minute)', () => {
    const { retryDelay } = options()
    expect(retryDelay(0, new HttpError('x', 502))).toBe(2_000)
    expect(retryDelay(0, new HttpError('x', 429, 30))).toBe(30_000)
    expect(retryDelay(0, new SourcesFailedError([], [], 45_000))).toBe(45_000)
    expect(maxRetryWaitMs).toBe(60_000)
  })

  it('turns retries off for tests', () => {
    expect(createQueryClient({ retry: false }).getDefaultOptions().queries?.retry).toBe(false)
  })
})
