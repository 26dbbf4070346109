import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { fetchCsiIndexValuation } from '@/providers/csindex/index-valuation'
import { HttpError, UpstreamDataError } from '@/providers/http'
import { csindexPerfPath } from '@mocks/handlers/csindex'
import { server } from '@mocks/node'

/** The real index-perf row quoted in upstream-apis.md §4.2 (a public Python test), 科创50. */
const referenceRow = {
  tradeDate: '20260930',
  indexCode: '000688',
  indexNameCnAll: '上证科创板50成份指数',
  indexNameCn: '科创50',
  indexNameEnAll: 'SSE Science and Technology Innovation Board 50 Index',
  indexNameEn: 'STAR 50',
  open: 1600.0,
  high: 1610.0,
  low: 1580.0,
  close: 1590.0,
  change: -10.0,
  changePct: -0.62,
  tradingVol: 700000000.0,
  tradingValue: 650.0,
  consNumber: 50.0,
  peg: 73.95,
}

/** A 000991 row in the same shape. */
const row = (tradeDate: string, close: number, peg: number, overrides = {}) => ({
  ...referenceRow,
  tradeDate,
  indexCode: '000991',
  indexNameCnAll: '中证全指医药卫生指数',
  indexNameCn: '全指医药',
  indexNameEnAll: 'CSI All Share Health Care Index',
  indexNameEn: 'CSI All Share Health Care',
  open: close,
  high: close,
  low: close,
  close,
  peg,
  ...overrides,
})

const envelope = (data: unknown) =>
  JSON.stringify({ code: '200', msg: 'success', data, success: true })

function serve(body: string, status = 200, contentType = 'application/json') {
  const requests: URL[] = []
  server.use(
    http.get(csindexPerfPath, ({ request }) => {
      requests.push(new URL(request.url))
      return new HttpResponse(body, { status, headers: { 'Content-Type': contentType } })
    }),
  )
  return requests
}

describe('fetchCsiIndexValuation', () => {
  it('reads the reference row: close and `peg` as PE-TTM, asking from 2018 to today', async () => {
    const requests = serve(envelope([referenceRow]))

    const points = await fetchCsiIndexValuation('000688', { today: '2026-10-09' })

    expect(points).toEqual([{ date: '2026-09-30', close: 1590, peTtm: 73.95 }])
    expect(requests[0]?.pathname).toBe('/upstream/csindex/www/csindex-home/perf/index-perf')
    expect(Object.fromEntries(requests[0]?.searchParams ?? [])).toEqual({
      indexCode: '000688',
      startDate: '20180101',
      endDate: '20261009',
    })
  })

  it('drops the forged first row dated startDate that repeats the next real row', async () => {
    serve(
      envelope([
        row('20180101', 8877.5, 33.5),
        row('20180102', 8877.5, 33.5),
        row('20180103', 8865.86, 33.45),
      ]),
    )

    const points = await fetchCsiIndexValuation('000991', { today: '2018-01-05' })

    expect(points.map((p) => p.date)).toEqual(['2018-01-02', '2018-01-03'])
  })

  it('keeps a first row dated startDate that differs from the next one', async () => {
    serve(envelope([row('20180102', 8877.5, 33.5), row('20180103', 8865.86, 33.45)]))

    const points = await fetchCsiIndexValuation('000991', {
      from: '2018-01-02',
      today: '2018-01-05',
    })

    expect(points.map((p) => p.date)).toEqual(['2018-01-02', '2018-01-03'])
  })

  it('keeps a repeated first row that is not dated startDate (a flat session)', async () => {
    serve(envelope([row('20180102', 8877.5, 33.5), row('20180103', 8877.5, 33.5)]))

    const points = await fetchCsiIndexValuation('000991', { today: '2018-01-05' })

    expect(points.map((p) => p.date)).toEqual(['2018-01-02', '2018-01-03'])
  })

  it('drops future-dated rows and sorts the rest oldest first', async () => {
    serve(
      envelope([
        row('20261124', 12990, 37.6),
        row('20261120', 12937.5, 37.5),
        row('20261231', 13000, 37.7), // a row the site dates in the future
      ]),
    )

    const points = await fetchCsiIndexValuation('000991', { today: '2026-11-24' })

    expect(points).toEqual([
      { date: '2026-11-20', close: 12937.5, peTtm: 37.5 },
      { date: '2026-11-24', close: 12990, peTtm: 37.6 },
    ])
  })

  it('accepts numbers sent as text, and reads 0, "" and "-" as not published', async () => {
    serve(
      envelope([
        row('20240102', 0, 0, { close: '7100.5', peg: '23.8' }),
        row('20240103', 0, 0, { close: '7150', peg: '-' }),
        row('20240104', 0, 0, { close: 7200, peg: 0 }),
        row('20240105', 0, 0, { close: '', peg: null }),
      ]),
    )

    const points = await fetchCsiIndexValuation('000991', { today: '2024-01-05' })

    expect(points).toEqual([
      { date: '2024-01-02', close: 7100.5, peTtm: 23.8 },
      { date: '2024-01-03', close: 7150, peTtm: null },
      { date: '2024-01-04', close: 7200, peTtm: null },
    ])
  })

  it('keeps one of two identical rows for a date', async () => {
    serve(envelope([row('20240102', 7100, 23.8), row('20240102', 7100, 23.8)]))

    const points = await fetchCsiIndexValuation('000991', { today: '2024-01-05' })

    expect(points).toHaveLength(1)
  })

  it.each([
    [
      'empty data (a code the site does not publish)',
      envelope([]),
      'CSI index valuation: no rows for index 000991',
    ],
    ['null data', envelope(null), 'CSI index valuation: no rows for index 000991'],
    [
      'success: false',
      JSON.stringify({ code: '500', msg: '系统繁忙', data: null, success: false }),
      'CSI index valuation: refused index 000991 (code 500 系统繁忙)',
    ],
    [
      'only future rows',
      envelope([row('20991231', 1, 1)]),
      'no rows up to 2024-01-05 for index 000991',
    ],
    ['a row for another index', envelope([referenceRow]), 'it is for index 000688'],
    [
      'a malformed tradeDate',
      envelope([row('2024-01-02', 7100, 23.8)]),
      'tradeDate is not YYYYMMDD',
    ],
    [
      'a non-numeric PE',
      envelope([row('20240102', 7100, 0, { peg: 'n/a' })]),
      'peg "n/a" is not a number',
    ],
    ['a negative close', envelope([row('20240102', -5, 23.8)]), 'close -5 is negative'],
    [
      'two different rows for one date',
      envelope([row('20240102', 7100, 23.8), row('20240102', 7101, 23.8)]),
      'index 000991 has two different rows for 2024-01-02',
    ],
    ['a body without the envelope', '[]', 'unexpected payload at top level'],
    [
      'an HTML page with status 200',
      '<!DOCTYPE html><html></html>',
      'expected JSON but received an HTML page',
    ],
  ])('throws an UpstreamDataError naming the index for %s', async (_case, body, message) => {
    serve(body)

    const failure = fetchCsiIndexValuation('000991', { today: '2024-01-05' })

    await expect(failure).rejects.toBeInstanceOf(UpstreamDataError)
    await expect(failure).rejects.toThrow(message)
  })

  it('names the source when the site answers an HTML 502 page', async () => {
    serve('<html><body><h1>502 Bad Gateway</h1></body></html>', 502, 'text/html')

    const failure = fetchCsiIndexValuation('000991')

    await expect(failure).rejects.toBeInstanceOf(HttpError)
    await expect(failure).rejects.toThrow('CSI index valuation answered HTTP 502')
  })

  it('rejects a malformed code or range without asking', async () => {
    const requests = serve(envelope([]))

    await expect(fetchCsiIndexValuation('991')).rejects.toThrow(RangeError)
    await expect(
      fetchCsiIndexValuation('000991', { from: '2025-01-01', today: '2024-01-01' }),
    ).rejects.toThrow(RangeError)
    expect(requests).toEqual([])
  })
})
