import { compareIsoDates } from '@/domain/dates'
import { marketOf, tickerCode } from '@/domain/tickers'
import type { CapPePoint, IsoDate, Ticker, ValuationPoint } from '@/domain/types'
import { getText, parseJson, UpstreamDataError } from '@/providers/http'
import {
  WireBaiduEnvelope,
  WireBaiduValuationResponse,
  type WireBaiduRow,
  type WireBaiduValue,
} from '@/providers/baidu/wire'
import { upstreamPath } from '@/providers/upstream'
import { validateWire } from '@/providers/validate'

const source = 'Baidu valuation'

/** The `query` / `tag` names of the indicators read, as Baidu's valuation tab spells them. */
export const baiduIndicators = {
  marketCap: '总市值',
  peTtm: '市盈率(TTM)',
  pb: '市净率',
} as const
export type BaiduIndicator = (typeof baiduIndicators)[keyof typeof baiduIndicators]

/** Chart periods read (`chart_select`), as Baidu's valuation tab spells them. */
const baiduPeriods = { all: '全部', threeYears: '近三年' } as const
export type BaiduPeriod = keyof typeof baiduPeriods

/**
 * Baidu truncates the body to 1–2 points while rate-limiting (reported by public clients); a
 * series (whole history or three years) shorter than this is treated as a refusal.
 */
const minimumPoints = 2

/**
 * Daily valuation history of an HK listing from Baidu 股市通 (`resource_id=51171`, `market=hk`,
 * `chart_select=全部`): three parallel requests, joined by date, ascending.
 *
 * - `marketCap`: `总市值` × 1e8. Assumed to be in 100 m (亿) of the trading currency (HKD for
 *   these listings), as Baidu's page labels it; not verified against a live answer.
 * - `peTtm`: `市盈率(TTM)`, negative for a loss-maker; `pb`: `市净率`. A date of the market-cap
 *   series missing from either gets null there; dates only in the PE / PB series are dropped
 *   (there is no market value to attach them to). A value of exactly 0 is Baidu's placeholder for
 *   "no figure" and also becomes null.
 * - `psTtm`: always null (Baidu publishes no price / sales).
 *
 * Throws for a non-HK ticker (the request is HK-only here), UpstreamDataError when any series is
 * refused (`ResultCode ≠ 0`), unknown (empty `Result`), empty, truncated or malformed, and
 * HttpError / NetworkError when a request fails.
 */
export async function fetchBaiduValuation(
  ticker: Ticker,
  {
    signal,
    capPe,
  }: {
    signal?: AbortSignal | undefined
    /** Market cap and PE-TTM already loaded (see {@link fetchBaiduCapPe}); default: fetched here. */
    capPe?: (() => Promise<readonly CapPePoint[]>) | undefined
  } = {},
): Promise<ValuationPoint[]> {
  assertHk(ticker)
  const [points, pbs] = await Promise.allSettled([
    capPe ? capPe() : fetchBaiduCapPe(ticker, { signal }),
    fetchSeries(ticker, baiduIndicators.pb, signal),
  ])
  // Read in series order, so one refusal of every series always names the market cap first.
  const joined = valueOf(points)
  const pb = new Map(valueOf(pbs))
  return joined.map((point) => ({ ...point, pb: nonZero(pb.get(point.date)), psTtm: null }))
}

/**
 * Market cap and PE-TTM of an HK listing from Baidu: the first two series of
 * {@link fetchBaiduValuation} (two parallel requests instead of three), joined the same way. What
 * the dashboard needs (sector PE and cap weights); the same errors.
 */
export async function fetchBaiduCapPe(
  ticker: Ticker,
  {
    signal,
    period = 'all',
  }: {
    signal?: AbortSignal | undefined
    /** `all`: the whole history (`全部`, default); `threeYears`: the last three (`近三年`). */
    period?: BaiduPeriod | undefined
  } = {},
): Promise<CapPePoint[]> {
  assertHk(ticker)
  const [caps, pes] = await Promise.allSettled([
    fetchSeries(ticker, baiduIndicators.marketCap, signal, period),
    fetchSeries(ticker, baiduIndicators.peTtm, signal, period),
  ])
  const capRows = valueOf(caps)
  const pe = new Map(valueOf(pes))
  return capRows.map(([date, capIn100m]) => {
    // × 1e8 must stay finite: a value near the largest double would become Infinity.
    if (capIn100m <= 0 || !Number.isFinite(capIn100m * 1e8)) {
      throw new UpstreamDataError(source, `${ticker} 总市值 on ${date} is ${capIn100m}`)
    }
    return { date, marketCap: capIn100m * 1e8, peTtm: nonZero(pe.get(date)) }
  })
}

/**
 * A settled request's value, or its error thrown. The series are awaited together and read in order
 * (market cap, PE, PB), so the error reported does not depend on which answer came first.
 */
function valueOf<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason
  return result.value
}

function assertHk(ticker: Ticker): void {
  if (marketOf(ticker) !== 'HK') {
    throw new Error(`Baidu valuation is read for HK listings only; ${ticker} is not one`)
  }
}

function nonZero(value: number | undefined): number | null {
  return value === undefined || value === 0 ? null : value
}

/** One indicator's history over `period`, validated, as [date, value] sorted by date. */
async function fetchSeries(
  ticker: Ticker,
  indicator: BaiduIndicator,
  signal: AbortSignal | undefined,
  period: BaiduPeriod = 'all',
): Promise<[IsoDate, number][]> {
  const query = new URLSearchParams({
    openapi: '1',
    dspName: 'iphone',
    tn: 'tangram',
    client: 'app',
    query: indicator,
    code: tickerCode(ticker),
    word: '',
    resource_id: '51171',
    market: 'hk',
    tag: indicator,
    chart_select: baiduPeriods[period],
    industry_select: '',
    skip_industry: '1',
    finClientType: 'pc',
  })
  const path = upstreamPath('baidu', 'finance', `/opendata?${query}`)
  const json = parseJson(await getText(path, { signal, source }), source)
  const what = `${ticker} ${indicator}`

  const { ResultCode } = validateWire(WireBaiduEnvelope, json, source)
  if (String(ResultCode).trim() !== '0') {
    throw new UpstreamDataError(source, `${what} refused with ResultCode ${ResultCode}`)
  }
  const { Result } = validateWire(WireBaiduValuationResponse, json, source)
  const body = Result[0]?.DisplayData.resultData.tplData.result.chartInfo[0]?.body
  if (body === undefined) throw new UpstreamDataError(source, `no ${what} series (unknown code?)`)
  if (body.length < minimumPoints) {
    throw new UpstreamDataError(
      source,
      `${what} has ${body.length} point(s) for ${period === 'all' ? 'the whole history' : 'three years'} (truncated while rate-limiting?)`,
    )
  }

  const rows = body.map((row) => parseRow(row, what))
  rows.sort(([a], [b]) => compareIsoDates(a, b))
  rows.forEach(([date], i) => {
    if (i > 0 && rows[i - 1]?.[0] === date) {
      throw new UpstreamDataError(source, `${what} has two values for ${date}`)
    }
  })
  return rows
}

// `2024-10-08`, tolerating a time part (`2024-10-08 00:00:00`).
const dateText =
  /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/
const decimal = /^[-+]?\d+(?:\.\d+)?$/

function parseRow(row: WireBaiduRow, what: string): [IsoDate, number] {
  const [date, value] = Array.isArray(row) ? [row[0], row[1]] : [row.date, row.value]
  const day = dateText.exec(date.trim())?.[1]
  if (day === undefined) throw new UpstreamDataError(source, `${what} has a row dated "${date}"`)
  return [day, parseValue(value, what, day)]
}

/**
 * A number, or a numeric string; anything else (`--`, '', NaN) is an error naming the series and
 * the day (the message is only put together then: a cold load reads some 16,000 rows).
 */
function parseValue(value: WireBaiduValue, what: string, day: IsoDate): number {
  const number =
    typeof value === 'number' ? value : decimal.test(value.trim()) ? Number(value) : Number.NaN
  if (!Number.isFinite(number)) {
    throw new UpstreamDataError(
      source,
      `${what} on ${day} is ${JSON.stringify(value)}, not a number`,
    )
  }
  return number
}
