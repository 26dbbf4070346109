import fc from 'fast-check'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { isIsoDate } from '@/domain/dates'
import { safeExternalUrl } from '@/domain/external-url'
import { fetchBaiduValuation } from '@/providers/baidu/valuation'
import { fetchCsiIndexValuation } from '@/providers/csindex/index-valuation'
import { CsvReadError, readCsvFile } from '@/providers/csv-file/read-csv'
import { fetchDailyBars } from '@/providers/daily-bars'
import { fetchEastmoneyAnnouncements } from '@/providers/eastmoney/announcements'
import { fetchEastmoneyFxHistory } from '@/providers/eastmoney/fx'
import { fetchEastmoneyHkFinancials } from '@/providers/eastmoney/hk-financials'
import {
  fetchEastmoneyIndustryValuation,
  resetIndustryBoardCache,
} from '@/providers/eastmoney/industry-valuation'
import { fetchEastmoneyDailyBars } from '@/providers/eastmoney/kline'
import { fetchEastmoneyNews } from '@/providers/eastmoney/news'
import { fetchEastmoneyQuotes } from '@/providers/eastmoney/quotes'
import { fetchEastmoneyValuation } from '@/providers/eastmoney/valuation'
import { resetSourceHealth, SourcesFailedError } from '@/providers/fallback'
import { fetchHkexAnnouncements, resetHkexStockIds } from '@/providers/hkex/announcements'
import { HttpError, NetworkError, UpstreamDataError } from '@/providers/http'
import { unwrapJsonp } from '@/providers/jsonp'
import { fetchNews } from '@/providers/news'
import { fetchQuotes } from '@/providers/quotes'
import { fetchTencentDailyBars } from '@/providers/tencent/kline'
import { fetchTencentQuotes } from '@/providers/tencent/quotes'
import { plainText } from '@/providers/text'
import { fetchValuationHistory } from '@/providers/valuation'
import { announcementsBody, announcementsPath } from '@mocks/handlers/eastmoney-announcements'
import { encodeGbk } from '@mocks/handlers/gbk'
import { server } from '@mocks/node'
import {
  anyIndex,
  anyJsonText,
  anyText,
  mutatePayload,
  mutations,
  nonFiniteNumbers,
  numericText,
  splitWrapper,
  toJsonText,
  trickyChar,
  trimArrays,
} from '../support/arbitraries'

/**
 * Every parser at the boundary, driven with arbitrary text, arbitrary JSON and mutated real
 * samples: it returns domain values (finite numbers, real dates, safe links) or throws one of the
 * typed errors, never a TypeError, RangeError or SyntaxError.
 *
 * How: each case first runs against the sample emulation (MSW) and records every answer; each
 * property run then replays those answers through MSW with one of them (picked by the run)
 * replaced by the fuzzed body, so multi-request parsers (HKEX's two steps, paged histories) are
 * fuzzed at every step. Real answers are cut to a few rows per array so mutations land on rows.
 */

const typedErrors = [HttpError, NetworkError, UpstreamDataError, SourcesFailedError, CsvReadError]

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error)
}

/** What is wrong with a parser's result: non-finite numbers, bad dates, unsafe links. */
function problemsOf(value: unknown): string[] {
  const problems = nonFiniteNumbers(value)
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${path}[${i}]`))
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        const where = `${path}.${key}`
        if (/^(date|periodEnd|publishedOn|listedOn)$/.test(key) && !isIsoDate(child)) {
          problems.push(`${where} = ${JSON.stringify(child)} is not a date`)
        }
        if (/^(publishedAt|asOf|fetchedAt)$/.test(key) && child !== null) {
          // V8 reads 2025-02-31 as 3 March: the date part must be a real day.
          if (
            typeof child !== 'string' ||
            Number.isNaN(Date.parse(child)) ||
            !isIsoDate(child.slice(0, 10))
          ) {
            problems.push(`${where} = ${JSON.stringify(child)} is not an instant`)
          }
        }
        if (key === 'url' && child !== null && safeExternalUrl(child) !== child) {
          problems.push(`${where} = ${JSON.stringify(child)} is not a safe link`)
        }
        walk(child, where)
      }
    }
  }
  walk(value, '$')
  return problems
}

/** Runs a parser: its result must be clean, or its error typed. */
async function atBoundary(run: () => Promise<unknown>): Promise<void> {
  let value: unknown
  try {
    value = await run()
  } catch (error) {
    if (!typedErrors.some((type) => error instanceof type)) {
      throw new Error(`untyped error escaped the boundary: ${describeError(error)}`, {
        cause: error,
      })
    }
    return
  }
  expect(problemsOf(value)).toEqual([])
}

interface Exchange {
  key: string
  /** The JSONP callback the request named (the answer echoes it), if any. */
  callback: string | null
  gbk: boolean
  text: string
}

/** Request identity without the parts that change per call (JSONP callback, cache buster). */
function keyOf(url: URL): string {
  const query = new URLSearchParams(url.search)
  query.delete('cb')
  query.delete('_')
  query.sort()
  return `${url.pathname}?${query}`
}

const isGbkPath = (url: URL) =>
  url.pathname.startsWith('/upstream/tencent/qt/') && !url.pathname.includes('/utf8/')

/** The sample emulation's answers to one call, arrays cut to a few rows. */
async function record(run: () => Promise<unknown>): Promise<Exchange[]> {
  const exchanges: Exchange[] = []
  const emulated = globalThis.fetch
  const spy = vi
    .spyOn(globalThis, 'fetch')
    .mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await emulated(input, init)
      const url = new URL(input instanceof Request ? input.url : String(input))
      const gbk = isGbkPath(url)
      const bytes = await response.clone().arrayBuffer()
      const text = new TextDecoder(gbk ? 'gbk' : 'utf-8').decode(bytes)
      const { before, json, after } = splitWrapper(text)
      let trimmed = text
      try {
        trimmed = before + toJsonText(trimArrays(JSON.parse(json))) + after
      } catch {
        // not JSON (Tencent quote lines): kept whole
      }
      exchanges.push({ key: keyOf(url), callback: url.searchParams.get('cb'), gbk, text: trimmed })
      return response
    })
  try {
    await run()
  } finally {
    spy.mockRestore()
  }
  if (exchanges.length === 0) throw new Error('the call made no request')
  return exchanges
}

type Payload =
  | { kind: 'mutated'; changes: Parameters<typeof mutatePayload>[1] }
  | { kind: 'text'; text: string }
  | { kind: 'json'; text: string }
  | { kind: 'truncated'; at: number }
  | { kind: 'bytes'; bytes: Uint8Array }

const payload: fc.Arbitrary<Payload> = fc.oneof(
  { weight: 5, arbitrary: mutations.map((changes) => ({ kind: 'mutated' as const, changes })) },
  { weight: 1, arbitrary: anyText.map((text) => ({ kind: 'text' as const, text })) },
  { weight: 2, arbitrary: anyJsonText.map((text) => ({ kind: 'json' as const, text })) },
  { weight: 1, arbitrary: anyIndex.map((at) => ({ kind: 'truncated' as const, at })) },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 60 }).map((bytes) => ({ kind: 'bytes' as const, bytes })),
  },
)

function bodyFor(exchange: Exchange, fuzz: Payload): string | Uint8Array {
  switch (fuzz.kind) {
    case 'mutated':
      return mutatePayload(exchange.text, fuzz.changes)
    case 'text':
      return fuzz.text
    case 'json': {
      // Inside the answer's own wrapper, so JSONP unwrapping passes and the JSON is what is tested.
      const { before, after } = splitWrapper(exchange.text)
      return before + fuzz.text + after
    }
    case 'truncated':
      return exchange.text.slice(0, fuzz.at % (exchange.text.length + 1))
    case 'bytes':
      return fuzz.bytes
  }
}

function encode(text: string, gbk: boolean): Uint8Array<ArrayBuffer> {
  if (gbk) {
    try {
      return encodeGbk(text)
    } catch {
      // a character GBK cannot write: the bytes are then simply wrong, as a broken host's would be
    }
  }
  return new TextEncoder().encode(text)
}

interface Case {
  name: string
  run: () => Promise<unknown>
  /** Handlers in front of the emulation while recording (a richer sample). */
  seed?: () => void
  numRuns?: number
}

const cases: Case[] = [
  { name: 'Eastmoney kline (HK)', run: () => fetchEastmoneyDailyBars('02696.HK') },
  { name: 'Eastmoney kline (A-share lots)', run: () => fetchEastmoneyDailyBars('600276.SH') },
  { name: 'Eastmoney FX', run: () => fetchEastmoneyFxHistory() },
  { name: 'Eastmoney valuation', run: () => fetchEastmoneyValuation('600276.SH') },
  { name: 'Eastmoney news (JSONP)', run: () => fetchEastmoneyNews('复宏汉霖') },
  {
    name: 'Eastmoney announcements',
    run: () => fetchEastmoneyAnnouncements('600276.SH'),
    seed: () =>
      server.use(
        http.get(announcementsPath, () =>
          HttpResponse.json(
            announcementsBody([
              {
                art_code: 'AN202410081640123456',
                title: '恒瑞医药:关于<em>药品</em>获得临床试验批准通知书的公告',
                notice_date: '2024-10-09 00:00:00',
                display_time: '2024-10-08 19:31:22:123',
                columns: [{ column_code: '001002', column_name: '其他' }],
                codes: [{ stock_code: '600276', short_name: '恒瑞医药', ann_type: 'A' }],
              },
              {
                art_code: 'AN202410071640000001',
                title: '恒瑞医药&amp;合作方:关于&lt;研发&gt;进展的公告',
                notice_date: '2024-10-07 00:00:00',
                codes: [
                  { stock_code: '600276', short_name: '恒瑞医药' },
                  { stock_code: '01276', short_name: '恒瑞医药' },
                ],
              },
            ]) as Record<string, unknown>,
          ),
        ),
      ),
  },
  {
    name: 'Eastmoney ulist quotes (scaled integers)',
    run: () => fetchEastmoneyQuotes(['02696.HK', '600276.SH', '300760.SZ']),
  },
  {
    name: 'Eastmoney ulist quotes (fltt=2 decimals)',
    run: () => fetchEastmoneyQuotes(['02696.HK', '600276.SH'], { fltt: 2, host: 'push2delay' }),
  },
  {
    name: 'Eastmoney industry valuation',
    run: () => fetchEastmoneyIndustryValuation('化学制药', { today: '2025-06-30' }),
  },
  { name: 'Eastmoney HK financials', run: () => fetchEastmoneyHkFinancials('02696.HK') },
  {
    name: 'Tencent quotes (UTF-8)',
    run: () => fetchTencentQuotes(['02696.HK', '600276.SH', '300760.SZ']),
  },
  {
    name: 'Tencent quotes (GBK)',
    run: () => fetchTencentQuotes(['01801.HK', '688180.SH'], { charset: 'gbk' }),
  },
  {
    name: 'Tencent fqkline',
    run: () => fetchTencentDailyBars('02696.HK', { fromYear: 2024, toYear: 2025 }),
  },
  {
    name: 'Tencent fqkline (A-share lots)',
    run: () => fetchTencentDailyBars('600276.SH', { fromYear: 2025, toYear: 2025 }),
  },
  { name: 'Baidu valuation', run: () => fetchBaiduValuation('02696.HK') },
  {
    name: 'CSI index valuation',
    run: () => fetchCsiIndexValuation('000991', { from: '2024-01-01', today: '2025-06-30' }),
  },
  {
    name: 'HKEXnews announcements (JSONP, double-encoded result)',
    run: () => fetchHkexAnnouncements('02696.HK', { today: '2025-06-30' }),
  },
  // Root modules: fallbacks and merges must keep the same boundary.
  { name: 'daily bars with fallback', run: () => fetchDailyBars('01801.HK'), numRuns: 60 },
  { name: 'quotes with fallback', run: () => fetchQuotes(['02696.HK', '600276.SH']), numRuns: 60 },
  { name: 'news and announcements merged', run: () => fetchNews('02696.HK'), numRuns: 60 },
  {
    name: 'HK valuation with PS-TTM (Baidu, HK financials, FX)',
    run: () => fetchValuationHistory('02696.HK'),
    numRuns: 60,
  },
]

/** Forgets what a previous run left behind: failure memory, resolved ids and board codes. */
function resetProviderState() {
  resetSourceHealth()
  resetHkexStockIds()
  resetIndustryBoardCache()
}

describe('parsers at the boundary (fast-check, replayed through MSW)', () => {
  it.each(cases)('$name', async ({ run, seed, numRuns = 150 }) => {
    seed?.()
    resetProviderState()
    const exchanges = await record(run)
    // Sanity: the unmutated recording parses.
    resetProviderState()
    let current: { target: number; body: string | Uint8Array } | null = null
    server.use(
      http.get(/\/upstream\//, ({ request }) => {
        const url = new URL(request.url)
        const index = exchanges.findIndex((exchange) => exchange.key === keyOf(url))
        const exchange = exchanges[index]
        if (!exchange) return new HttpResponse('not recorded', { status: 404 })
        let body: string | Uint8Array =
          current !== null && index === current.target ? current.body : exchange.text
        if (typeof body === 'string') {
          const callback = url.searchParams.get('cb')
          if (callback && exchange.callback) body = body.replaceAll(exchange.callback, callback)
          body = encode(body, exchange.gbk)
        }
        return new HttpResponse(body as Uint8Array<ArrayBuffer>)
      }),
    )
    await expect(run()).resolves.toBeDefined()

    await fc.assert(
      fc.asyncProperty(anyIndex, payload, async (pick, fuzz) => {
        resetProviderState()
        const target = pick % exchanges.length
        const exchange = exchanges[target] as Exchange
        current = { target, body: bodyFor(exchange, fuzz) }
        await atBoundary(run)
      }),
      // FUZZ_RUNS=2000 for a longer hunt.
      { numRuns: Number(process.env.FUZZ_RUNS ?? numRuns) },
    )
  })
})

describe('pure parsing helpers at the boundary', () => {
  it('unwrapJsonp returns text or throws an UpstreamDataError', () => {
    const body = fc.oneof(
      anyText,
      fc
        .tuple(fc.constantFrom('cb', 'callback', 'jQuery1_2', '$.x', ''), anyJsonText, anyText)
        .map(([name, json, tail]) => `${name}(${json})${tail}`),
    )
    fc.assert(
      fc.property(
        body,
        fc.option(fc.constantFrom('cb', 'callback'), { nil: undefined }),
        (text, callback) => {
          try {
            expect(typeof unwrapJsonp(text, 'test', callback)).toBe('string')
          } catch (error) {
            expect(error, describeError(error)).toBeInstanceOf(UpstreamDataError)
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('plainText never throws and leaves no tags of the input and no runs of whitespace', () => {
    const markup = fc.oneof(
      anyText,
      fc.string({
        unit: fc.oneof(
          trickyChar,
          fc.constantFrom(
            '<em>',
            '</em>',
            '<br/>',
            '&amp;',
            '&#x1F600;',
            '&#99999999;',
            '&#0;',
            '&lt;',
          ),
        ),
      }),
    )
    fc.assert(
      fc.property(markup, (text) => {
        const plain = plainText(text)
        expect(plain).toBe(plain.trim())
        expect(plain).not.toMatch(/\s{2}|<em>|<br\/>/)
      }),
      { numRuns: 200 },
    )
  })

  it('readCsvFile reads any bytes into finite values, or throws a CsvReadError', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc
        .array(
          fc.array(
            fc.oneof(numericText, anyText, fc.constantFrom('date', '2024-01-05', '2024/1/5')),
            { maxLength: 4 },
          ),
          { maxLength: 12 },
        )
        .map((rows) => new TextEncoder().encode(rows.map((row) => row.join(',')).join('\n'))),
    )
    await fc.assert(
      fc.asyncProperty(bytes, fc.integer({ min: 1, max: 64 }), async (content, chunkSize) => {
        await atBoundary(() =>
          readCsvFile(new File([content as Uint8Array<ArrayBuffer>], 'fuzz.csv'), { chunkSize }),
        )
      }),
      { numRuns: 100 },
    )
  })
})
