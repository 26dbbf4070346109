import { http, type RequestHandler } from 'msw'
import type { IsoDate, Ticker } from '@/domain/types'
import type { WireBaiduEnvelope, WireBaiduValuationResponse } from '@/providers/baidu/wire'
import {
  derivedValuationsAfter,
  latestValuationOf,
  type DerivedValuation,
} from '@mocks/snapshot/derive'
import type { Snapshot } from '@mocks/snapshot/types'
import { jsonResponse } from '@mocks/handlers/respond'

export const baiduOpendataPath = '*/upstream/baidu/finance/opendata'

/**
 * Answer for a code Baidu has nothing for (an unknown HK code, or any other market here): success
 * with an empty `Result`. Chosen to mirror how a search-backed endpoint answers "no hit"; not
 * captured from Baidu.
 */
export const baiduEmptyBody = {
  ResultCode: 0,
  QueryID: '0',
  Result: [],
} satisfies WireBaiduValuationResponse

/**
 * Answer for a request Baidu cannot serve (wrong `resource_id`, unknown indicator or period):
 * HTTP 200 with a non-zero `ResultCode` and no `Result`. The shape is our choice, not a capture.
 */
export const baiduErrorBody = {
  ResultCode: 2,
  ResultMsg: 'invalid request',
  QueryID: '0',
} satisfies WireBaiduEnvelope

/** A chart answer: `rows` as `[date, value]`, the form public clients read. */
export function baiduValuationBody(
  indicator: string,
  rows: readonly (readonly [IsoDate, string | number])[],
): WireBaiduValuationResponse {
  return {
    ResultCode: 0,
    QueryID: '0',
    Result: [
      {
        StdStg: 51171,
        DisplayData: {
          StdStg: 51171,
          resultData: {
            tplData: {
              result: {
                chartInfo: [{ name: indicator, body: rows.map(([date, value]) => [date, value]) }],
              },
            },
          },
        },
      },
    ],
  }
}

/** Indicator → value on one session: 总市值 in 100 m (亿) of the trading currency, 2 decimals. */
const indicators: Record<string, (point: DerivedValuation) => number | null> = {
  总市值: (point) => point.marketCap / 1e8,
  '市盈率(TTM)': (point) => point.peTtm,
  市净率: (point) => point.pb,
}

const periodYears: Record<string, number | null> = {
  全部: null,
  近一年: 1,
  近三年: 3,
  近五年: 5,
  近十年: 10,
}

/**
 * Baidu 股市通 valuation charts (`resource_id=51171`, `market=hk`) over a snapshot, from
 * deriveValuations: one row per bar (a suspended day has none), a day without PE / PB (no report
 * yet, zero profit or equity) is left out of that series, values as 2-decimal strings.
 */
export function baiduHandlers(snapshot: Snapshot): RequestHandler[] {
  return [
    http.get(baiduOpendataPath, ({ request }) => {
      const query = new URL(request.url).searchParams
      const indicator = query.get('query') ?? ''
      const valueOf = indicators[indicator]
      const years = periodYears[query.get('chart_select') ?? '']
      if (
        query.get('resource_id') !== '51171' ||
        valueOf === undefined ||
        query.get('tag') !== indicator ||
        years === undefined
      ) {
        return jsonResponse(baiduErrorBody)
      }

      const ticker: Ticker = `${query.get('code') ?? ''}.HK`
      const last =
        query.get('market') === 'hk' ? latestValuationOf(snapshot, ticker)?.date : undefined
      if (last === undefined) return jsonResponse(baiduEmptyBody)

      // The period counts back from the last session: 近三年 from the same day three years before.
      const from = years === null ? '' : `${Number(last.slice(0, 4)) - years}${last.slice(4)}`
      const rows = derivedValuationsAfter(snapshot, ticker, from).flatMap(
        (point): [IsoDate, string][] => {
          const value = valueOf(point)
          return value !== null ? [[point.date, value.toFixed(2)]] : []
        },
      )
      return jsonResponse(baiduValuationBody(indicator, rows))
    }),
  ]
}
