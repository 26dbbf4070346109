import { getResponse, http, HttpResponse, type RequestHandler } from 'msw'
import type { Ticker } from '@/domain/types'
import { handlers as sampleHandlers, snapshot as sampleSnapshot } from '@mocks/handlers'
import { baiduEmptyBody, baiduErrorBody, baiduOpendataPath } from '@mocks/handlers/baidu'
import { csindexEmptyBody, csindexPerfPath } from '@mocks/handlers/csindex'
import {
  datacenterPath,
  emptyKlineBody,
  klinePath,
  noRowsBody,
  searchPath,
  unknownReportBody,
} from '@mocks/handlers/eastmoney'
import { announcementsPath } from '@mocks/handlers/eastmoney-announcements'
import { ulistEmptyBody, ulistPath } from '@mocks/handlers/eastmoney-quotes'
import {
  hkexPrefixPath,
  hkexTitleSearchBody,
  hkexTitleSearchPath,
  sampleStockId,
} from '@mocks/handlers/hkex'
import {
  tencentGbkQuotePath,
  tencentGbkResponse,
  tencentKlinePath,
  tencentQuotePath,
} from '@mocks/handlers/tencent'

/**
 * Named upstream failures, the breakages upstream-apis.md §5 reports, for tests
 * (`server.use(...scenarios.badGateway())`) and for the sample mode in the browser
 * (`?source=sample&scenario=badGateway`, see `readScenario`). Each scenario is a list of MSW
 * handlers for the same paths as the happy-path emulation (its path constants, no catch-all),
 * placed before it. Every upstream fails by default; `source` narrows a scenario to one.
 *
 * The shape scenarios (malformed, missing or renamed field, empty, one ticker) start from the real
 * answer of the happy-path handlers and change it, so the rest of the payload stays realistic.
 */

/** The upstreams a scenario can target (the `<source>` of `/upstream/<source>/<host>/…`). */
export const faultSources = ['eastmoney', 'tencent', 'baidu', 'csindex', 'hkex'] as const
export type FaultSource = (typeof faultSources)[number]

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

type Json = Record<string, unknown>

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The object at `path` inside `value`, or null. */
function objectAt(value: unknown, ...path: string[]): Json | null {
  let at: unknown = value
  for (const key of path) at = isRecord(at) ? at[key] : undefined
  return isRecord(at) ? at : null
}

/** The records of the array at `path`, or none. */
function rowsAt(value: unknown, ...path: string[]): Json[] {
  const parent = objectAt(value, ...path.slice(0, -1))
  const list = parent?.[path.at(-1) ?? '']
  return Array.isArray(list) ? list.filter(isRecord) : []
}

function rename(target: Json | null, from: string, to: string): void {
  if (target && from in target) {
    target[to] = target[from]
    delete target[from]
  }
}

function drop(target: Json | null, ...keys: string[]): void {
  if (target) for (const key of keys) delete target[key]
}

/** `cb({…});`, `kline_dayqfq={…}` or plain JSON, split so the JSON can be changed and rewrapped. */
interface Wrapped {
  before: string
  json: unknown
  after: string
}

function unwrap(text: string): Wrapped | null {
  const body = text.trim()
  const jsonp = /^([A-Za-z_$][\w$.]*\s*\()([\s\S]*)(\)\s*;?)$/.exec(body)
  const variable = body.startsWith('{') ? null : /^([A-Za-z_$][\w$]*\s*=)([\s\S]*?)(;?)$/.exec(body)
  const [before, inner, after] = jsonp
    ? [jsonp[1] ?? '', jsonp[2] ?? '', jsonp[3] ?? '']
    : variable
      ? [variable[1] ?? '', variable[2] ?? '', variable[3] ?? '']
      : ['', body, '']
  try {
    return { before, json: JSON.parse(inner), after }
  } catch {
    return null
  }
}

/** The content type of an answer, for a changed copy (never its now-wrong Content-Length). */
const typeOf = (response: Response) =>
  response.headers.get('Content-Type') ?? 'application/json; charset=utf-8'

/** An upstream answer changed by `change` (which edits the JSON in place, or returns a new one). */
async function reshaped(response: Response, change: (json: unknown) => unknown): Promise<Response> {
  const text = await response.text()
  const wrapped = unwrap(text)
  if (!wrapped) return new HttpResponse(text, { status: response.status })
  const json = change(wrapped.json) ?? wrapped.json
  return new HttpResponse(`${wrapped.before}${JSON.stringify(json)}${wrapped.after}`, {
    status: response.status,
    headers: { 'Content-Type': typeOf(response) },
  })
}

/** An HTML error page as nginx sends it in front of a failing upstream. */
export function htmlErrorPage(status: number, reason: string): HttpResponse<string> {
  return HttpResponse.html(
    `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
    { status },
  )
}

/** What a web application firewall sends instead of data, with status 200. */
const blockedPage = () =>
  HttpResponse.html(
    '<!DOCTYPE html><html><head><title>Access Denied</title></head><body><h1>Access Denied</h1><p>Your request has been blocked.</p></body></html>',
  )

/** Waits until the client gives up (its timeout aborts the request); never answers by itself. */
async function neverAnswer(request: Request): Promise<Response> {
  await new Promise<void>((resolve) => {
    if (request.signal.aborted) resolve()
    else request.signal.addEventListener('abort', () => resolve(), { once: true })
  })
  return HttpResponse.error()
}

/** The request's callback name (JSONP endpoints), or a default. */
const callbackOf = (request: Request, key: string) =>
  new URL(request.url).searchParams.get(key) ?? 'callback'

interface JsonShapes {
  kind: 'json'
  /** A field the parser needs, removed. */
  missing: (json: unknown) => unknown
  /** The same field under another name. */
  renamed: (json: unknown) => unknown
  /** A valid answer with nothing in it. */
  empty: (json: unknown) => unknown
  /** A refusal in the upstream's own terms (`rc ≠ 0`, `data: null`, `success: false`, …). */
  refused: (request: Request) => Response
}

/** Tencent's `v_<symbol>="…~…";` quote lines, in GBK or UTF-8. */
interface QuoteShapes {
  kind: 'quotes'
  charset: 'gbk' | 'utf-8'
}

interface Endpoint {
  source: FaultSource
  /** The happy-path handler's path constant. */
  path: string
  shapes: JsonShapes | QuoteShapes
  /** Whether a request concerns `ticker` (the one-ticker scenario), given its vendor symbols. */
  concerns: (url: URL, ids: TickerIds) => boolean
}

/** A listing's symbols on each upstream. */
interface TickerIds {
  ticker: Ticker
  code: string
  secid: string
  tencent: string
}

const never = () => false

const endpoints: readonly Endpoint[] = [
  {
    source: 'eastmoney',
    path: klinePath,
    shapes: {
      kind: 'json',
      missing: (json) => drop(objectAt(json, 'data'), 'klines'),
      renamed: (json) => rename(objectAt(json, 'data'), 'klines', 'kline'),
      empty: (json) => {
        const data = objectAt(json, 'data')
        if (data) Object.assign(data, { klines: [], dktotal: 0 })
      },
      refused: (request) => jsonOrJsonp(request, 'cb', { ...emptyKlineBody, rc: 102 }),
    },
    concerns: (url, { secid }) => url.searchParams.get('secid') === secid,
  },
  {
    source: 'eastmoney',
    path: datacenterPath,
    shapes: {
      kind: 'json',
      missing: (json) => {
        for (const row of rowsAt(json, 'result', 'data')) drop(row, 'TRADE_DATE', 'REPORT_DATE')
      },
      renamed: (json) => {
        for (const row of rowsAt(json, 'result', 'data')) {
          rename(row, 'TRADE_DATE', 'TRADEDATE')
          rename(row, 'REPORT_DATE', 'REPORTDATE')
        }
      },
      empty: () => noRowsBody,
      refused: (request) => jsonOrJsonp(request, 'callback', unknownReportBody),
    },
    concerns: (url, { ticker, code }) => {
      const filter = url.searchParams.get('filter') ?? ''
      return filter.includes(ticker) || new RegExp(`=["']${code}["']`).test(filter)
    },
  },
  {
    source: 'eastmoney',
    path: searchPath,
    shapes: {
      kind: 'json',
      missing: (json) => drop(objectAt(json, 'result'), 'cmsArticleWebOld', 'cmsArticle'),
      renamed: (json) => {
        const result = objectAt(json, 'result')
        rename(result, 'cmsArticleWebOld', 'cmsArticleWebNew')
        rename(result, 'cmsArticle', 'cmsArticleWebNew')
      },
      empty: (json) => {
        const result = objectAt(json, 'result')
        if (result) for (const key of Object.keys(result)) result[key] = []
        if (isRecord(json)) json.hitsTotal = 0
      },
      refused: (request) =>
        HttpResponse.text(
          `${callbackOf(request, 'cb')}(${JSON.stringify({ code: 100001, msg: '系统繁忙', result: null, hitsTotal: 0 })})`,
          { headers: { 'Content-Type': 'application/javascript; charset=UTF-8' } },
        ),
    },
    // News search is by issuer name, not by listing: the one-ticker scenario leaves it alone.
    concerns: never,
  },
  {
    source: 'eastmoney',
    path: ulistPath,
    shapes: {
      kind: 'json',
      missing: (json) => drop(objectAt(json, 'data'), 'diff'),
      renamed: (json) => rename(objectAt(json, 'data'), 'diff', 'list'),
      empty: () => ulistEmptyBody,
      refused: () => HttpResponse.json({ ...ulistEmptyBody, rc: 102 }),
    },
    concerns: (url, { secid }) => (url.searchParams.get('secids') ?? '').split(',').includes(secid),
  },
  {
    source: 'eastmoney',
    path: announcementsPath,
    shapes: {
      kind: 'json',
      missing: (json) => drop(objectAt(json, 'data'), 'list'),
      renamed: (json) => rename(objectAt(json, 'data'), 'list', 'items'),
      empty: (json) => {
        const data = objectAt(json, 'data')
        if (data) Object.assign(data, { list: [], total_hits: 0 })
      },
      refused: () => HttpResponse.json({ data: null, error: '服务繁忙，请稍后再试', success: 0 }),
    },
    concerns: (url, { code }) => url.searchParams.get('stock_list') === code,
  },
  {
    source: 'tencent',
    path: tencentGbkQuotePath,
    shapes: { kind: 'quotes', charset: 'gbk' },
    concerns: (url, { tencent }) => quoteSymbols(url).includes(tencent),
  },
  {
    source: 'tencent',
    path: tencentQuotePath,
    shapes: { kind: 'quotes', charset: 'utf-8' },
    concerns: (url, { tencent }) => quoteSymbols(url).includes(tencent),
  },
  {
    source: 'tencent',
    path: tencentKlinePath,
    shapes: {
      kind: 'json',
      missing: (json) => {
        for (const series of Object.values(objectAt(json, 'data') ?? {}))
          drop(isRecord(series) ? series : null, 'qfqday', 'hfqday', 'day')
      },
      renamed: (json) => {
        for (const series of Object.values(objectAt(json, 'data') ?? {}))
          rename(isRecord(series) ? series : null, 'qfqday', 'qfq_day')
      },
      empty: (json) => {
        for (const series of Object.values(objectAt(json, 'data') ?? {}))
          if (isRecord(series) && 'qfqday' in series) series.qfqday = []
      },
      refused: (request) => {
        const body = JSON.stringify({ code: -1, msg: 'param error', data: [] })
        const variable = new URL(request.url).searchParams.get('_var')
        return HttpResponse.text(variable ? `${variable}=${body}` : body)
      },
    },
    concerns: (url, { tencent }) => (url.searchParams.get('param') ?? '').startsWith(`${tencent},`),
  },
  {
    source: 'baidu',
    path: baiduOpendataPath,
    shapes: {
      kind: 'json',
      missing: (json) => {
        for (const item of rowsAt(json, 'Result'))
          drop(objectAt(item, 'DisplayData', 'resultData', 'tplData', 'result'), 'chartInfo')
      },
      renamed: (json) => {
        for (const item of rowsAt(json, 'Result'))
          rename(
            objectAt(item, 'DisplayData', 'resultData', 'tplData', 'result'),
            'chartInfo',
            'chart_info',
          )
      },
      empty: () => baiduEmptyBody,
      refused: () => HttpResponse.json(baiduErrorBody),
    },
    concerns: (url, { code }) => url.searchParams.get('code') === code,
  },
  {
    source: 'csindex',
    path: csindexPerfPath,
    shapes: {
      kind: 'json',
      missing: (json) => {
        for (const row of rowsAt(json, 'data')) drop(row, 'tradeDate')
      },
      renamed: (json) => {
        for (const row of rowsAt(json, 'data')) rename(row, 'tradeDate', 'trade_date')
      },
      empty: () => csindexEmptyBody,
      refused: () =>
        HttpResponse.json({ code: '500', msg: '系统繁忙', data: null, success: false }),
    },
    concerns: never,
  },
  {
    source: 'hkex',
    path: hkexPrefixPath,
    shapes: {
      kind: 'json',
      missing: (json) => drop(isRecord(json) ? json : null, 'stockInfo'),
      renamed: (json) => rename(isRecord(json) ? json : null, 'stockInfo', 'stockinfo'),
      empty: (json) => {
        if (isRecord(json)) Object.assign(json, { more: '0', stockInfo: [] })
      },
      refused: blockedPage,
    },
    concerns: (url, { code, ticker }) =>
      ticker.endsWith('.HK') && url.searchParams.get('name') === code.replace(/^0+(?=\d)/, ''),
  },
  {
    source: 'hkex',
    path: hkexTitleSearchPath,
    shapes: {
      kind: 'json',
      missing: (json) => drop(isRecord(json) ? json : null, 'result'),
      renamed: (json) => rename(isRecord(json) ? json : null, 'result', 'results'),
      empty: () => hkexTitleSearchBody(null),
      refused: blockedPage,
    },
    concerns: (url, { code, ticker }) =>
      ticker.endsWith('.HK') && url.searchParams.get('stockId') === String(sampleStockId(code)),
  },
]

/** The JSON body, wrapped in the request's callback when it asked for one (JSONP). */
function jsonOrJsonp(request: Request, key: string, body: unknown): Response {
  const callback = new URL(request.url).searchParams.get(key)
  return callback
    ? HttpResponse.text(`${callback}(${JSON.stringify(body)});`, {
        headers: { 'Content-Type': 'application/javascript; charset=UTF-8' },
      })
    : HttpResponse.json(body as Json)
}

/** `…/qt/q=hk02696,sh600276` → the symbols asked for. */
function quoteSymbols(url: URL): string[] {
  const last = decodeURIComponent(url.pathname.split('/').at(-1) ?? '')
  return last.startsWith('q=') ? last.slice(2).split(',').filter(Boolean) : []
}

async function quoteText(response: Response, charset: 'gbk' | 'utf-8'): Promise<string> {
  return charset === 'gbk'
    ? new TextDecoder('gbk').decode(await response.arrayBuffer())
    : response.text()
}

function quoteResponse(text: string, charset: 'gbk' | 'utf-8'): Response {
  return charset === 'gbk'
    ? tencentGbkResponse(text)
    : new HttpResponse(text, { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
}

/** Every statement except the no-match one: `v_<symbol>="<value>"`. */
const quoteStatement = /v_(?!pv_none_match)(\w+)="([^"]*)"/g

type Shape = 'missing' | 'renamed' | 'empty'

async function reshapedQuotes(response: Response, charset: 'gbk' | 'utf-8', shape: Shape) {
  const text = await quoteText(response, charset)
  if (shape === 'empty') return quoteResponse('', charset)
  const changed =
    shape === 'missing'
      ? // Lines cut to 40 fields: the price fields are there, the market value and currency are not.
        text.replace(quoteStatement, (_, symbol: string, value: string) => {
          return `v_${symbol}="${value.split('~').slice(0, 40).join('~')}"`
        })
      : // The variable renamed, as Tencent names its real-time HK lines (`v_r_hk02696`).
        text.replace(quoteStatement, (_, symbol: string, value: string) => {
          return `v_r_${symbol}="${value}"`
        })
  return quoteResponse(changed, charset)
}

/** The happy-path answer to `request`, or undefined when no handler knows it. */
function realAnswer(base: readonly RequestHandler[], request: Request) {
  return getResponse([...base], request.clone())
}

/** A scenario's answer; undefined lets the happy-path handler answer. */
type Answer = Response | undefined | Promise<Response | undefined>

/** One handler per targeted endpoint, each answering with `answer`. */
function perEndpoint(
  options: ScenarioOptions,
  answer: (endpoint: Endpoint, request: Request, base: readonly RequestHandler[]) => Answer,
): RequestHandler[] {
  const base = options.handlers ?? sampleHandlers
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

/** Bytes of the real answer cut in half, inside a value (never at a line or statement end). */
async function truncated(response: Response): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer())
  let cut = Math.floor(bytes.length / 2)
  // `\n`, `;`, `"`: stepping back from a statement's end keeps a quote line unterminated.
  while (cut > 1 && [0x0a, 0x3b, 0x22].includes(bytes[cut - 1] ?? 0)) cut -= 1
  return new HttpResponse(bytes.slice(0, cut), {
    status: response.status,
    headers: { 'Content-Type': typeOf(response) },
  })
}

/** The ids of a listing on each upstream, from the snapshot's vendor symbols. */
function idsOf(ticker: Ticker): TickerIds {
  const listing = sampleSnapshot.listings.find((candidate) => candidate.ticker === ticker)
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

/** Every scenario with what it emulates, one line each (the README lists them). */
export const scenarioList: readonly { name: ScenarioName; description: string }[] = [
  { name: 'serverError', description: 'HTTP 500 with an HTML error page' },
  {
    name: 'badGateway',
    description: 'HTTP 502 with an nginx HTML page (push2 does this intermittently)',
  },
  {
    name: 'hang',
    description:
      'no answer at all: each request ends at the provider timeout (15 s; `timeout=` shortens it)',
  },
  {
    name: 'malformedJson',
    description: 'HTTP 200 with the body cut in half (truncated JSON, JSONP or quote lines)',
  },
  {
    name: 'missingField',
    description:
      'a valid envelope without the data field (`data.klines`, row dates, `diff`, `chartInfo`, quote fields …)',
  },
  {
    name: 'renamedField',
    description:
      'the data field renamed (`klines` → `kline`, `cmsArticleWebOld` → `cmsArticleWebNew`, `v_r_` quote lines …)',
  },
  {
    name: 'emptyBars',
    description:
      'valid but empty answers: `klines: []`, `qfqday: []`, no rows, no quote lines, no search hits',
  },
  {
    name: 'refused',
    description:
      'refusals with HTTP 200: `rc ≠ 0` / `data: null`, datacenter `success: false`, Baidu `ResultCode ≠ 0`, unknown-symbol quote lines, a blocked-request page',
  },
  { name: 'rateLimited', description: 'HTTP 429 with `Retry-After: 120`' },
  {
    name: 'oneTicker',
    description:
      '01877.HK fails everywhere (HTTP 502, unknown in quote batches) while the other listings answer',
  },
]

const isScenarioName = (value: string): value is ScenarioName => Object.hasOwn(scenarios, value)
const isFaultSource = (value: string): value is FaultSource =>
  (faultSources as readonly string[]).includes(value)

/** Shortest and longest `timeout=` accepted, in milliseconds. */
export const timeoutBounds = { min: 100, max: 60_000 } as const

/** A fault scenario chosen in the address (sample mode only), ready to install. */
export interface ScenarioChoice {
  name: ScenarioName | null
  source: FaultSource | null
  /** The handlers to put before the happy-path ones, given those (the snapshot served). */
  handlers: (base: readonly RequestHandler[]) => RequestHandler[]
  /** Request timeout asked for with `timeout=` (ms), or null for the default. */
  timeoutMs: number | null
  /** What is on, and every parameter that was ignored (the app shows them as notices). */
  notices: string[]
}

/**
 * Reads `scenario=<name>`, `scenarioSource=<source>` and `timeout=<ms>` from the address. An
 * unknown or malformed value is ignored with a notice and the app runs normally; a known scenario
 * is announced, so nobody mistakes it for a real outage.
 */
export function readScenario(search: string): ScenarioChoice {
  const params = new URLSearchParams(search)
  const notices: string[] = []
  const requested = params.get('scenario')
  const sourceText = params.get('scenarioSource')
  const timeoutText = params.get('timeout')

  let name: ScenarioName | null = null
  if (requested !== null) {
    if (isScenarioName(requested)) name = requested
    else
      notices.push(
        `Ignored scenario=${requested} in the address: use one of ${scenarioList.map((s) => s.name).join(', ')}. The app runs normally.`,
      )
  }
  let source: FaultSource | null = null
  if (sourceText !== null) {
    if (!isFaultSource(sourceText))
      notices.push(
        `Ignored scenarioSource=${sourceText} in the address: use one of ${faultSources.join(', ')}.`,
      )
    else if (name === null)
      notices.push(`Ignored scenarioSource=${sourceText} in the address: no scenario is chosen.`)
    else source = sourceText
  }
  let timeoutMs: number | null = null
  if (timeoutText !== null) {
    const value = Number(timeoutText)
    if (/^\d+$/.test(timeoutText) && value >= timeoutBounds.min && value <= timeoutBounds.max)
      timeoutMs = value
    else
      notices.push(
        `Ignored timeout=${timeoutText} in the address: use milliseconds from ${timeoutBounds.min} to ${timeoutBounds.max}.`,
      )
  }
  if (name !== null) {
    const description = scenarioList.find((entry) => entry.name === name)?.description ?? ''
    notices.push(
      `Fault scenario ${name} is on (${source ?? 'every upstream'}): ${description.replaceAll('`', '')}.`,
    )
  }
  const chosen = name
  return {
    name,
    source,
    handlers: (base) =>
      chosen === null
        ? []
        : scenarios[chosen]({ handlers: base, ...(source === null ? {} : { source }) }),
    timeoutMs,
    notices,
  }
}
