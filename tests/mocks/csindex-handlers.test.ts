import { beforeEach, describe, expect, it } from 'vitest'
import { fetchCsiIndexValuation } from '@/providers/csindex/index-valuation'
import { UpstreamDataError } from '@/providers/http'
import { fetchIndexValuation } from '@/providers/index-valuation'
import { snapshot } from '@mocks/handlers'
import { csindexHandlers } from '@mocks/handlers/csindex'
import { server } from '@mocks/node'
import { tinySnapshot } from '../support/tiny-snapshot'

const perf = (query: Record<string, string>) =>
  fetch(
    `http://localhost/upstream/csindex/www/csindex-home/perf/index-perf?${new URLSearchParams(query)}`,
  )

describe('CSI handler over the tiny snapshot, read by the CSI provider', () => {
  beforeEach(() => server.use(...csindexHandlers(tinySnapshot)))

  it('serves the four 000991 sessions, which the provider reads back exactly', async () => {
    const points = await fetchCsiIndexValuation('000991', { today: '2024-10-08' })

    expect(points).toEqual([
      { date: '2024-09-26', close: 7100, peTtm: 23.8 },
      { date: '2024-09-27', close: 7350.5, peTtm: 24.62 },
      { date: '2024-09-30', close: 8005.25, peTtm: 26.81 },
      { date: '2024-10-08', close: 8300, peTtm: 27.8 },
    ])
  })

  it('answers like the site: named rows, and a forged first row for an early startDate', async () => {
    const body = await (
      await perf({ indexCode: '000991', startDate: '20180101', endDate: '20241008' })
    ).json()

    expect(body).toMatchObject({ code: '200', success: true })
    expect(body.data.map((row: { tradeDate: string }) => row.tradeDate)).toEqual([
      '20180101',
      '20240926',
      '20240927',
      '20240930',
      '20241008',
    ])
    expect(body.data[1]).toMatchObject({
      indexCode: '000991',
      indexNameCnAll: '中证全指医药卫生指数',
      indexNameEnAll: 'CSI All Share Health Care Index',
      close: 7100,
      peg: 23.8,
    })
    expect({ ...body.data[0], tradeDate: '20240926' }).toEqual(body.data[1])
  })

  it('cuts the rows to startDate..endDate, without a forged row inside the history', async () => {
    const body = await (
      await perf({ indexCode: '000991', startDate: '20240927', endDate: '20240930' })
    ).json()

    expect(body.data.map((row: { tradeDate: string }) => row.tradeDate)).toEqual([
      '20240927',
      '20240930',
    ])
  })

  it('answers empty data for a code it does not publish, which the provider rejects', async () => {
    const body = await (
      await perf({ indexCode: '399006', startDate: '20180101', endDate: '20241008' })
    ).json()

    expect(body).toEqual({ code: '200', msg: 'success', data: [], success: true })
    await expect(fetchCsiIndexValuation('399006', { today: '2024-10-08' })).rejects.toBeInstanceOf(
      UpstreamDataError,
    )
  })

  it('reaches the app through the root module, with its provenance', async () => {
    const { data, provenance } = await fetchIndexValuation('000991')

    expect(data.map((p) => p.date)).toEqual([
      '2024-09-26',
      '2024-09-27',
      '2024-09-30',
      '2024-10-08',
    ])
    expect(provenance).toMatchObject({
      sources: ['CSI index valuation'],
      asOf: '2024-10-08T15:00:00+08:00',
      freshness: 'end-of-day',
      fallbackUsed: false,
      failures: [],
    })
  })

  it('refuses a request without dates', async () => {
    expect((await perf({ indexCode: '000991' })).status).toBe(400)
  })
})

describe('CSI handler over the full sample snapshot', () => {
  it('serves 000991 from 2018-01-02 to 2026-11-20 with a plausible PE path', async () => {
    const points = await fetchCsiIndexValuation('000991', { today: '2026-11-24' })
    const pe = (from: string, to: string) =>
      points.filter((p) => p.date >= from && p.date <= to).map((p) => p.peTtm ?? Number.NaN)

    expect(points[0]?.date).toBe('2018-01-02')
    expect(points.at(-1)?.date).toBe('2026-11-20')
    expect(points).toHaveLength(snapshot.indices?.['000991']?.length ?? 0)
    expect(points.every((p) => p.peTtm !== null && p.peTtm >= 15 && p.peTtm <= 70)).toBe(true)
    expect(points.every((p) => p.close !== null && p.close > 0)).toBe(true)
    expect(Math.max(...pe('2021-01-01', '2021-03-31'))).toBeGreaterThanOrEqual(55)
    expect(Math.max(...pe('2022-01-01', '2024-12-31'))).toBeLessThanOrEqual(35)
  })
})
