import { getResponse, http, HttpResponse, type RequestHandler } from 'msw'
import type { Ticker } from '@/domain/types'
import {
  endpoints,
  type Endpoint,
  type FaultSource,
  type Shape,
  type TickerIds,
} from '@mocks/faults/endpoints'
import { quoteResponse, quoteSymbols, quoteText, reshapedQuotes } from '@mocks/faults/quote-lines'
import { htmlErrorPage, neverAnswer, reshaped, truncated } from '@mocks/faults/responses'
import { ulistPath } from '@mocks/handlers/eastmoney-quotes'
import { listingSpecs } from '@mocks/snapshot/listings'

/**
 * The scenario builders: each turns options (which upstream, which happy-path handlers) into the
 * MSW handlers to put before the happy-path ones, one per targeted endpoint.
 */

export interface ScenarioOptions {
  /** Only this upstream fails; the others answer normally. Default: every upstream. */
  source?: FaultSource
  /**
   * The happy-path handlers whose answers the shape scenarios change (default: those of the
   * synthetic sample; the browser passes the ones of the snapshot it serves).
   */
  handlers?: readonly RequestHandler[]
}

export interface OneTickerOptions extends ScenarioOptions {
  /** The listing that fails (default 01877.HK, Junshi's H-share). */
  ticker?: Ticker
}

/** The happy-path answer to `request`, or undefined when no handler knows it. */
function realAnswer(base: readonly RequestHandler[], request: Request) {
  return getResponse([...base], request.clone())
}

/** A scenario's answer; undefined lets the happy-path handler answer. */
type Answer = Response | undefined | Promise<Response | undefined>

/**
 * The happy-path handlers a scenario changes when its options name none: the sample's, registered
 * by mocks/node.ts for tests. The browser always passes the handlers it serves (mocks/browser.ts),
 * so its bundle never contains the snapshot module.
 */
let defaultBase: readonly RequestHandler[] | null = null

/** Makes `handlers` the default base of scenarios built without `handlers` (mocks/node.ts). */
export function setDefaultScenarioBase(handlers: readonly RequestHandler[]): void {
  defaultBase = handlers
}

/** One handler per targeted endpoint, each answering with `answer`. */
function perEndpoint(
  options: ScenarioOptions,
  answer: (endpoint: Endpoint, request: Request, base: readonly RequestHandler[]) => Answer,
): RequestHandler[] {
  const base = options.handlers ?? defaultBase
  if (base === null) {
    throw new Error(
      'a fault scenario needs the handlers it changes: pass `handlers`, or import @mocks/node',
    )
  }
  return endpoints
    .filter((endpoint) => options.source === undefined || endpoint.source === options.source)
    .map((endpoint) => http.get(endpoint.path, ({ request }) => answer(endpoint, request, base)))
}

/** The real answer changed into `shape`; answers that are not a success pass unchanged. */
function shapeScenario(shape: Shape, options: ScenarioOptions): RequestHandler[] {
  return perEndpoint(options, async ({ shapes }, request, base) => {
    const real = await realAnswer(base, request)
    if (!real?.ok) return real
    if (shapes.kind === 'quotes') return reshapedQuotes(real, shapes.charset, shape)
    return reshaped(real, shapes[shape])
  })
}

/** The ids of a listing on each upstream, from the snapshot's vendor symbols. */
function idsOf(ticker: Ticker): TickerIds {
  const listing = listingSpecs.find((candidate) => candidate.ticker === ticker)
  const code = ticker.slice(0, ticker.indexOf('.'))
  const hk = ticker.endsWith('.HK')
  return {
    ticker,
    code,
    secid: listing?.secid ?? `${hk ? '116' : ticker.endsWith('.SH') ? '1' : '0'}.${code}`,
    tencent: listing?.tencent ?? `${hk ? 'hk' : ticker.slice(-2).toLowerCase()}${code}`,
  }
}

/** A batch request without one symbol: the real answer for the others. */
async function withoutSymbol(
  request: Request,
  base: readonly RequestHandler[],
  endpoint: Endpoint,
  ids: TickerIds,
): Promise<Response | undefined> {
  const url = new URL(request.url)
  if (endpoint.shapes.kind === 'quotes') {
    const others = quoteSymbols(url).filter((symbol) => symbol !== ids.tencent)
    if (others.length === 0) return htmlErrorPage(502, 'Bad Gateway')
    const parts = url.pathname.split('/')
    parts[parts.length - 1] = `q=${others.join(',')}`
    url.pathname = parts.join('/')
    const real = await realAnswer(base, new Request(url))
    if (!real?.ok) return real
    // The failing symbol answered as Tencent answers one it cannot serve.
    const text = `${await quoteText(real, endpoint.shapes.charset)}v_pv_none_match="1";\n`
    return quoteResponse(text, endpoint.shapes.charset)
  }
  const others = (url.searchParams.get('secids') ?? '').split(',').filter((s) => s !== ids.secid)
  if (others.length === 0) return htmlErrorPage(502, 'Bad Gateway')
  url.searchParams.set('secids', others.join(','))
  return realAnswer(base, new Request(url))
}

/** Named scenarios: each returns the handlers to put before the happy-path ones. */
export const scenarios = {
  /** HTTP 500 with an HTML error page. */
  serverError: (options: ScenarioOptions = {}) =>
    perEndpoint(options, () => htmlErrorPage(500, 'Internal Server Error')),
  /** HTTP 502 with nginx's HTML page (push2 does this intermittently). */
  badGateway: (options: ScenarioOptions = {}) =>
    perEndpoint(options, () => htmlErrorPage(502, 'Bad Gateway')),
  /** No answer at all: the request only ends when the client's timeout aborts it. */
  hang: (options: ScenarioOptions = {}) =>
    perEndpoint(options, (_, request) => neverAnswer(request)),
  /** HTTP 200 with the real body cut in half: truncated JSON, JSONP or quote lines. */
  malformedJson: (options: ScenarioOptions = {}) =>
    perEndpoint(options, async (_, request, base) => {
      const real = await realAnswer(base, request)
      return real?.ok ? truncated(real) : real
    }),
  /** A valid envelope without the field the data is in (`data.klines`, `result.data[].TRADE_DATE`, …). */
  missingField: (options: ScenarioOptions = {}) => shapeScenario('missing', options),
  /** The same field under a new name (`klines` → `kline`, `cmsArticleWebOld` → `cmsArticleWebNew`, …). */
  renamedField: (options: ScenarioOptions = {}) => shapeScenario('renamed', options),
  /** Valid but empty answers: `klines: []`, `qfqday: []`, no rows, no quote lines, no hits. */
  emptyBars: (options: ScenarioOptions = {}) => shapeScenario('empty', options),
  /** Refusals that answer 200: `rc ≠ 0` / `data: null`, datacenter `success: false`, ResultCode ≠ 0, … */
  refused: (options: ScenarioOptions = {}) =>
    perEndpoint(options, ({ shapes }, request) =>
      shapes.kind === 'quotes'
        ? quoteResponse(
            quoteSymbols(new URL(request.url))
              .map(() => 'v_pv_none_match="1";\n')
              .join(''),
            shapes.charset,
          )
        : shapes.refused(request),
    ),
  /** HTTP 429 with `Retry-After: 120` (beyond the query client's one-minute retry wait). */
  rateLimited: (options: ScenarioOptions = {}) =>
    perEndpoint(
      options,
      () =>
        new HttpResponse('Too Many Requests', {
          status: 429,
          headers: { 'Retry-After': '120', 'Content-Type': 'text/plain' },
        }),
    ),
  /**
   * One listing (default 01877.HK) fails everywhere with HTTP 502 while the others answer: its
   * bars, valuation, results and HKEXnews filings; in quote batches the other symbols answer and
   * it is reported unknown.
   */
  oneTicker: (options: OneTickerOptions = {}) => {
    const ids = idsOf(options.ticker ?? '01877.HK')
    return perEndpoint(options, (endpoint, request, base) => {
      const url = new URL(request.url)
      if (!endpoint.concerns(url, ids)) return undefined
      const batch = endpoint.shapes.kind === 'quotes' || endpoint.path === ulistPath
      return batch ? withoutSymbol(request, base, endpoint, ids) : htmlErrorPage(502, 'Bad Gateway')
    })
  },
} satisfies Record<string, (options?: ScenarioOptions) => RequestHandler[]>

export type ScenarioName = keyof typeof scenarios
