import type { ConsoleMessage, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openBrowser, type BrowserSession } from './chromium'

/**
 * The built app in Chromium under each named fault scenario (mocks/scenarios.ts), opened as
 * `?source=sample&scenario=<name>`: every panel says what failed, and the console stays clean.
 *
 * The console rule: a scenario passes when the page logged no uncaught exception (`pageerror`), no
 * unhandled promise rejection (recorded by an init script listening to `unhandledrejection`), and
 * no console error or warning at all. The emulated upstreams answer inside the page
 * (mocks/browser.ts), so even their HTTP error statuses never reach Chromium's network log: any
 * error line, including a failed load of the app's own files, fails the test.
 */

/** A new page of the session, and the breaches of the console rule it records. */
async function watchedPage(session: BrowserSession): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage()
  const errors: string[] = []
  await page.addInitScript(() => {
    window.addEventListener('unhandledrejection', (event) => {
      const reason: unknown = event.reason
      console.error(
        `unhandled rejection: ${reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)}`,
      )
    })
  })
  page.on('console', (message: ConsoleMessage) => {
    const type = message.type()
    if (type !== 'error' && type !== 'warning') return
    const url = message.location().url
    errors.push(`console ${type}: ${message.text()}${url ? ` (${url})` : ''}`)
  })
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
  return { page, errors }
}

const dashboard = {
  watchlist: 'Watchlist',
  chart: 'HK biomedical basket (cap-weighted)',
  day: 'Why did it move? 26 Feb 2025',
  news: 'Related news',
} as const

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true })

/**
 * The text of a panel's alert (its error state) once it says `expected`: several queries can feed
 * one message (the first failure shows before the slower ones end), so it waits for the final one.
 */
async function alertIn(page: Page, panel: string, expected: RegExp): Promise<string> {
  const alerts = region(page, panel).getByRole('alert')
  const alert = alerts.filter({ hasText: expected }).first()
  try {
    await alert.waitFor({ state: 'visible', timeout: 20_000 })
  } catch {
    const shown = await alerts.allInnerTexts()
    throw new Error(`${panel}: no alert matching ${expected}; shown: ${JSON.stringify(shown)}`)
  }
  return (await alert.innerText()).replace(/\s+/g, ' ').trim()
}

/** Whether a panel offers a usable Retry. */
async function canRetry(page: Page, panel: string): Promise<boolean> {
  return region(page, panel).getByRole('button', { name: 'Retry' }).first().isEnabled()
}

/** Opens the built app on a scenario and waits for the notice that says which one is on. */
async function open(page: Page, search: string) {
  await page.goto(`${inject('baseUrl')}?source=sample&${search}`)
  await page
    .getByText(/^Fault scenario \w+ is on|^Ignored scenario=/)
    .first()
    .waitFor()
}

/** What each dashboard panel says when every upstream fails in that way. */
const cases: { name: string; extra?: string; watchlist: RegExp; moves: RegExp; news: RegExp }[] = [
  {
    name: 'serverError',
    watchlist: /^Quotes could not be loaded: Tencent quotes answered HTTP 500;/,
    moves: /could not be loaded: (Eastmoney FX|Eastmoney kline) answered HTTP 500/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news answered HTTP 500/,
  },
  {
    name: 'badGateway',
    watchlist: /^Quotes could not be loaded: Tencent quotes answered HTTP 502;/,
    moves: /could not be loaded: (Eastmoney FX|Eastmoney kline) answered HTTP 502/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news answered HTTP 502/,
  },
  {
    name: 'hang',
    extra: '&timeout=800',
    watchlist:
      /^Quotes could not be loaded: Tencent quotes could not be reached: no answer within 0\.8 s/,
    moves:
      /could not be loaded: (Eastmoney FX|Eastmoney kline) could not be reached: no answer within 0\.8 s/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news could not be reached: no answer within 0\.8 s/,
  },
  {
    name: 'malformedJson',
    watchlist: /^Quotes could not be loaded: Tencent quotes: \w+: unterminated line/,
    moves: /could not be loaded: Eastmoney FX: expected JSON but received/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news: expected JSONP/,
  },
  {
    name: 'missingField',
    watchlist: /^Quotes could not be loaded: Tencent quotes: hk02696: line has 40 fields/,
    moves: /could not be loaded: Eastmoney FX: unexpected payload at data\.klines/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news: no cmsArticleWebOld or cmsArticle list/,
  },
  {
    name: 'renamedField',
    watchlist: /^Quotes could not be loaded: Tencent quotes: no quote for hk02696/,
    moves: /could not be loaded: Eastmoney FX: unexpected payload at data\.klines/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news: no cmsArticleWebOld or cmsArticle list/,
  },
  {
    name: 'emptyBars',
    watchlist: /^Quotes could not be loaded: Tencent quotes: empty answer/,
    moves: /could not be loaded: Eastmoney FX: no bars for HKD\/CNY/,
    news: /^No news for this selection\.$/,
  },
  {
    name: 'refused',
    watchlist:
      /^Quotes could not be loaded: Tencent quotes: no quote for .*Eastmoney ulist: refused \(rc 102\)/,
    moves: /could not be loaded: Eastmoney FX: refused HKD\/CNY \(rc 102\)/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news: refused "复宏汉霖"/,
  },
  {
    name: 'rateLimited',
    watchlist:
      /^Quotes could not be loaded: Tencent quotes answered HTTP 429 \(rate limited\), asked to wait 120 s/,
    moves: /could not be loaded: (Eastmoney FX|Eastmoney kline) answered HTTP 429 \(rate limited\)/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news answered HTTP 429/,
  },
]

describe('fault scenarios in Chromium (built app, sample data)', () => {
  let session: BrowserSession

  beforeAll(async () => {
    session = await openBrowser()
  })
  afterAll(async () => {
    await session?.close()
  })

  it.each(cases)(
    '$name: every dashboard panel says what failed, with Retry; clean console',
    async ({ name, extra = '', watchlist, moves, news }) => {
      const { page, errors } = await watchedPage(session)
      await open(page, `scenario=${name}${extra}&day=2025-02-26`)
      expect(await alertIn(page, dashboard.watchlist, watchlist)).toMatch(watchlist)
      const daily = new RegExp(`^Daily moves ${moves.source}`)
      expect(await alertIn(page, dashboard.chart, daily)).toMatch(daily)
      const day = new RegExp(`^The day ${moves.source}`)
      expect(await alertIn(page, dashboard.day, day)).toMatch(day)
      const noNews = news.source.startsWith('^No news')
      if (noNews) await region(page, dashboard.news).getByText(news).waitFor({ timeout: 20_000 })
      else expect(await alertIn(page, dashboard.news, news)).toMatch(news)
      for (const panel of Object.values(dashboard))
        if (panel !== dashboard.news || !noNews)
          expect(await canRetry(page, panel), panel).toBe(true)
      await page.close()
      expect(errors).toEqual([])
    },
  )

  it('oneTicker: 01877.HK is named where it is missing, everything else is shown', async () => {
    const { page, errors } = await watchedPage(session)
    await open(page, 'scenario=oneTicker&day=2025-02-26')
    await region(page, dashboard.watchlist).getByText('No quote for 01877.HK.').waitFor()
    const chart = region(page, dashboard.chart)
    await chart.getByText('PE computed without 01877.HK (data unavailable).').waitFor()
    await chart.getByRole('figure', { name: 'Daily moves vs sector PE' }).waitFor()
    await region(page, dashboard.day)
      .getByText('Computed without 01877.HK (data unavailable).')
      .waitFor()
    await region(page, dashboard.news).getByRole('list', { name: 'Related news' }).waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
    await page.close()
    expect(errors).toEqual([])
  })

  it('one upstream down (tencent): the fallback answers and no panel fails', async () => {
    const { page, errors } = await watchedPage(session)
    await open(page, 'scenario=badGateway&scenarioSource=tencent')
    await region(page, dashboard.watchlist)
      .getByText(/fallback: Tencent quotes failed \(answered HTTP 502\)/)
      .waitFor({ timeout: 20_000 })
    await region(page, dashboard.chart)
      .getByRole('figure', { name: 'Daily moves vs sector PE' })
      .waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
    await page.close()
    expect(errors).toEqual([])
  })

  it('an unknown scenario: a notice, and the app runs normally', async () => {
    const { page, errors } = await watchedPage(session)
    await open(page, 'scenario=meltdown&timeout=fast')
    await page
      .getByText(/^Ignored scenario=meltdown in the address: use one of serverError/)
      .waitFor()
    await page.getByText(/^Ignored timeout=fast in the address/).waitFor()
    await page
      .getByRole('table', { name: 'Watchlist' })
      .getByRole('row', { name: /复宏汉霖/ })
      .getByText(/^\d+\.\d{2}/)
      .first()
      .waitFor({ timeout: 20_000 })
    expect(await page.getByRole('alert').count()).toBe(0)
    await page.close()
    expect(errors).toEqual([])
  })

  it('valuation, movers and compare: each panel says what failed', async () => {
    const { page, errors } = await watchedPage(session)
    await open(page, 'scenario=badGateway&view=valuation')
    await alertIn(
      page,
      'Valuation bands',
      /^HK biomedical PE-TTM could not be loaded: (Eastmoney FX|Baidu valuation) answered HTTP 502/,
    )
    await alertIn(
      page,
      'Valuation vs what came next',
      /^The scatter could not be computed: (Eastmoney FX|Baidu valuation|Eastmoney kline) answered HTTP 502/,
    )
    await region(page, 'Valuation summary')
      .getByText(/^Could not be loaded: (Eastmoney FX|Baidu valuation) answered HTTP 502/)
      .first()
      .waitFor()

    await open(page, 'scenario=refused&view=movers&day=2025-02-26')
    await alertIn(
      page,
      'Sector movers',
      /^Movers could not be loaded: Eastmoney FX: refused HKD\/CNY \(rc 102\)/,
    )
    await alertIn(page, dashboard.day, /^The day could not be loaded: Eastmoney FX: refused/)

    await open(page, 'scenario=malformedJson&view=compare')
    await alertIn(
      page,
      'Compare',
      /^Could not load BeiGene 06160\.HK, BeiGene 688235\.SH, HK biomedical: /,
    )
    await alertIn(
      page,
      'A/H premium',
      /^The premium could not be computed: Eastmoney kline: expected JSON/,
    )
    await page.close()
    expect(errors).toEqual([])
  })
})
