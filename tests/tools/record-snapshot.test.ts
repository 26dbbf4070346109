import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { NewsItem, Ticker } from '@/domain/types'
import { fetchValuationHistory } from '@/providers/valuation'
import { upstreamHosts, upstreamOverrideVariable } from '@/providers/upstream'
import { createHandlers, snapshot as sample } from '@mocks/handlers'
import { baiduOpendataPath } from '@mocks/handlers/baidu'
import { server } from '@mocks/node'
import type { Snapshot } from '@mocks/snapshot/types'
import { createPacer, formatRecordedSnapshot, recordSnapshot } from './record-snapshot'

/**
 * The recorder cannot reach the real hosts here (no internet). It runs against the MSW emulation
 * instead, in direct mode: every host is overridden (BIOPULSE_UPSTREAM_<SOURCE>_<HOST>) to an
 * origin the emulation answers, so the direct transport, the overrides and the provider code are
 * the ones `npm run snapshot:record` uses.
 */
const env: Record<string, string> = { BIOPULSE_DIRECT: '1' }
for (const [source, hosts] of Object.entries(upstreamHosts)) {
  for (const host of Object.keys(hosts)) {
    env[upstreamOverrideVariable(source, host)] = `http://recorder.test/upstream/${source}/${host}`
  }
}

const tickers: Ticker[] = ['02696.HK', '600276.SH', '01276.HK']

/** News reduced to what survives a round trip (vendor ids are re-minted by the search). */
const comparable = (
  news: readonly Pick<NewsItem, 'publishedAt' | 'title' | 'url' | 'kind' | 'source' | 'tickers'>[],
) =>
  news
    .map(({ publishedAt, title, url, kind, source, tickers: listed }) =>
      JSON.stringify([publishedAt, title, url, kind, source, [...listed].sort()]),
    )
    .sort()

describe('recordSnapshot (npm run snapshot:record) against the emulated upstreams', () => {
  it('records bars, FX, valuations and news in the sample format, and round-trips', async () => {
    const requested: string[] = []
    server.events.on('request:start', ({ request }) => requested.push(request.url))

    const { snapshot, report } = await recordSnapshot({ tickers, env, paceMs: 0 })
    server.events.removeAllListeners()

    // Direct mode: every request went to the overridden origins, none same-origin.
    expect(requested.length).toBeGreaterThan(10)
    expect(requested.every((url) => url.startsWith('http://recorder.test/upstream/'))).toBe(true)

    // Bars and FX are what the emulation serves: the sample's own.
    for (const ticker of tickers) {
      const original = sample.listings.find((listing) => listing.ticker === ticker)
      const recorded = snapshot.listings.find((listing) => listing.ticker === ticker)
      expect(recorded?.bars).toEqual(original?.bars)
      expect(recorded?.suspensions).toEqual(original?.suspensions)
      expect(recorded).toMatchObject({
        secid: original?.secid,
        tencent: original?.tencent,
        name: original?.name,
      })
    }
    expect(snapshot.fx).toEqual(sample.fx)
    expect(snapshot.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/)
    expect(snapshot.issuers.map((issuer) => issuer.id).sort()).toEqual(['hengrui', 'henlius'])
    expect(snapshot.indices?.['000991']?.length).toBeGreaterThan(2000)
    expect(report.listings.map((entry) => entry.barsFrom)).toEqual([
      'Eastmoney kline',
      'Eastmoney kline',
      'Eastmoney kline',
    ])
    expect(report.problems).toEqual([])

    // The mocks' derivation gives back the recorded valuations (anchor listings).
    for (const check of report.valuationCheck) {
      expect(check.capError).toBeLessThan(5e-4)
      expect(check.peError).toBeLessThan(2e-3)
    }

    // The file format is lossless.
    const parsed = JSON.parse(formatRecordedSnapshot(snapshot)) as Snapshot
    expect(parsed).toEqual(snapshot)

    // Served back by the emulation (?snapshot=recorded), it records the same data again.
    server.use(...createHandlers(parsed))
    const again = await recordSnapshot({ tickers, env, paceMs: 0 })
    for (const ticker of tickers) {
      const first = snapshot.listings.find((listing) => listing.ticker === ticker)
      const second = again.snapshot.listings.find((listing) => listing.ticker === ticker)
      expect(second?.bars).toEqual(first?.bars)
    }
    expect(again.snapshot.fx).toEqual(snapshot.fx)
    expect(comparable(again.snapshot.news)).toEqual(comparable(snapshot.news))

    // … and the providers read the same valuations from it as from the original emulation.
    server.resetHandlers()
    const original = (await fetchValuationHistory('600276.SH')).data
    server.use(...createHandlers(parsed))
    const replayed = (await fetchValuationHistory('600276.SH')).data
    expect(replayed.map((point) => point.date)).toEqual(original.map((point) => point.date))
    replayed.forEach((point, i) => {
      const expected = original[i]
      expect(point.marketCap / (expected?.marketCap ?? 1) - 1).toBeCloseTo(0, 3)
      if (point.peTtm !== null && expected?.peTtm) {
        expect(point.peTtm / expected.peTtm - 1).toBeCloseTo(0, 2)
      }
    })
  }, 60_000)

  it('names what failed instead of inventing it', async () => {
    // Baidu refuses plain clients (reported): 403 on every valuation series.
    server.use(http.get(baiduOpendataPath, () => new HttpResponse(null, { status: 403 })))
    const { snapshot, report } = await recordSnapshot({ tickers: ['02696.HK'], env, paceMs: 0 })
    expect(report.listings[0]?.valuation).toBeNull()
    expect(report.listings[0]?.problems.join('\n')).toMatch(/valuation: .*Baidu valuation/)
    expect(report.problems).toContain('henlius: no valuation recorded for any listing')
    expect(snapshot.issuers).toEqual([
      { id: 'henlius', reportingCurrency: 'CNY', shares: [], reports: [] },
    ])
  })
})

describe('createPacer', () => {
  afterEach(() => vi.useRealTimers())

  it('spaces requests at least the given gap apart', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(0)
    const pace = createPacer(500)
    const started: number[] = []
    const calls = [pace(), pace(), pace()].map((promise) =>
      promise.then(() => started.push(Date.now())),
    )
    await vi.runAllTimersAsync()
    await Promise.all(calls)
    expect(started).toEqual([0, 500, 1000])
  })
})
