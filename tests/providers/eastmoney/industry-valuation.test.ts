import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import {
  fetchEastmoneyIndustryValuation,
  fetchPharmaBoards,
} from '@/providers/eastmoney/industry-valuation'
import { UpstreamDataError } from '@/providers/http'
import { datacenterPath, noRowsBody, unknownReportBody } from '@mocks/handlers/eastmoney'
import { sampleIndustryBoards } from '@mocks/handlers/eastmoney-industry'
import { server } from '@mocks/node'

const envelope = (data: unknown[], pages = 1) => ({
  version: 'x',
  result: { pages, data, count: data.length },
  success: true,
  message: 'ok',
  code: 0,
})

/** A listing row of one board (the documented columns of the one-day enumeration). */
const boardRow = (code: string, name: string, date = '2026-08-13') => ({
  BOARD_CODE: code,
  BOARD_NAME: name,
  ORIGINALCODE: '480',
  TRADE_DATE: `${date} 00:00:00`,
})

/** Serves `answer(query)` on the datacenter path and records every query. */
function serve(answer: (query: URLSearchParams) => unknown) {
  const queries: URLSearchParams[] = []
  server.use(
    http.get(datacenterPath, ({ request }) => {
      const query = new URL(request.url).searchParams
      queries.push(query)
      return HttpResponse.json(answer(query) as Record<string, unknown>)
    }),
  )
  return queries
}

describe('fetchPharmaBoards', () => {
  it('reads the latest date, lists that day’s boards and finds the pharma ones by name', async () => {
    const queries = serve((query) => {
      const filter = query.get('filter')
      if (filter === null) return envelope([{ TRADE_DATE: '2026-08-13 00:00:00' }])
      if (filter === "(TRADE_DATE='2026-08-13')") {
        return envelope([
          boardRow('016074', '电池'),
          boardRow('016099', '化学制药'),
          boardRow('016100', '生物制品Ⅱ'),
          boardRow('016101', '医疗器械'),
        ])
      }
      return noRowsBody
    })

    const boards = await fetchPharmaBoards({ today: '2026-08-14' })

    expect(boards).toEqual([
      { name: '化学制药', code: '016099', listedOn: '2026-08-13' },
      { name: '生物制品', code: '016100', listedOn: '2026-08-13' },
      { name: '医疗器械', code: '016101', listedOn: '2026-08-13' },
    ])
    expect(queries.map((query) => query.get('reportName'))).toEqual([
      'RPT_VALUEINDUSTRY_DET',
      'RPT_VALUEINDUSTRY_DET',
    ])
    // The filter is written with real characters and encoded once (not pre-encoded %3D / %27).
    expect(queries[1]?.toString()).toContain('filter=%28TRADE_DATE%3D%272026-08-13%27%29')

    // Cached: a second call asks nothing.
    await fetchPharmaBoards({ today: '2026-08-14' })
    expect(queries).toHaveLength(2)
  })

  it('walks back over trading days when the latest-date shortcut is refused', async () => {
    const queries = serve((query) => {
      const filter = query.get('filter')
      if (filter === null) return unknownReportBody // the shortcut refused
      // 2024-10-08 (Tue) has no rows yet; the mainland was closed 10-01..07; 09-30 has them.
      if (filter === "(TRADE_DATE='2024-09-30')")
        return envelope([boardRow('016099', '中药', '2024-09-30')])
      return noRowsBody
    })
    const boards = await fetchPharmaBoards({ today: '2024-10-08' })
    expect(boards).toEqual([{ name: '中药', code: '016099', listedOn: '2024-09-30' }])
    expect(queries.slice(1).map((query) => query.get('filter'))).toEqual([
      "(TRADE_DATE='2024-10-08')",
      "(TRADE_DATE='2024-09-30')",
    ])
  })

  it('fails when the listing has no pharma board', async () => {
    serve((query) =>
      query.get('filter') === null
        ? envelope([{ TRADE_DATE: '2026-08-13 00:00:00' }])
        : envelope([boardRow('016074', '电池')]),
    )
    await expect(fetchPharmaBoards({ today: '2026-08-14' })).rejects.toThrow(
      /no pharma board .* among 1 boards on 2026-08-13/,
    )
  })
})

describe('fetchEastmoneyIndustryValuation', () => {
  const listing = (query: URLSearchParams) => {
    const filter = query.get('filter')
    if (filter === null) return envelope([{ TRADE_DATE: '2026-08-13 00:00:00' }])
    if (filter.startsWith('(TRADE_DATE=')) return envelope([boardRow('016099', '化学制药')])
    return null
  }

  it('reads PE-TTM, PB, PS, NUM and LOSS_COUNT of the board, all pages, oldest first', async () => {
    const queries = serve((query) => {
      const known = listing(query)
      if (known) return known
      expect(query.get('filter')).toBe('(BOARD_CODE="016099")')
      expect(query.get('columns')).toBe('ALL')
      const page = Number(query.get('pageNumber'))
      // The documented minimal fixture row (PE_TTM 7.07, PB_MRQ 0.692), with the board keys.
      const rows =
        page === 1
          ? [
              {
                ...boardRow('016099', '化学制药'),
                PE_TTM: 7.07,
                PB_MRQ: 0.692,
                NUM: 120,
                LOSS_COUNT: 14,
              },
              {
                ...boardRow('016099', '化学制药', '2026-08-12'),
                PE_TTM: 7.01,
                PB_MRQ: 0.69,
                PS_TTM: 1.2,
              },
            ]
          : [{ ...boardRow('016099', '化学制药', '2026-08-11'), PE_TTM: null, PB_MRQ: 0.68 }]
      return envelope(rows, 2)
    })

    const points = await fetchEastmoneyIndustryValuation('化学制药', { today: '2026-08-14' })

    expect(points).toEqual([
      {
        date: '2026-08-11',
        peTtm: null,
        peStatic: null,
        pb: 0.68,
        psTtm: null,
        constituents: null,
        lossMakers: null,
      },
      {
        date: '2026-08-12',
        peTtm: 7.01,
        peStatic: null,
        pb: 0.69,
        psTtm: 1.2,
        constituents: null,
        lossMakers: null,
      },
      {
        date: '2026-08-13',
        peTtm: 7.07,
        peStatic: null,
        pb: 0.692,
        psTtm: null,
        constituents: 120,
        lossMakers: 14,
      },
    ])
    expect(queries.filter((query) => query.get('filter')?.startsWith('(BOARD_CODE'))).toHaveLength(
      2,
    )
  })

  it.each<[string, unknown, RegExp]>([
    [
      'an unknown report (9501)',
      unknownReportBody,
      /refused 化学制药 \(016099\) \(code 9501 报表配置不存在\)/,
    ],
    ['no rows (9201)', noRowsBody, /no valuation rows for 化学制药/],
    [
      'a row of another board',
      envelope([{ ...boardRow('016100', '生物制品'), PE_TTM: 30 }]),
      /it is for board 016100/,
    ],
    [
      'more loss-makers than constituents',
      envelope([{ ...boardRow('016099', '化学制药'), NUM: 3, LOSS_COUNT: 4 }]),
      /4 loss-makers among 3 constituents/,
    ],
  ])('fails on %s', async (_case, body, message) => {
    serve((query) => listing(query) ?? body)
    const error = await fetchEastmoneyIndustryValuation('化学制药', { today: '2026-08-14' }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(UpstreamDataError)
    expect(String(error)).toMatch(message)
  })

  it('fails for a pharma board missing from the listing', async () => {
    serve((query) => listing(query) ?? noRowsBody)
    await expect(fetchEastmoneyIndustryValuation('中药', { today: '2026-08-14' })).rejects.toThrow(
      /board 中药 not in the industry listing \(found 化学制药\)/,
    )
  })

  it('resolves the sample’s synthetic codes by name and reads every pharma board', async () => {
    for (const board of [
      '化学制药',
      '生物制品',
      '医疗器械',
      '医疗服务',
      '中药',
      '医药商业',
    ] as const) {
      const points = await fetchEastmoneyIndustryValuation(board)
      const code = sampleIndustryBoards.find((spec) => spec.name === board)?.code
      expect(code).toBeDefined()
      expect(points.length).toBeGreaterThan(2000)
      expect(points.at(-1)?.date).toBe('2026-11-20')
      const last = points.at(-1)
      expect(last?.peTtm).toBeGreaterThan(0)
      expect(last?.lossMakers).toBeLessThanOrEqual(last?.constituents ?? 0)
    }
  })
})
