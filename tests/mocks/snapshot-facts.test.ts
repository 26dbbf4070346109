import { beforeAll, describe, expect, it } from 'vitest'
import { isTradingDay, tradingDays } from '@/domain/calendar'
import { addDays, daysBetween } from '@/domain/dates'
import { type FinancialReport, ttmFromReports } from '@/domain/financials'
import { computeSectorValuation } from '@/domain/sector'
import type { IsoDate, Ticker } from '@/domain/types'
import { findListing, issuers, universe } from '@/domain/universe'
import { deriveValuations } from '@mocks/snapshot/derive'
import { formatSnapshot, generateSnapshot } from '@mocks/snapshot/generate'
import type { Snapshot, SnapshotBar, SnapshotListing } from '@mocks/snapshot/types'

/**
 * Facts the sample snapshot promises to the app and its tests, checked on the full default
 * snapshot. Rules (tick table, price limits, sector PE) are restated here rather than imported
 * from the generator, so a generator bug cannot hide behind its own definition.
 */
let snapshot: Snapshot
beforeAll(() => {
  snapshot = generateSnapshot()
})

const listingOf = (ticker: Ticker): SnapshotListing => {
  const listing = snapshot.listings.find((candidate) => candidate.ticker === ticker)
  if (!listing) throw new Error(`no ${ticker} in the snapshot`)
  return listing
}
const issuerById = (id: string) => {
  const issuer = snapshot.issuers.find((candidate) => candidate.id === id)
  if (!issuer) throw new Error(`no issuer ${id} in the snapshot`)
  return issuer
}
const universeListing = (ticker: Ticker) => {
  const listing = findListing(ticker)
  if (!listing) throw new Error(`${ticker} is not in the universe`)
  return listing
}
/** Close-to-close move of a listing on a date (null without a bar or a previous bar). */
const moveOn = (ticker: Ticker, date: IsoDate): number | null => {
  const bars = listingOf(ticker).bars
  const i = bars.findIndex(([day]) => day === date)
  const previous = bars[i - 1]
  const bar = bars[i]
  return i > 0 && previous && bar ? bar[2] / previous[2] - 1 : null
}
describe('listings and bars', () => {
  it('has the 18 universe listings with literal vendor symbols and Chinese names', () => {
    const symbols: [Ticker, string, string][] = [
      ['02696.HK', '116.02696', 'hk02696'],
      ['01877.HK', '116.01877', 'hk01877'],
      ['09995.HK', '116.09995', 'hk09995'],
      ['06160.HK', '116.06160', 'hk06160'],
      ['01801.HK', '116.01801', 'hk01801'],
      ['02096.HK', '116.02096', 'hk02096'],
      ['01276.HK', '116.01276', 'hk01276'],
      ['01177.HK', '116.01177', 'hk01177'],
      ['02269.HK', '116.02269', 'hk02269'],
      ['02359.HK', '116.02359', 'hk02359'],
      ['01093.HK', '116.01093', 'hk01093'],
      ['600276.SH', '1.600276', 'sh600276'],
      ['688235.SH', '1.688235', 'sh688235'],
      ['688180.SH', '1.688180', 'sh688180'],
      ['688331.SH', '1.688331', 'sh688331'],
      ['603259.SH', '1.603259', 'sh603259'],
      ['300760.SZ', '0.300760', 'sz300760'],
      ['000661.SZ', '0.000661', 'sz000661'],
    ]
    expect(snapshot.listings.map((l) => [l.ticker, l.secid, l.tencent])).toEqual(symbols)
    for (const listing of snapshot.listings) {
      expect(listing.name).toBe(universeListing(listing.ticker).nameZh)
    }
  })

  it('starts each listing at its real listing date or 2018-01-02', () => {
    expect(snapshot.range).toEqual({ from: '2018-01-02', to: '2026-11-20' })
    const firstDate = (ticker: Ticker) => listingOf(ticker).bars[0]?.[0]
    expect(firstDate('06160.HK')).toBe('2018-08-08')
    expect(firstDate('688235.SH')).toBe('2021-12-15')
    expect(firstDate('01276.HK')).toBe('2025-05-23')
    expect(firstDate('02696.HK')).toBe('2019-09-25')
    expect(firstDate('01177.HK')).toBe('2018-01-02')
    for (const listing of snapshot.listings) {
      const { listingDate } = universeListing(listing.ticker)
      expect(firstDate(listing.ticker)).toBe(
        listingDate > '2018-01-02' ? listingDate : '2018-01-02',
      )
    }
  })

  it('has a bar on every trading day of the market except suspensions, and on no other day', () => {
    for (const listing of snapshot.listings) {
      const { market } = universeListing(listing.ticker)
      const dates = listing.bars.map(([date]) => date)
      expect(dates.every((date) => isTradingDay(market, date))).toBe(true)
      const expected = tradingDays(market, {
        from: dates[0] ?? '',
        to: snapshot.range.to,
      }).filter((date) => !listing.suspensions.includes(date))
      expect(dates).toEqual(expected)
    }
  })

  it('trades HK but not A-shares on a mainland-only holiday (2024-10-03)', () => {
    const traded = (ticker: Ticker) =>
      listingOf(ticker).bars.some(([date]) => date === '2024-10-03')
    expect(
      universe
        .filter((l) => l.market === 'HK' && l.listingDate < '2024-10-03')
        .every((l) => traded(l.ticker)),
    ).toBe(true)
    expect(universe.filter((l) => l.market === 'A').some((l) => traded(l.ticker))).toBe(false)
  })

  it('has consistent OHLC bars and whole-share volumes', () => {
    for (const listing of snapshot.listings) {
      const lot = listing.ticker.endsWith('.HK') ? 1 : 100
      const bad = listing.bars.filter(
        ([, open, close, high, low, volume]) =>
          !(low > 0 && low <= Math.min(open, close) && high >= Math.max(open, close)) ||
          !(volume > 0 && Number.isInteger(volume / lot)),
      )
      expect(bad, listing.ticker).toEqual([])
    }
  })
})

/** HKEX spread table (Part A): [price up to, tick] in HKD. */
const hkSpreads: [number, number][] = [
  [0.25, 0.001],
  [0.5, 0.005],
  [10, 0.01],
  [20, 0.02],
  [100, 0.05],
  [200, 0.1],
  [500, 0.2],
  [1000, 0.5],
  [2000, 1],
  [5000, 2],
  [Number.POSITIVE_INFINITY, 5],
]
const onHkGrid = (price: number) => {
  const milli = Math.round(price * 1000)
  const [, tick = 0] = hkSpreads.find(([upTo]) => milli <= upTo * 1000) ?? []
  return Math.abs(price * 1000 - milli) < 1e-6 && milli % Math.round(tick * 1000) === 0
}
const isCents = (price: number) => Math.abs(price * 100 - Math.round(price * 100)) < 1e-6

/** Daily limit in percent on SSE/SZSE: STAR 20, ChiNext 20 from 2020-08-24 (10 before), main 10. */
const limitPercent = (ticker: Ticker, date: IsoDate) => {
  const { board } = universeListing(ticker)
  if (board === 'STAR') return 20
  if (board === 'ChiNext') return date >= '2020-08-24' ? 20 : 10
  return 10
}

interface LimitHits {
  up: IsoDate[]
  down: IsoDate[]
  outside: IsoDate[]
}

/** Sessions after a listing's first five: limit prices = previous close × (1 ± limit), to the cent half up. */
const limitHits = (ticker: Ticker): LimitHits => {
  const hits: LimitHits = { up: [], down: [], outside: [] }
  const bars = listingOf(ticker).bars
  const newListing = universeListing(ticker).listingDate >= '2018-01-02'
  bars.forEach(([date, , close], i) => {
    const previous = bars[i - 1]
    if (!previous || (newListing && i < 5)) return
    const base = Math.round(previous[2] * 100)
    const percent = limitPercent(ticker, date)
    const up = Math.round((base * (100 + percent)) / 100)
    const down = Math.round((base * (100 - percent)) / 100)
    const cents = Math.round(close * 100)
    if (cents === up) hits.up.push(date)
    if (cents === down) hits.down.push(date)
    if (cents > up || cents < down) hits.outside.push(date)
  })
  return hits
}

describe('price grid and A-share price limits', () => {
  it('prices HK bars on the HKEX spread table and A-share bars in cents', () => {
    for (const listing of snapshot.listings) {
      const valid = listing.ticker.endsWith('.HK') ? onHkGrid : isCents
      const off = listing.bars.filter((bar) => !bar.slice(1, 5).every((p) => valid(p as number)))
      expect(off, listing.ticker).toEqual([])
    }
  })

  it('keeps every A-share close within its daily limit, and limit closes exactly on it', () => {
    const all = universe
      .filter((l) => l.market === 'A')
      .map((l) => [l.ticker, limitHits(l.ticker)] as const)
    for (const [ticker, hits] of all) expect(hits.outside, ticker).toEqual([])
    const star = all.filter(([ticker]) => universeListing(ticker).board === 'STAR')
    expect(star.some(([, hits]) => hits.up.length > 0)).toBe(true)
    expect(star.some(([, hits]) => hits.down.length > 0)).toBe(true)
    const total = all.reduce((sum, [, hits]) => sum + hits.up.length + hits.down.length, 0)
    expect(total).toBeGreaterThanOrEqual(5)
  })

  it('applies the ±10% ChiNext limit before 2020-08-24', () => {
    const hits = limitHits('300760.SZ')
    expect(hits.outside).toEqual([])
    const bars = listingOf('300760.SZ').bars
    const early = bars.filter(([date], i) => i >= 5 && date < '2020-08-24')
    expect(early.every(([date]) => Math.abs(moveOn('300760.SZ', date) ?? 0) <= 0.1005)).toBe(true)
  })
})

describe('the showcase day 2025-02-26', () => {
  it('has Henlius and Junshi up more than 18% in Hong Kong', () => {
    for (const ticker of ['02696.HK', '01877.HK'] as const) {
      expect(moveOn(ticker, '2025-02-26')).toBeGreaterThan(0.18)
      expect(moveOn(ticker, '2025-02-26')).toBeLessThan(0.25)
    }
  })

  it('has RemeGen and BeiGene up 8–15%, the rest of the HK basket up modestly', () => {
    for (const ticker of ['09995.HK', '06160.HK'] as const) {
      expect(moveOn(ticker, '2025-02-26')).toBeGreaterThanOrEqual(0.08)
      expect(moveOn(ticker, '2025-02-26')).toBeLessThanOrEqual(0.15)
    }
    const rest = ['01801.HK', '02096.HK', '01177.HK', '02269.HK', '02359.HK', '01093.HK'] as const
    for (const ticker of rest) {
      expect(moveOn(ticker, '2025-02-26'), ticker).toBeGreaterThan(0)
      expect(moveOn(ticker, '2025-02-26'), ticker).toBeLessThan(0.05)
    }
  })

  it('moves the A-shares less, Junshi 688180.SH by 5–8%', () => {
    expect(moveOn('688180.SH', '2025-02-26')).toBeGreaterThanOrEqual(0.05)
    expect(moveOn('688180.SH', '2025-02-26')).toBeLessThanOrEqual(0.08)
    for (const listing of universe.filter((l) => l.market === 'A')) {
      expect(Math.abs(moveOn(listing.ticker, '2025-02-26') ?? 1)).toBeLessThan(0.08)
    }
  })
})

describe('suspensions', () => {
  it('suspends 3–5 listings for runs of 1–5 consecutive trading days, with no bars then', () => {
    const suspended = snapshot.listings.filter((l) => l.suspensions.length > 0)
    expect(suspended.length).toBeGreaterThanOrEqual(3)
    expect(suspended.length).toBeLessThanOrEqual(5)
    for (const listing of suspended) {
      const { market } = universeListing(listing.ticker)
      const days = tradingDays(market, snapshot.range)
      const positions = listing.suspensions.map((day) => days.indexOf(day))
      expect(positions.every((p) => p >= 0)).toBe(true)
      const runs = positions.reduce<number[][]>((acc, p) => {
        const last = acc.at(-1)
        if (last && last.at(-1) === p - 1) last.push(p)
        else acc.push([p])
        return acc
      }, [])
      expect(runs.every((run) => run.length >= 1 && run.length <= 5)).toBe(true)
      const dates = new Set(listing.bars.map(([date]) => date))
      expect(listing.suspensions.some((day) => dates.has(day))).toBe(false)
    }
  })
})

describe('shares and market value', () => {
  it('has realistic total share counts with a few step changes', () => {
    const ranges: Record<string, [number, number]> = {
      henlius: [5.3e8, 5.6e8],
      junshi: [7.5e8, 1.05e9],
      remegen: [4.7e8, 5.6e8],
      beigene: [7.5e8, 1.45e9],
      innovent: [1.05e9, 1.75e9],
      simcere: [2.5e9, 2.7e9],
      hengrui: [6.3e9, 6.7e9],
      sinobio: [1.86e10, 1.9e10],
      wuxibio: [4e9, 4.3e9],
      wuxiapptec: [2.7e9, 3e9],
      cspc: [1.14e10, 1.2e10],
      mindray: [1.2e9, 1.23e9],
      changchun: [3.3e8, 4.1e8],
    }
    for (const issuer of snapshot.issuers) {
      const [min, max] = ranges[issuer.id] ?? [0, 0]
      expect(
        issuer.shares.every(([, n]) => n >= min && n <= max && Number.isInteger(n)),
        issuer.id,
      ).toBe(true)
    }
    expect(
      snapshot.issuers.filter((issuer) => issuer.shares.length > 1).length,
    ).toBeGreaterThanOrEqual(5)
  })

  it('prices the whole issuer at each listing of an A+H pair', () => {
    const h = deriveValuations(snapshot, '06160.HK').find((v) => v.date === '2025-02-26')
    const a = deriveValuations(snapshot, '688235.SH').find((v) => v.date === '2025-02-26')
    expect(h?.totalShares).toBe(issuerById('beigene').shares.at(-1)?.[1])
    expect(a?.totalShares).toBe(h?.totalShares)
    expect(h?.marketCap).toBeCloseTo((h?.close ?? 0) * (h?.totalShares ?? 0))
    // Junshi never made a profit in the sample: its PE is negative on every session.
    const junshi = deriveValuations(snapshot, '01877.HK')
    expect(junshi.every((v) => v.peTtm !== null && v.peTtm < 0)).toBe(true)
  })
})

describe('fundamentals', () => {
  // FY results: by end-April for issuers with an A-share listing, by end-March for HK-only ones.
  const hasAShares = (issuerId: string) =>
    universe.some((l) => l.issuerId === issuerId && l.market === 'A')
  const aListed = (issuerId: string, date: IsoDate) =>
    universe.some((l) => l.issuerId === issuerId && l.market === 'A' && l.listingDate <= date)

  it('starts every issuer with a report published before 2018-01-02, in publication order', () => {
    for (const issuer of snapshot.issuers) {
      const published = issuer.reports.map((r) => r.publishedOn)
      expect((published[0] ?? '') < '2018-01-02', issuer.id).toBe(true)
      expect(published).toEqual([...published].sort())
      expect((published.at(-1) ?? '') <= snapshot.range.to).toBe(true)
      expect(issuer.reportingCurrency).toBe(
        issuers.find((i) => i.id === issuer.id)?.reportingCurrency,
      )
    }
  })

  it('publishes quarterly once A-share-listed, semi-annually otherwise, within the usual windows', () => {
    for (const issuer of snapshot.issuers) {
      for (const { periodEnd, publishedOn } of issuer.reports) {
        const [year, monthDay] = [Number(periodEnd.slice(0, 4)), periodEnd.slice(5)]
        const quarterly = aListed(issuer.id, publishedOn)
        if (monthDay === '03-31' || monthDay === '09-30')
          expect(quarterly, `${issuer.id} ${periodEnd}`).toBe(true)
        const deadline = {
          '03-31': `${year}-04-30`,
          '06-30': `${year}-08-31`,
          '09-30': `${year}-10-31`,
          '12-31': hasAShares(issuer.id) ? `${year + 1}-04-30` : `${year + 1}-03-31`,
        }[monthDay]
        expect(
          publishedOn > periodEnd && publishedOn <= (deadline ?? ''),
          `${issuer.id} ${periodEnd}`,
        ).toBe(true)
      }
      const lastYear = issuer.reports.filter(
        (r) => r.publishedOn >= '2025-01-01' && r.publishedOn < '2026-01-01',
      )
      expect(lastYear.length, issuer.id).toBe(aListed(issuer.id, '2025-01-01') ? 4 : 2)
    }
  })

  it('follows the real loss-making and profitable trajectories', () => {
    const fy = (id: string, year: number) =>
      issuerById(id).reports.find((r) => r.periodEnd === `${year}-12-31`)?.ttmNetProfit ??
      Number.NaN
    expect(issuerById('junshi').reports.every((r) => r.ttmNetProfit < 0)).toBe(true)
    expect([fy('henlius', 2022) < 0, fy('henlius', 2023) > 0, fy('henlius', 2024) > 0]).toEqual([
      true,
      true,
      true,
    ])
    expect([fy('beigene', 2024) < 0, fy('beigene', 2025) > 0]).toEqual([true, true])
    expect([fy('innovent', 2024) < 0, fy('innovent', 2025) > 0]).toEqual([true, true])
    expect([fy('remegen', 2020) > 0, fy('remegen', 2021) > 0, fy('remegen', 2022) < 0]).toEqual([
      true,
      true,
      true,
    ])
    // Profitable issuers stay profitable, at real magnitudes (TTM, 2017 reports included).
    const magnitudes: Record<string, [number, number]> = {
      hengrui: [3e9, 8.5e9],
      wuxiapptec: [1.4e9, 13.5e9],
      mindray: [2e9, 12e9],
      wuxibio: [0.3e9, 4.5e9],
      sinobio: [2e9, 3.6e9],
      cspc: [3e9, 6.9e9],
      changchun: [0.6e9, 4.6e9],
      simcere: [0.6e9, 1.05e9],
    }
    for (const [id, [min, max]] of Object.entries(magnitudes)) {
      const profits = issuerById(id).reports.map((r) => r.ttmNetProfit)
      expect(
        profits.every((p) => p >= min && p <= max),
        id,
      ).toBe(true)
    }
  })

  it('has issuers with a negative TTM profit for two years or more', () => {
    const longestLoss = (id: string) => {
      let longest = 0
      let since: IsoDate | null = null
      const reports = issuerById(id).reports
      reports.forEach((report, i) => {
        if (report.ttmNetProfit < 0) since ??= report.publishedOn
        const end = reports[i + 1]?.publishedOn ?? snapshot.range.to
        if (since !== null) longest = Math.max(longest, daysBetween(since, end))
        if (report.ttmNetProfit >= 0) since = null
      })
      return longest
    }
    const lossMakers = snapshot.issuers.filter((issuer) => longestLoss(issuer.id) >= 730)
    expect(lossMakers.map((issuer) => issuer.id).sort()).toEqual(
      expect.arrayContaining(['beigene', 'henlius', 'innovent', 'junshi', 'remegen']),
    )
  })
})

/** Index of the last entry of an ascending list that is ≤ key (or < key when strict), else -1. */
const lastIndexBefore = (sorted: readonly string[], key: string, strict = false) => {
  let [low, high] = [0, sorted.length]
  while (low < high) {
    const middle = (low + high) >>> 1
    const value = sorted[middle] ?? ''
    if (strict ? value < key : value <= key) low = middle + 1
    else high = middle
  }
  return low - 1
}

/**
 * HK sector PE-TTM (aggregate) per HK session: Σ cap in CNY ÷ Σ TTM earnings in CNY over the HK
 * listings whose issuer is profitable (last report published strictly before the day). A listing
 * without a bar that day (suspended) counts at its last close.
 */
function hkSectorPe(s: Snapshot): [IsoDate, number][] {
  const hk = s.listings.filter((l) => l.ticker.endsWith('.HK'))
  const rateDates = (rows: readonly [IsoDate, number][]) => rows.map(([date]) => date)
  const [hkdDates, usdDates] = [rateDates(s.fx.HKD), rateDates(s.fx.USD)]
  const members = hk.map((listing) => {
    const issuer = s.issuers.find((i) => i.id === universeListing(listing.ticker).issuerId)
    if (!issuer) throw new Error(`no issuer for ${listing.ticker}`)
    return {
      bars: listing.bars,
      barDates: listing.bars.map(([date]) => date),
      issuer,
      reportDates: issuer.reports.map((r) => r.publishedOn),
      shareDates: issuer.shares.map(([date]) => date),
    }
  })
  const days = [...new Set(hk.flatMap((l) => l.bars.map(([date]) => date)))].sort()
  return days.map((date) => {
    const hkd = s.fx.HKD[lastIndexBefore(hkdDates, date)]?.[1] ?? Number.NaN
    const usd = s.fx.USD[lastIndexBefore(usdDates, date)]?.[1] ?? Number.NaN
    let cap = 0
    let earnings = 0
    for (const m of members) {
      const bar: SnapshotBar | undefined = m.bars[lastIndexBefore(m.barDates, date)]
      const report = m.issuer.reports[lastIndexBefore(m.reportDates, date, true)]
      const shares = m.issuer.shares[lastIndexBefore(m.shareDates, date)]?.[1]
      if (!bar || !report || shares === undefined || report.ttmNetProfit <= 0) continue
      cap += bar[2] * shares * hkd
      earnings += report.ttmNetProfit * (m.issuer.reportingCurrency === 'USD' ? usd : 1)
    }
    return [date, cap / earnings]
  })
}

describe('HK sector PE calibration', () => {
  it('is below its average since 2018 in February 2025, and a third of its 2021 peak or less', () => {
    const series = hkSectorPe(snapshot)
    const mean = series.reduce((sum, [, pe]) => sum + pe, 0) / series.length
    const february = series.filter(([date]) => date.startsWith('2025-02')).map(([, pe]) => pe)
    const peak = series
      .filter(([date]) => date.startsWith('2021'))
      .reduce((best, row) => (row[1] > best[1] ? row : best))

    expect(series[0]?.[0]).toBe('2018-01-02')
    expect(Math.max(...february)).toBeLessThan(mean)
    expect(peak[1]).toBeGreaterThanOrEqual(3 * Math.max(...february))
    // The target shape: Feb 2025 ≈ 18–26, mean since 2018 ≈ 30–40, 2021 peak ≈ 80–100 in Q1.
    expect(Math.min(...february)).toBeGreaterThanOrEqual(18)
    expect(Math.max(...february)).toBeLessThanOrEqual(26)
    expect(mean).toBeGreaterThanOrEqual(30)
    expect(mean).toBeLessThanOrEqual(40)
    expect(peak[1]).toBeGreaterThanOrEqual(80)
    expect(peak[1]).toBeLessThanOrEqual(100)
    expect(peak[0] <= '2021-03-31').toBe(true)
  })
})

describe('FX', () => {
  it('publishes rates on mainland trading days only, with 4 decimals', () => {
    for (const rows of [snapshot.fx.HKD, snapshot.fx.USD]) {
      expect(rows.map(([date]) => date)).toEqual(tradingDays('A', snapshot.range))
      expect(rows.every(([, rate]) => Math.abs(rate * 1e4 - Math.round(rate * 1e4)) < 1e-6)).toBe(
        true,
      )
    }
    expect(snapshot.fx.HKD.some(([date]) => date === '2024-10-03')).toBe(false)
  })

  it('keeps CNY per HKD and per USD in their real ranges and shape', () => {
    const mean = (rows: readonly [IsoDate, number][], from: IsoDate, to: IsoDate) => {
      const values = rows.filter(([date]) => date >= from && date <= to).map(([, v]) => v)
      return values.reduce((a, b) => a + b, 0) / values.length
    }
    const { HKD, USD } = snapshot.fx
    expect(HKD.every(([, v]) => v >= 0.8 && v <= 0.93)).toBe(true)
    expect(USD.every(([, v]) => v >= 6.27 && v <= 7.35)).toBe(true)
    expect(mean(HKD, '2018-01-02', '2018-06-30')).toBeCloseTo(0.81, 1)
    expect(mean(HKD, '2021-01-01', '2021-12-31')).toBeCloseTo(0.83, 1)
    const recent = mean(HKD, '2023-01-01', '2025-12-31')
    expect(recent >= 0.89 && recent <= 0.93).toBe(true)
  })
})

describe('news', () => {
  const clsTitle = '港股科技重估“暗线”:创新药板块也有望迎DeepSeeK时刻'
  const searchPage = (ticker: Ticker) => {
    const code = ticker.slice(0, ticker.indexOf('.'))
    if (ticker.endsWith('.HK'))
      return ['HKEXnews', 'https://www1.hkexnews.hk/search/titlesearch.xhtml?lang=en']
    if (ticker.endsWith('.SH')) {
      return [
        'SSE',
        `https://www.sse.com.cn/assortment/stock/list/info/announcement/index.shtml?productId=${code}`,
      ]
    }
    return ['SZSE', `https://www.szse.cn/disclosure/listed/notice/index.html?stock=${code}`]
  }

  it('is in ascending time order with unique ids, all within the range', () => {
    const times = snapshot.news.map((n) => n.publishedAt)
    expect(times).toEqual([...times].sort())
    expect(new Set(snapshot.news.map((n) => n.id)).size).toBe(snapshot.news.length)
    expect(
      times.every(
        (t) => t.slice(0, 10) >= snapshot.range.from && t.slice(0, 10) <= snapshot.range.to,
      ),
    ).toBe(true)
  })

  it('carries the one real article exactly', () => {
    const articles = snapshot.news.filter((n) => n.kind === 'news')
    expect(articles).toHaveLength(1)
    const [article] = articles
    expect(article).toMatchObject({
      publishedAt: '2025-02-26T09:01:00+08:00',
      source: '财联社',
      title: clsTitle,
      url: `https://www.cls.cn/searchPage?keyword=${encodeURIComponent(clsTitle)}&type=all`,
      tickers: ['02696.HK', '01877.HK', '09995.HK', '06160.HK'],
    })
    for (const name of ['复宏汉霖', '君实生物', '荣昌生物', '百济神州'])
      expect(article?.content).toContain(name)
  })

  it('has only neutral sample announcements otherwise, each for one listing', () => {
    const announcements = snapshot.news.filter((n) => n.kind === 'announcement')
    const titles =
      /^Sample: (\d{4} (annual|interim) results|Q[13] \d{4} report|trading halt|resumption of trading|listing on .+)$/
    for (const item of announcements) {
      const [ticker] = item.tickers
      expect(item.tickers).toHaveLength(1)
      if (!ticker) continue
      const issuer = issuers.find((i) => i.id === universeListing(ticker).issuerId)
      expect(item.title).toMatch(titles)
      expect([item.source, item.url]).toEqual(searchPage(ticker))
      expect(item.content).toContain(issuer?.nameZh)
      const slug = item.title
        .slice(8)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
      expect(item.id).toBe(`sample-${ticker}-${item.publishedAt.slice(0, 10)}-${slug}`)
    }
  })

  it('announces results on report dates at realistic times, for both listings of an A+H issuer', () => {
    const results = snapshot.news.filter((n) => / results$| report$/.test(n.title))
    for (const item of results) {
      const ticker = item.tickers[0] ?? '00000.HK'
      const issuer = issuerById(universeListing(ticker).issuerId)
      const date = item.publishedAt.slice(0, 10)
      expect(
        issuer.reports.some((r) => r.publishedOn === date),
        item.id,
      ).toBe(true)
      const time = item.publishedAt.slice(11, 16)
      const ok = ticker.endsWith('.HK')
        ? time === '12:00' || time >= '16:30'
        : time >= '17:30' && time <= '20:00'
      expect(ok, item.id).toBe(true)
    }
    const on = (ticker: Ticker, date: IsoDate) =>
      results.filter((n) => n.tickers[0] === ticker && n.publishedAt.startsWith(date))
    const hengruiH1 = issuerById('hengrui').reports.find((r) => r.periodEnd === '2025-06-30')
    expect(on('600276.SH', hengruiH1?.publishedOn ?? '')).toHaveLength(1)
    expect(on('01276.HK', hengruiH1?.publishedOn ?? '')).toHaveLength(1)
    expect(results.map((n) => n.title)).toEqual(
      expect.arrayContaining([
        'Sample: 2024 interim results',
        'Sample: 2024 annual results',
        'Sample: Q1 2025 report',
      ]),
    )
  })

  it('announces each trading halt and resumption, and the STAR listings in range', () => {
    for (const listing of snapshot.listings.filter((l) => l.suspensions.length > 0)) {
      const mine = snapshot.news.filter((n) => n.tickers[0] === listing.ticker)
      expect(
        mine.some(
          (n) =>
            n.title === 'Sample: trading halt' &&
            n.publishedAt.startsWith(listing.suspensions[0] ?? ''),
        ),
      ).toBe(true)
      expect(
        mine.some(
          (n) =>
            n.title === 'Sample: resumption of trading' &&
            n.publishedAt.startsWith(listing.suspensions.at(-1) ?? ''),
        ),
      ).toBe(true)
    }
    const star = snapshot.news.filter((n) => n.title === 'Sample: listing on the STAR Market')
    expect(star.map((n) => [n.tickers[0], n.publishedAt.slice(0, 10)])).toEqual([
      ['688180.SH', '2020-07-15'],
      ['688235.SH', '2021-12-15'],
      ['688331.SH', '2022-03-31'],
    ])
  })
})

describe('cumulative figures', () => {
  const asReports = (id: string): FinancialReport[] => {
    const issuer = issuerById(id)
    return issuer.reports.map((r) => ({
      periodEnd: r.periodEnd,
      publishedOn: r.publishedOn,
      fiscalPeriod: r.fiscalPeriod ?? 'FY',
      cumulativeRevenue: r.cumulativeRevenue ?? null,
      cumulativeNetProfit: r.cumulativeNetProfit ?? null,
      currency: issuer.reportingCurrency,
    }))
  }

  it('label every report with the period its end date implies', () => {
    const byMonth: Record<string, string> = { '03': 'Q1', '06': 'H1', '09': 'Q3', '12': 'FY' }
    for (const issuer of snapshot.issuers) {
      for (const r of issuer.reports) {
        expect(r.fiscalPeriod, `${issuer.id} ${r.periodEnd}`).toBe(byMonth[r.periodEnd.slice(5, 7)])
        expect(Number.isInteger(r.cumulativeRevenue)).toBe(true)
        expect(Number.isInteger(r.cumulativeNetProfit)).toBe(true)
      }
    }
  })

  it('reproduce every TTM figure through ttmFromReports (cumulative + last FY − a year before)', () => {
    for (const issuer of snapshot.issuers) {
      const entries = ttmFromReports(asReports(issuer.id))
      // Every report with a comparison period in the snapshot gives an entry.
      const comparable = issuer.reports.filter(
        (r) =>
          r.fiscalPeriod === 'FY' ||
          (issuer.reports.some(
            (c) =>
              c.fiscalPeriod === r.fiscalPeriod &&
              c.periodEnd === `${Number(r.periodEnd.slice(0, 4)) - 1}${r.periodEnd.slice(4)}`,
          ) &&
            issuer.reports.some(
              (c) => c.periodEnd === `${Number(r.periodEnd.slice(0, 4)) - 1}-12-31`,
            )),
      )
      expect(entries.length, issuer.id).toBe(comparable.length)
      expect(comparable.length / issuer.reports.length, issuer.id).toBeGreaterThan(0.8)
      for (const entry of entries) {
        const report = issuer.reports.find(
          (r) => r.periodEnd === entry.periodEnd && addDays(r.publishedOn, 1) === entry.from,
        )
        expect(report, `${issuer.id} ${entry.periodEnd}`).toBeDefined()
        expect(Math.abs((entry.ttmRevenue ?? Number.NaN) - (report?.ttmRevenue ?? 0))).toBeLessThan(
          2,
        )
        expect(
          Math.abs((entry.ttmNetProfit ?? Number.NaN) - (report?.ttmNetProfit ?? 0)),
        ).toBeLessThan(2)
      }
    }
  })

  it('keep revenue non-negative and near its share of the year where revenue is material', () => {
    const share: Record<string, number> = { Q1: 0.25, H1: 0.5, Q3: 0.75 }
    for (const issuer of snapshot.issuers) {
      for (const r of issuer.reports) {
        expect(r.cumulativeRevenue ?? -1, `${issuer.id} ${r.periodEnd}`).toBeGreaterThanOrEqual(0)
        const fy = issuer.reports.find(
          (c) => c.periodEnd === `${r.periodEnd.slice(0, 4)}-12-31`,
        )?.ttmRevenue
        const expected = share[r.fiscalPeriod ?? '']
        if (fy === undefined || expected === undefined || fy < 1e9) continue
        const ratio = (r.cumulativeRevenue ?? 0) / fy
        expect(Math.abs(ratio - expected), `${issuer.id} ${r.periodEnd}`).toBeLessThan(0.12)
      }
    }
  })
})

describe('CSI All Share Health Care index (000991)', () => {
  const series = () => snapshot.indices?.['000991'] ?? []
  const pe = (from: IsoDate, to: IsoDate) =>
    series()
      .filter(([date]) => date >= from && date <= to)
      .map(([, , value]) => value)
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length

  it('has a close and a PE on every A-share trading day of the range, with 2 decimals', () => {
    expect(series().map(([date]) => date)).toEqual(tradingDays('A', snapshot.range))
    const twoDecimals = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6
    expect(series().every(([, close, value]) => close > 0 && value > 0)).toBe(true)
    expect(series().every(([, close, value]) => twoDecimals(close) && twoDecimals(value))).toBe(
      true,
    )
  })

  it('follows the sector’s PE history: 2018 low 30s, early-2019 trough, 2021 peak, 2022–24 lows, 2025 rebound', () => {
    expect(mean(pe('2018-01-01', '2018-12-31'))).toBeGreaterThanOrEqual(30)
    expect(mean(pe('2018-01-01', '2018-12-31'))).toBeLessThanOrEqual(35)
    const trough2019 = Math.min(...pe('2018-12-01', '2019-03-31'))
    expect(trough2019).toBeGreaterThanOrEqual(23)
    expect(trough2019).toBeLessThanOrEqual(27)
    const peak = series()
      .filter(([date]) => date.startsWith('2021'))
      .reduce((best, point) => (point[2] > best[2] ? point : best))
    expect(peak[2]).toBeGreaterThanOrEqual(55)
    expect(peak[2]).toBeLessThanOrEqual(65)
    expect(peak[0] >= '2021-01-01' && peak[0] <= '2021-03-31').toBe(true)
    const lows = pe('2022-01-01', '2024-12-31')
    expect(Math.max(...lows)).toBeLessThanOrEqual(33)
    expect(Math.min(...lows)).toBeGreaterThanOrEqual(20)
    expect(mean(lows)).toBeGreaterThanOrEqual(22)
    expect(mean(lows)).toBeLessThanOrEqual(30)
    expect(Math.max(...pe('2025-01-01', '2025-12-31'))).toBeGreaterThan(Math.max(...lows))
  })

  it('co-moves with the sample’s own A-share aggregate PE without being equal to it', () => {
    const own = new Map(
      computeSectorValuation({
        constituents: universe
          .filter((l) => l.market === 'A')
          .map((l) => ({
            ticker: l.ticker,
            currency: l.currency,
            points: deriveValuations(snapshot, l.ticker),
          })),
        fx: { HKD: [], USD: [] },
        metric: 'pe',
        method: 'aggregate',
      }).map((p) => [p.date, p.value]),
    )
    const pairs: [number, number][] = []
    const ratios: number[] = []
    series().forEach(([date, , value], i) => {
      const previous = series()[i - 1]
      const [today, yesterday] = [own.get(date), own.get(previous?.[0] ?? '')]
      if (!previous || !today || !yesterday) return
      pairs.push([Math.log(value / previous[2]), Math.log(today / yesterday)])
      ratios.push(Math.log(value / today))
    })
    const correlation = (xs: number[], ys: number[]) => {
      const [mx, my] = [mean(xs), mean(ys)]
      const cov = xs.reduce((sum, x, i) => sum + (x - mx) * ((ys[i] ?? 0) - my), 0)
      const sx = Math.sqrt(xs.reduce((sum, x) => sum + (x - mx) ** 2, 0))
      const sy = Math.sqrt(ys.reduce((sum, y) => sum + (y - my) ** 2, 0))
      return cov / (sx * sy)
    }
    const daily = correlation(
      pairs.map(([x]) => x),
      pairs.map(([, y]) => y),
    )
    expect(pairs.length).toBeGreaterThan(2000)
    expect(daily).toBeGreaterThan(0.5)
    expect(daily).toBeLessThan(0.98)
    const ratioSd = Math.sqrt(mean(ratios.map((r) => (r - mean(ratios)) ** 2)))
    expect(ratioSd).toBeGreaterThan(0.05)
  })
})

describe('file integrity', () => {
  it('has no NaN or Infinity anywhere', () => {
    const bad: string[] = []
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'number' && !Number.isFinite(value)) bad.push(path)
      else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`))
      else if (value !== null && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`)
      }
    }
    walk(snapshot, 'snapshot')
    expect(bad).toEqual([])
  })

  it('formats to compact JSON that parses back to the same snapshot', () => {
    const text = formatSnapshot(snapshot)
    expect(new TextEncoder().encode(text).length).toBeLessThan(2_500_000)
    expect(JSON.parse(text)).toEqual(snapshot)
  })

  it('cuts a shorter range out of the same model', () => {
    const range = { from: '2025-02-10', to: '2025-03-10' }
    const short = generateSnapshot({ range })
    const inRange = ([date]: readonly [IsoDate, ...unknown[]]) =>
      date >= range.from && date <= range.to
    for (const listing of short.listings) {
      expect(listing.bars, listing.ticker).toEqual(listingOf(listing.ticker).bars.filter(inRange))
    }
    expect(short.fx.HKD.filter(inRange)).toEqual(snapshot.fx.HKD.filter(inRange))
    expect(short.indices?.['000991']).toEqual(snapshot.indices?.['000991']?.filter(inRange))
    const fullIds = new Set(snapshot.news.map((n) => n.id))
    expect(short.news.every((n) => fullIds.has(n.id))).toBe(true)
    expect(short.news.map((n) => n.kind)).toContain('news')
  })
})
