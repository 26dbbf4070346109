import { readFileSync } from 'node:fs'
import type { RequestHandler } from 'msw'
import { describe, expect, it } from 'vitest'
import { fetchDailyBars } from '@/providers/daily-bars'
import { fetchFxHistory } from '@/providers/fx'
import { setRequestTimeout } from '@/providers/http'
import { fetchIndexValuation } from '@/providers/index-valuation'
import { fetchIndustryValuation } from '@/providers/industry-valuation'
import { fetchNews } from '@/providers/news'
import { fetchQuotes } from '@/providers/quotes'
import { upstreamHosts } from '@/providers/upstream'
import { fetchValuationHistory } from '@/providers/valuation'
import { handlers } from '@mocks/handlers'
import { server } from '@mocks/node'
import {
  faultSources,
  readScenario,
  scenarioList,
  scenarios,
  type ScenarioName,
} from '@mocks/scenarios'

/** The error message of a call that must fail. */
async function failure(call: Promise<unknown>): Promise<string> {
  const outcome = await call.then(
    () => null,
    (error: unknown) => String(error),
  )
  if (outcome === null) throw new Error('expected the call to fail')
  return outcome
}

const pathOf = (handler: RequestHandler) =>
  String((handler.info as unknown as { path: unknown }).path)

describe('scenario catalogue', () => {
  it('lists every scenario once, each with a description', () => {
    expect(scenarioList.map(({ name }) => name)).toEqual(Object.keys(scenarios))
    for (const { description } of scenarioList) expect(description.length).toBeGreaterThan(10)
  })

  it('is the list the README documents', () => {
    const readme = readFileSync('README.md', 'utf8')
    const start = readme.indexOf('### Fault scenarios')
    const section = readme.slice(start, readme.indexOf('\n## ', start))
    const rows = [...section.matchAll(/^\| `(\w+)` +\| (.+?) +\|$/gm)].map(([, name, text]) => ({
      name,
      description: text,
    }))
    expect(rows).toEqual(scenarioList.map(({ name, description }) => ({ name, description })))
  })

  it('targets the same upstreams as the proxy', () => {
    expect([...faultSources]).toEqual(Object.keys(upstreamHosts))
  })

  it('uses the happy-path handlers’ paths, never a catch-all', () => {
    const known = new Set(handlers.map(pathOf))
    for (const name of Object.keys(scenarios) as ScenarioName[]) {
      const paths = scenarios[name]().map(pathOf)
      expect(paths.length).toBeGreaterThanOrEqual(12)
      for (const path of paths) {
        expect(known.has(path), `${name}: ${path}`).toBe(true)
        expect(path).toMatch(/^\*\/upstream\/(eastmoney|tencent|baidu|csindex|hkex)\/\S+$/)
      }
    }
  })

  it('narrows a scenario to one upstream', () => {
    for (const source of faultSources) {
      const paths = scenarios.badGateway({ source }).map(pathOf)
      expect(paths.length).toBeGreaterThan(0)
      for (const path of paths) expect(path.startsWith(`*/upstream/${source}/`)).toBe(true)
    }
  })
})

/** What each root provider reports under each scenario, every upstream failing. */
const expected: Record<
  Exclude<ScenarioName, 'oneTicker' | 'hang'>,
  { bars: RegExp; quotes: RegExp; news: RegExp; valuation: RegExp; index: RegExp; fx: RegExp }
> = {
  serverError: {
    bars: /Eastmoney kline answered HTTP 500; Tencent fqkline answered HTTP 500/,
    quotes:
      /Tencent quotes answered HTTP 500; Eastmoney ulist answered HTTP 500; Eastmoney ulist \(delayed host\) answered HTTP 500/,
    news: /Eastmoney news answered HTTP 500; HKEXnews answered HTTP 500/,
    valuation: /Baidu valuation answered HTTP 500/,
    index: /CSI index valuation answered HTTP 500/,
    fx: /Eastmoney FX answered HTTP 500/,
  },
  badGateway: {
    bars: /Eastmoney kline answered HTTP 502; Tencent fqkline answered HTTP 502/,
    quotes:
      /Tencent quotes answered HTTP 502; .*Eastmoney ulist \(delayed host\) answered HTTP 502/,
    news: /Eastmoney news answered HTTP 502; HKEXnews answered HTTP 502/,
    valuation: /Baidu valuation answered HTTP 502/,
    index: /CSI index valuation answered HTTP 502/,
    fx: /Eastmoney FX answered HTTP 502/,
  },
  malformedJson: {
    bars: /Eastmoney kline: expected JSON but received "\{"rc":0.*; Tencent fqkline: expected JSON/,
    quotes:
      /Tencent quotes: \w+: unterminated line \(truncated answer\?\); Eastmoney ulist: expected JSON/,
    news: /Eastmoney news: expected JSONP \w+\(…\) but received .*; HKEXnews: expected JSONP callback\(…\)/,
    valuation: /Baidu valuation: expected JSON but received/,
    index: /CSI index valuation: expected JSON but received/,
    fx: /Eastmoney FX: expected JSON but received/,
  },
  missingField: {
    bars: /Eastmoney kline: unexpected payload at data\.klines: .*; Tencent fqkline: no bars for 02696\.HK/,
    quotes:
      /Tencent quotes: hk02696: line has 40 fields, expected at least 76 \(truncated\?\); Eastmoney ulist: unexpected payload at data\.diff/,
    news: /Eastmoney news: no cmsArticleWebOld or cmsArticle list for "复宏汉霖"; HKEXnews: unexpected payload at stockInfo/,
    valuation:
      /Baidu valuation: unexpected payload at Result\.0\.DisplayData\.resultData\.tplData\.result\.chartInfo/,
    index: /CSI index valuation: unexpected payload at data\.0\.tradeDate/,
    fx: /Eastmoney FX: unexpected payload at data\.klines/,
  },
  renamedField: {
    bars: /Eastmoney kline: unexpected payload at data\.klines: .*; Tencent fqkline: no bars for 02696\.HK/,
    quotes:
      /Tencent quotes: no quote for hk02696, hk01877, sh600276 \(unknown symbols\); Eastmoney ulist: unexpected payload at data\.diff/,
    news: /Eastmoney news: no cmsArticleWebOld or cmsArticle list for "复宏汉霖"; HKEXnews: unexpected payload at stockInfo/,
    valuation: /Baidu valuation: unexpected payload at .*chartInfo/,
    index: /CSI index valuation: unexpected payload at data\.0\.tradeDate/,
    fx: /Eastmoney FX: unexpected payload at data\.klines/,
  },
  emptyBars: {
    bars: /Eastmoney kline: no bars for 02696\.HK; Tencent fqkline: no bars for 02696\.HK/,
    quotes:
      /Tencent quotes: empty answer; Eastmoney ulist: no data for 02696\.HK, 01877\.HK, 600276\.SH \(data: null\)/,
    // Empty search results are no news, not a failure: only the HK filing search fails (no stock).
    news: /^$/,
    valuation: /Baidu valuation: no 02696\.HK 总市值 series \(unknown code\?\)/,
    index: /CSI index valuation: no rows for index 000991/,
    fx: /Eastmoney FX: no bars for HKD\/CNY/,
  },
  refused: {
    bars: /Eastmoney kline: refused 02696\.HK \(rc 102\); Tencent fqkline: refused 02696\.HK \d{4} \(code -1 param error\)/,
    quotes:
      /Tencent quotes: no quote for .* \(unknown symbols\); Eastmoney ulist: refused \(rc 102\)/,
    news: /Eastmoney news: refused "复宏汉霖" \(code 100001 系统繁忙\); HKEXnews: expected JSONP callback\(…\) but received an HTML page/,
    valuation: /Baidu valuation: 02696\.HK 总市值 refused with ResultCode 2/,
    index: /CSI index valuation: refused index 000991 \(code 500 系统繁忙\)/,
    fx: /Eastmoney FX: refused HKD\/CNY \(rc 102\)/,
  },
  rateLimited: {
    bars: /Eastmoney kline answered HTTP 429 \(rate limited\), asked to wait 120 s; Tencent fqkline answered HTTP 429/,
    quotes: /Tencent quotes answered HTTP 429 \(rate limited\), asked to wait 120 s/,
    news: /Eastmoney news answered HTTP 429 \(rate limited\), asked to wait 120 s; HKEXnews answered HTTP 429/,
    valuation: /Baidu valuation answered HTTP 429 \(rate limited\), asked to wait 120 s/,
    index: /CSI index valuation answered HTTP 429/,
    fx: /Eastmoney FX answered HTTP 429/,
  },
}

describe.each(Object.entries(expected))('%s, every upstream', (name, messages) => {
  const use = () => server.use(...scenarios[name as ScenarioName]())

  it('fails daily bars, quotes, valuations, the index and FX, naming each source', async () => {
    use()
    expect(await failure(fetchDailyBars('02696.HK'))).toMatch(messages.bars)
    expect(await failure(fetchQuotes(['02696.HK', '01877.HK', '600276.SH']))).toMatch(
      messages.quotes,
    )
    expect(await failure(fetchValuationHistory('02696.HK'))).toMatch(messages.valuation)
    expect(await failure(fetchValuationHistory('600276.SH'))).toMatch(/Eastmoney datacenter/)
    expect(await failure(fetchIndexValuation('000991'))).toMatch(messages.index)
    expect(await failure(fetchIndustryValuation('化学制药'))).toMatch(
      /Eastmoney industry valuation/,
    )
    expect(await failure(fetchFxHistory())).toMatch(messages.fx)
  })

  it('fails the news, or finds none', async () => {
    use()
    if (messages.news.source === '^$') {
      const { data, provenance } = await fetchNews('02696.HK')
      expect(data).toEqual([])
      expect(provenance.failures.map((f) => f.message)).toEqual([
        'HKEXnews: no stock 02696 in the prefix search (got none)',
      ])
    } else {
      expect(await failure(fetchNews('02696.HK'))).toMatch(messages.news)
    }
  })
})

describe('hang', () => {
  it('ends every request at the timeout, with a message saying so', async () => {
    server.use(...scenarios.hang())
    setRequestTimeout(150)
    expect(await failure(fetchDailyBars('02696.HK'))).toBe(
      'SourcesFailedError: Eastmoney kline could not be reached: no answer within 0.15 s; Tencent fqkline could not be reached: no answer within 0.15 s',
    )
    expect(await failure(fetchNews('600276.SH'))).toMatch(
      /Eastmoney news could not be reached: no answer within 0.15 s; Eastmoney announcements could not be reached/,
    )
  })
})

describe('one upstream at a time', () => {
  it('falls back to the other source: Tencent down, Eastmoney answers', async () => {
    server.use(...scenarios.badGateway({ source: 'tencent' }))
    const quotes = await fetchQuotes(['02696.HK', '600276.SH'])
    expect(quotes.provenance).toMatchObject({
      sources: ['Eastmoney ulist'],
      fallbackUsed: true,
      failures: [{ source: 'Tencent quotes', message: 'Tencent quotes answered HTTP 502' }],
    })
    expect((await fetchDailyBars('02696.HK')).provenance.sources).toEqual(['Eastmoney kline'])
  })

  it('falls back the other way: Eastmoney refuses, Tencent answers the bars', async () => {
    server.use(...scenarios.refused({ source: 'eastmoney' }))
    const bars = await fetchDailyBars('02696.HK')
    expect(bars.data.length).toBeGreaterThan(1000)
    expect(bars.provenance).toMatchObject({
      sources: ['Tencent fqkline'],
      fallbackUsed: true,
      failures: [
        { source: 'Eastmoney kline', message: 'Eastmoney kline: refused 02696.HK (rc 102)' },
      ],
    })
  })

  it('keeps the news of the source that answers', async () => {
    server.use(...scenarios.malformedJson({ source: 'hkex' }))
    const news = await fetchNews('02696.HK')
    expect(news.data.length).toBeGreaterThan(0)
    expect(news.provenance.sources).toEqual(['Eastmoney news'])
    expect(news.provenance.failures[0]?.message).toMatch(/^HKEXnews: expected JSONP callback/)
  })
})

describe('oneTicker', () => {
  it('fails 01877.HK everywhere while the other listings answer', async () => {
    server.use(...scenarios.oneTicker())
    expect(await failure(fetchDailyBars('01877.HK'))).toMatch(
      /Eastmoney kline answered HTTP 502; Tencent fqkline answered HTTP 502/,
    )
    expect((await fetchDailyBars('02696.HK')).data.length).toBeGreaterThan(1000)
    expect((await fetchDailyBars('688180.SH')).data.length).toBeGreaterThan(1000)
    expect(await failure(fetchValuationHistory('01877.HK'))).toMatch(
      /Baidu valuation answered HTTP 502/,
    )
    expect((await fetchValuationHistory('09995.HK')).data.length).toBeGreaterThan(1000)

    const quotes = await fetchQuotes(['02696.HK', '01877.HK', '600276.SH'])
    expect(quotes.data.quotes.map((quote) => quote.ticker)).toEqual(['02696.HK', '600276.SH'])
    expect(quotes.data.missing).toEqual(['01877.HK'])

    const news = await fetchNews('01877.HK')
    expect(news.provenance.sources).toEqual(['Eastmoney news'])
    expect(news.provenance.failures[0]?.message).toBe('HKEXnews answered HTTP 502')
  })

  it('can fail another listing, e.g. an A-share', async () => {
    server.use(...scenarios.oneTicker({ ticker: '600276.SH' }))
    expect(await failure(fetchDailyBars('600276.SH'))).toMatch(/HTTP 502/)
    expect(await failure(fetchValuationHistory('600276.SH'))).toMatch(/HTTP 502/)
    const quotes = await fetchQuotes(['02696.HK', '600276.SH'])
    expect(quotes.data.missing).toEqual(['600276.SH'])
    expect((await fetchValuationHistory('01877.HK')).data.length).toBeGreaterThan(1000)
  })
})

describe('readScenario (the address in the sample mode)', () => {
  it('does nothing without a scenario', () => {
    const choice = readScenario('?source=sample')
    expect(choice).toMatchObject({ name: null, source: null, timeoutMs: null, notices: [] })
    expect(choice.handlers(handlers)).toEqual([])
  })

  it('reads a scenario, the upstream it is narrowed to and the timeout, and announces it', () => {
    const choice = readScenario('?scenario=hang&scenarioSource=tencent&timeout=1500')
    expect(choice).toMatchObject({ name: 'hang', source: 'tencent', timeoutMs: 1500 })
    expect(choice.notices).toEqual([
      'Fault scenario hang is on (tencent): no answer at all: each request ends at the provider timeout (15 s; timeout= shortens it).',
    ])
    const paths = choice.handlers(handlers).map(pathOf)
    expect(paths).toHaveLength(3)
    for (const path of paths) expect(path).toMatch(/^\*\/upstream\/tencent\//)
  })

  it('ignores an unknown name with a notice, and the app runs normally', () => {
    const choice = readScenario('?scenario=meltdown')
    expect(choice.name).toBeNull()
    expect(choice.handlers(handlers)).toEqual([])
    expect(choice.notices).toEqual([
      'Ignored scenario=meltdown in the address: use one of serverError, badGateway, hang, malformedJson, missingField, renamedField, emptyBars, refused, rateLimited, oneTicker. The app runs normally.',
    ])
  })

  it.each([
    [
      '?scenario=badGateway&scenarioSource=yahoo',
      'Ignored scenarioSource=yahoo in the address: use one of eastmoney, tencent, baidu, csindex, hkex.',
    ],
    ['?scenarioSource=hkex', 'Ignored scenarioSource=hkex in the address: no scenario is chosen.'],
    ['?timeout=fast', 'Ignored timeout=fast in the address: use milliseconds from 100 to 60000.'],
    ['?timeout=5', 'Ignored timeout=5 in the address: use milliseconds from 100 to 60000.'],
    ['?timeout=1e4', 'Ignored timeout=1e4 in the address: use milliseconds from 100 to 60000.'],
  ])('%s → a notice, the rest applied', (search, notice) => {
    const choice = readScenario(search)
    expect(choice.notices).toContain(notice)
    expect(choice.timeoutMs).toBeNull()
    expect(choice.source).toBeNull()
  })
})
