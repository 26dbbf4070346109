import { describe, expect, it } from 'vitest'
import { failedRefresh, refreshFailedFor, stampOf, type QueryStamp } from '@/queries/refresh-state'

/** 2026-11-24 14:02 UTC+8, and moments around it. */
const at = (time: string) => Date.parse(`2026-11-24T${time}+08:00`)

const stamp = (overrides: Partial<QueryStamp> = {}): QueryStamp => ({
  hasData: true,
  dataUpdatedAt: at('10:00:00'),
  error: null,
  errorUpdatedAt: 0,
  asOf: '2026-11-20T16:00:00+08:00',
  fetching: false,
  ...overrides,
})

const failed = (time: string, message = 'Tencent quotes answered HTTP 502') => ({
  error: new Error(message),
  errorUpdatedAt: at(time),
})

describe('refreshFailedFor', () => {
  it.each([
    ['up to date', stamp(), false],
    [
      'never loaded, failed (the error state, not a stale one)',
      stamp({ hasData: false, ...failed('14:02:00'), dataUpdatedAt: 0 }),
      false,
    ],
    ['data, then a failed refresh', stamp(failed('14:02:00')), true],
    ['an old error, then fresh data', stamp({ ...failed('09:00:00') }), false],
    ['error and data in the same millisecond', stamp({ ...failed('10:00:00') }), true],
  ])('%s → %s', (_, input, expected) => {
    expect(refreshFailedFor(input)).toBe(expected)
  })
})

describe('failedRefresh', () => {
  it('is null when no query shows data older than its latest error', () => {
    expect(failedRefresh([])).toBeNull()
    expect(
      failedRefresh([stamp(), stamp({ hasData: false, dataUpdatedAt: 0, ...failed('14:02:00') })]),
    ).toBeNull()
  })

  it('says when the refresh failed, as of when the data on screen is, and why', () => {
    expect(failedRefresh([stamp(), stamp(failed('14:02:30'))])).toEqual({
      failedAt: '2026-11-24T14:02:30+08:00',
      asOf: '2026-11-20T16:00:00+08:00',
      reason: 'Tencent quotes answered HTTP 502',
      count: 1,
      retrying: false,
    })
  })

  it('combines several queries: latest failure, oldest as-of, every stale one counted', () => {
    const refresh = failedRefresh([
      stamp({
        ...failed('14:01:00', 'Eastmoney kline answered HTTP 502'),
        asOf: '2026-11-20T16:00:00+08:00',
      }),
      stamp({
        ...failed('14:05:00', 'Baidu valuation answered HTTP 429 (rate limited)'),
        asOf: '2026-11-21T16:00:00+08:00',
      }),
      stamp({ asOf: '2026-11-19T16:00:00+08:00' }), // up to date: its as-of does not count
    ])
    expect(refresh).toMatchObject({
      failedAt: '2026-11-24T14:05:00+08:00',
      asOf: '2026-11-20T16:00:00+08:00',
      reason: 'Baidu valuation answered HTTP 429 (rate limited)',
      count: 2,
    })
  })

  it('uses the time the data arrived when it has no as-of, and says when a retry is under way', () => {
    expect(
      failedRefresh([
        stamp({ ...failed('14:02:00'), asOf: null, dataUpdatedAt: at('09:30:00'), fetching: true }),
      ]),
    ).toMatchObject({ asOf: '2026-11-24T09:30:00+08:00', retrying: true })
  })
})

describe('stampOf', () => {
  it('reads a React Query result', () => {
    const error = new Error('boom')
    expect(
      stampOf(
        { data: { a: 1 }, dataUpdatedAt: 5, error, errorUpdatedAt: 6, isFetching: false },
        '2026-11-20T16:00:00+08:00',
      ),
    ).toEqual({
      hasData: true,
      dataUpdatedAt: 5,
      error,
      errorUpdatedAt: 6,
      asOf: '2026-11-20T16:00:00+08:00',
      fetching: false,
    })
    expect(
      stampOf({
        data: undefined,
        dataUpdatedAt: 0,
        error: null,
        errorUpdatedAt: 0,
        isFetching: true,
      }),
    ).toMatchObject({ hasData: false, asOf: null, fetching: true })
  })
})
