import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { fetchBaiduCapPe, fetchBaiduValuation } from '@/providers/baidu/valuation'
import { HttpError, UpstreamDataError } from '@/providers/http'
import { baiduOpendataPath } from '@mocks/handlers/baidu'
import { server } from '@mocks/node'

const cap = '总市值'
const pe = '市盈率(TTM)'
const pb = '市净率'

/** A chart answer in the shape public clients read (`Result[0]…chartInfo[0].body`), built by hand. */
function chartAnswer(body: unknown[]) {
  return {
    QueryID: '3127',
    ResultCode: 0,
    Result: [
      {
        DisplayData: {
          resultData: { tplData: { result: { chartInfo: [{ body, name: 'chart' }] } } },
        },
      },
    ],
  }
}

/** Serves one answer per indicator (the `query` parameter) and records the requests' parameters. */
function serveIndicators(answers: Record<string, unknown>) {
  const requests: URLSearchParams[] = []
  server.use(
    http.get(baiduOpendataPath, ({ request }) => {
      const query = new URL(request.url).searchParams
      requests.push(query)
      const answer = answers[query.get('query') ?? '']
      if (answer === undefined) return new HttpResponse(null, { status: 400 })
      return typeof answer === 'string' ? HttpResponse.text(answer) : HttpResponse.json(answer)
    }),
  )
  return requests
}

const threeDays = {
  [cap]: chartAnswer([
    ['2024-10-04', 130.44],
    ['2024-10-07', 128.27],
    ['2024-10-08', 119.57],
  ]),
  [pe]: chartAnswer([
    ['2024-10-04', 14.71],
    ['2024-10-07', 14.46],
    ['2024-10-08', 13.6],
  ]),
  [pb]: chartAnswer([
    ['2024-10-04', 2.94],
    ['2024-10-07', 2.89],
    ['2024-10-08', 2.72],
  ]),
}

describe('fetchBaiduValuation', () => {
  it('asks for the three indicators of the 5-digit HK code, whole history', async () => {
    const requests = serveIndicators(threeDays)

    await fetchBaiduValuation('02696.HK')

    expect(requests.map((query) => query.get('query')).sort()).toEqual([pe, cap, pb].sort())
    for (const query of requests) {
      expect(Object.fromEntries(query)).toMatchObject({
        openapi: '1',
        code: '02696',
        market: 'hk',
        resource_id: '51171',
        tag: query.get('query'),
        chart_select: '全部',
        skip_industry: '1',
        finClientType: 'pc',
      })
    }
  })

  it('reads [date, number] rows: market value from 100 m units, PE and PB as sent', async () => {
    serveIndicators(threeDays)

    const points = await fetchBaiduValuation('02696.HK')

    expect(points.map(({ date }) => date)).toEqual(['2024-10-04', '2024-10-07', '2024-10-08'])
    expect(points[2]).toMatchObject({ date: '2024-10-08', peTtm: 13.6, pb: 2.72, psTtm: null })
    expect(points[2]?.marketCap).toBeCloseTo(11_957_000_000, -1)
  })

  it('reads {date, value} rows and numeric strings alike', async () => {
    serveIndicators({
      [cap]: chartAnswer([
        { date: '2024-10-07', value: '128.27' },
        { date: '2024-10-08', value: '119.57' },
      ]),
      [pe]: chartAnswer([
        ['2024-10-07', '-14.46'],
        ['2024-10-08', '-13.60'],
      ]),
      [pb]: chartAnswer([
        { date: '2024-10-07', value: 2.89 },
        { date: '2024-10-08', value: 2.72 },
      ]),
    })

    const points = await fetchBaiduValuation('02696.HK')

    expect(points.map(({ date, peTtm, pb }) => [date, peTtm, pb])).toEqual([
      ['2024-10-07', -14.46, 2.89],
      ['2024-10-08', -13.6, 2.72],
    ])
    expect(points[0]?.marketCap).toBeCloseTo(12_827_000_000, -1)
  })

  it('joins by date: cap dates lead, a gap in PE or PB is null, extra dates are dropped, ascending', async () => {
    serveIndicators({
      [cap]: chartAnswer([
        ['2024-10-08', 119.57],
        ['2024-10-04', 130.44],
        ['2024-10-07', 128.27],
      ]),
      [pe]: chartAnswer([
        ['2024-10-04', 14.71],
        ['2024-10-08', 13.6],
        ['2024-10-09', 13.9],
      ]),
      [pb]: chartAnswer([
        ['2024-10-04', 2.94],
        ['2024-10-07', 2.89],
      ]),
    })

    const points = await fetchBaiduValuation('02696.HK')

    expect(points.map(({ date, peTtm, pb }) => [date, peTtm, pb])).toEqual([
      ['2024-10-04', 14.71, 2.94],
      ['2024-10-07', null, 2.89],
      ['2024-10-08', 13.6, null],
    ])
  })

  it('tolerates a time part in the dates', async () => {
    serveIndicators({
      ...threeDays,
      [cap]: chartAnswer([
        ['2024-10-07 00:00:00', 128.27],
        ['2024-10-08 00:00:00', 119.57],
      ]),
    })

    const points = await fetchBaiduValuation('02696.HK')

    expect(points.map(({ date }) => date)).toEqual(['2024-10-07', '2024-10-08'])
  })

  it.each([
    [
      'a refusal (ResultCode ≠ 0)',
      { ResultCode: 1, ResultMsg: 'error', Result: [] },
      `02696.HK ${pe} refused with ResultCode 1`,
    ],
    ['a refusal with a string code', { ResultCode: '2' }, 'refused with ResultCode 2'],
    [
      'an unknown code (empty Result)',
      { ResultCode: 0, Result: [] },
      `no 02696.HK ${pe} series (unknown code?)`,
    ],
    ['no Result at all', { ResultCode: 0 }, 'unexpected payload at Result'],
    ['an empty body', chartAnswer([]), `02696.HK ${pe} has 0 point(s) for the whole history`],
    [
      'a body truncated to one point',
      chartAnswer([['2024-10-08', 13.6]]),
      'has 1 point(s) for the whole history (truncated while rate-limiting?)',
    ],
    [
      'a placeholder value',
      chartAnswer([
        ['2024-10-07', '--'],
        ['2024-10-08', 13.6],
      ]),
      `02696.HK ${pe} on 2024-10-07 is "--", not a number`,
    ],
    [
      'a bad date',
      chartAnswer([
        ['10/07/2024', 14.46],
        ['2024-10-08', 13.6],
      ]),
      'has a row dated "10/07/2024"',
    ],
    [
      'a row without a value',
      chartAnswer([['2024-10-07'], ['2024-10-08', 13.6]]),
      'unexpected payload at Result.0.DisplayData.resultData.tplData.result.chartInfo.0.body.0: expected a [date, value] row',
    ],
    [
      'a null value',
      chartAnswer([
        ['2024-10-07', 14.46],
        ['2024-10-08', null],
      ]),
      'chartInfo.0.body.1: expected a [date, value] row or { date, value }, the value a number or a string',
    ],
    [
      'a date that is not text',
      chartAnswer([
        [20241007, 14.46],
        ['2024-10-08', 13.6],
      ]),
      'chartInfo.0.body.0: expected a [date, value] row',
    ],
    [
      'an object row without a value',
      chartAnswer([{ date: '2024-10-07' }, { date: '2024-10-08', value: 13.6 }]),
      'chartInfo.0.body.0: expected a [date, value] row',
    ],
    [
      'a row that is neither',
      chartAnswer(['2024-10-07 14.46', ['2024-10-08', 13.6]]),
      'chartInfo.0.body.0: expected a [date, value] row',
    ],
    [
      'two values for one date',
      chartAnswer([
        ['2024-10-08', 13.5],
        ['2024-10-08', 13.6],
      ]),
      'has two values for 2024-10-08',
    ],
    [
      'an HTML page instead of JSON',
      '<!DOCTYPE html><html><body>安全验证</body></html>',
      'Baidu valuation: expected JSON but received an HTML page',
    ],
  ])('fails on %s', async (_case, answer, message) => {
    serveIndicators({ ...threeDays, [pe]: answer })

    const request = fetchBaiduValuation('02696.HK')

    await expect(request).rejects.toThrow(UpstreamDataError)
    await expect(request).rejects.toThrow(message)
  })

  it('fails with HttpError when a request is refused', async () => {
    server.use(http.get(baiduOpendataPath, () => new HttpResponse('Forbidden', { status: 403 })))

    await expect(fetchBaiduValuation('02696.HK')).rejects.toThrow(HttpError)
  })

  it('reads HK listings only', async () => {
    await expect(fetchBaiduValuation('600276.SH')).rejects.toThrow(
      'Baidu valuation is read for HK listings only; 600276.SH is not one',
    )
  })
})

describe('fetchBaiduCapPe (the dashboard’s two series)', () => {
  it('asks for market cap and PE only, and joins them as the full history does', async () => {
    const requests = serveIndicators(threeDays)

    const points = await fetchBaiduCapPe('02696.HK')

    expect(requests.map((query) => query.get('query')).sort()).toEqual([pe, cap].sort())
    // 100 m units × 1e8, to the yuan (130.44 × 1e8 is not exact in binary).
    expect(points.map((p) => ({ ...p, marketCap: Math.round(p.marketCap) }))).toEqual([
      { date: '2024-10-04', marketCap: 13_044_000_000, peTtm: 14.71 },
      { date: '2024-10-07', marketCap: 12_827_000_000, peTtm: 14.46 },
      { date: '2024-10-08', marketCap: 11_957_000_000, peTtm: 13.6 },
    ])
  })

  it('completes loaded cap and PE with PB alone: one more request, same points as a full load', async () => {
    serveIndicators(threeDays)
    const full = await fetchBaiduValuation('02696.HK')
    const loaded = await fetchBaiduCapPe('02696.HK')
    const requests = serveIndicators(threeDays)

    const completed = await fetchBaiduValuation('02696.HK', {
      capPe: () => Promise.resolve(loaded),
    })

    expect(requests.map((query) => query.get('query'))).toEqual([pb])
    expect(completed).toEqual(full)
  })

  it('names the first series that failed, whatever answers first: cap before PE before PB', async () => {
    serveIndicators({ [cap]: chartAnswer([]), [pe]: chartAnswer([]), [pb]: chartAnswer([]) })

    await expect(fetchBaiduValuation('02696.HK')).rejects.toThrow(/02696\.HK 总市值/)
    await expect(fetchBaiduCapPe('02696.HK')).rejects.toThrow(/02696\.HK 总市值/)
  })

  it('reads HK listings only', async () => {
    await expect(fetchBaiduCapPe('600276.SH')).rejects.toThrow(
      'Baidu valuation is read for HK listings only; 600276.SH is not one',
    )
  })
})
