import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { DashboardView } from '@/components/dashboard-view'
import { NoticeBar } from '@/components/notice-bar'
import { setRequestTimeout } from '@/providers/http'
import { baiduOpendataPath } from '@mocks/handlers/baidu'
import { server } from '@mocks/node'
import { scenarios, type ScenarioName } from '@mocks/scenarios'
import { renderWithProviders, resetDashboardStore } from '../support/render'

const slow = { timeout: 20_000 }

/** A panel by its heading (each panel is a region named by its title). */
const panel = (name: string | RegExp) => screen.getByRole('region', { name })

/** The dashboard with the day detail open on 26 Feb 2025, every panel on its own data. */
function renderDashboard() {
  return renderWithProviders(
    <>
      <NoticeBar />
      <DashboardView />
    </>,
  )
}

/** What each panel says when every upstream fails the same way. */
const messages: Record<
  Exclude<ScenarioName, 'oneTicker' | 'emptyBars'>,
  { quotes: RegExp; moves: RegExp; news: RegExp }
> = {
  serverError: {
    quotes:
      /^Quotes could not be loaded: Tencent quotes answered HTTP 500; Eastmoney ulist answered HTTP 500/,
    moves: /^Daily moves could not be loaded: Eastmoney FX answered HTTP 500/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news answered HTTP 500; HKEXnews answered HTTP 500/,
  },
  badGateway: {
    quotes: /^Quotes could not be loaded: Tencent quotes answered HTTP 502;/,
    moves: /^Daily moves could not be loaded: Eastmoney FX answered HTTP 502/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news answered HTTP 502/,
  },
  hang: {
    quotes:
      /^Quotes could not be loaded: Tencent quotes could not be reached: no answer within 0\.2 s;/,
    moves:
      /^Daily moves could not be loaded: Eastmoney FX could not be reached: no answer within 0\.2 s/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news could not be reached: no answer within 0\.2 s/,
  },
  malformedJson: {
    quotes:
      /^Quotes could not be loaded: Tencent quotes: \w+: unterminated line \(truncated answer\?\)/,
    moves: /^Daily moves could not be loaded: Eastmoney FX: expected JSON but received/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news: expected JSONP/,
  },
  missingField: {
    quotes: /^Quotes could not be loaded: Tencent quotes: hk02696: line has 40 fields/,
    moves: /^Daily moves could not be loaded: Eastmoney FX: unexpected payload at data\.klines/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news: no cmsArticleWebOld or cmsArticle list/,
  },
  renamedField: {
    quotes:
      /^Quotes could not be loaded: Tencent quotes: no quote for hk02696, .* \(unknown symbols\)/,
    moves: /^Daily moves could not be loaded: Eastmoney FX: unexpected payload at data\.klines/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news: no cmsArticleWebOld or cmsArticle list/,
  },
  refused: {
    quotes:
      /^Quotes could not be loaded: Tencent quotes: no quote for .*; Eastmoney ulist: refused \(rc 102\)/,
    moves: /^Daily moves could not be loaded: Eastmoney FX: refused HKD\/CNY \(rc 102\)/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news: refused "复宏汉霖" \(code 100001 系统繁忙\)/,
  },
  rateLimited: {
    quotes:
      /^Quotes could not be loaded: Tencent quotes answered HTTP 429 \(rate limited\), asked to wait 120 s/,
    moves:
      /^Daily moves could not be loaded: Eastmoney FX answered HTTP 429 \(rate limited\), asked to wait 120 s/,
    news: /^News could not be loaded: 02696\.HK: Eastmoney news answered HTTP 429 \(rate limited\)/,
  },
}

describe('the dashboard when every upstream fails', { timeout: 40_000 }, () => {
  beforeEach(() => resetDashboardStore({ highlightedDate: '2025-02-26' }))

  it.each(Object.entries(messages))(
    '%s: each panel names the source and the problem, with a Retry',
    async (name, expected) => {
      server.use(...scenarios[name as ScenarioName]())
      if (name === 'hang') setRequestTimeout(200)
      renderDashboard()
      const expectations = [
        ['Watchlist', expected.quotes],
        ['HK biomedical basket (cap-weighted)', expected.moves],
        ['Why did it move? 26 Feb 2025', expected.moves.source.replace('Daily moves', 'The day')],
        ['Related news', expected.news],
      ] as const
      for (const [title, message] of expectations) {
        const alert = await within(panel(title)).findByRole('alert', {}, slow)
        expect(alert).toHaveTextContent(new RegExp(message))
        expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled()
      }
      // The footers say nothing loaded, rather than "Loading…".
      expect(within(panel('Watchlist')).getByText(/Quotes: not loaded/)).toBeInTheDocument()
    },
  )

  it('emptyBars: no bars is an error, no news is simply no news', async () => {
    server.use(...scenarios.emptyBars())
    renderDashboard()
    expect(await within(panel('Watchlist')).findByRole('alert', {}, slow)).toHaveTextContent(
      /^Quotes could not be loaded: Tencent quotes: empty answer; Eastmoney ulist: no data for/,
    )
    expect(
      await within(panel('HK biomedical basket (cap-weighted)')).findByRole('alert', {}, slow),
    ).toHaveTextContent(/^Daily moves could not be loaded: Eastmoney FX: no bars for HKD\/CNY/)
    expect(
      await within(panel('Related news')).findByText('No news for this selection.', {}, slow),
    ).toBeInTheDocument()
  })

  it('retry recovers once the upstreams answer again', async () => {
    server.use(...scenarios.badGateway())
    const { user } = renderDashboard()
    const watchlist = panel('Watchlist')
    const alert = await within(watchlist).findByRole('alert', {}, slow)
    // News loads after the prices have answered (load-order.ts): wait until it has failed too.
    const news = panel('Related news')
    const newsAlert = await within(news).findByRole('alert', {}, slow)
    server.resetHandlers()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    const row = await within(watchlist).findByRole('row', { name: /复宏汉霖.*\d+\.\d{2}/ }, slow)
    expect(row).toHaveTextContent('HKD')
    expect(within(watchlist).queryByRole('alert')).not.toBeInTheDocument()

    await user.click(within(newsAlert).getByRole('button'))
    expect(
      await within(news).findByRole('list', { name: 'Related news' }, slow),
    ).toBeInTheDocument()
  })
})

describe('the dashboard when one part fails', { timeout: 40_000 }, () => {
  beforeEach(() => resetDashboardStore({ highlightedDate: '2025-02-26' }))

  it('oneTicker: 01877.HK is named in every panel, the others keep working', async () => {
    server.use(...scenarios.oneTicker())
    renderDashboard()
    const watchlist = panel('Watchlist')
    expect(await within(watchlist).findByText('No quote for 01877.HK.', {}, slow)).toBeVisible()
    expect(within(watchlist).getByRole('row', { name: /复宏汉霖/ })).toHaveTextContent(/\d+\.\d{2}/)

    const chart = panel('HK biomedical basket (cap-weighted)')
    await within(chart).findByRole('figure', { name: 'Daily moves vs sector PE' }, slow)
    expect(
      await within(chart).findByText('PE computed without 01877.HK (data unavailable).', {}, slow),
    ).toBeVisible()

    const day = panel('Why did it move? 26 Feb 2025')
    expect(
      await within(day).findByText('Computed without 01877.HK (data unavailable).', {}, slow),
    ).toBeVisible()
    expect(within(day).getByRole('table', { name: 'Moves on 26 Feb 2025' })).toBeInTheDocument()

    expect(
      await within(panel('Related news')).findByRole('list', { name: 'Related news' }, slow),
    ).toBeInTheDocument()
    expect(screen.queryAllByRole('alert')).toEqual([])
  })

  it('Tencent down: quotes fall back to Eastmoney, the footer says so, nothing else fails', async () => {
    server.use(...scenarios.badGateway({ source: 'tencent' }))
    renderDashboard()
    const watchlist = panel('Watchlist')
    await within(watchlist).findByText(
      (_, element) =>
        element?.classList.contains('provenance-note') === true &&
        /Quotes: Eastmoney ulist .* fallback: Tencent quotes failed \(answered HTTP 502\)/.test(
          element.textContent,
        ),
      {},
      slow,
    )
    await within(panel('HK biomedical basket (cap-weighted)')).findByRole(
      'figure',
      { name: 'Daily moves vs sector PE' },
      slow,
    )
    expect(screen.queryAllByRole('alert')).toEqual([])
  })

  it('HKEXnews down: the news keeps Eastmoney’s items and names what is missing', async () => {
    resetDashboardStore({ selection: { kind: 'ticker', ticker: '02696.HK' } })
    server.use(...scenarios.refused({ source: 'hkex' }))
    renderDashboard()
    const news = panel('Related news')
    expect(await within(news).findByRole('list', { name: 'Related news' }, slow)).toBeVisible()
    await within(news).findByText(
      (_, element) =>
        element?.classList.contains('provenance-note') === true &&
        /unavailable: HKEXnews failed \(expected JSONP callback\(…\) but received an HTML page\)/.test(
          element.textContent,
        ),
      {},
      slow,
    )
  })

  it('Baidu refuses the whole history only: the year stays drawn, the statistics say why', async () => {
    server.use(
      http.get(baiduOpendataPath, ({ request }) =>
        new URL(request.url).searchParams.get('chart_select') === '全部'
          ? HttpResponse.json({ ResultCode: 2, ResultMsg: 'busy', QueryID: '0' })
          : undefined,
      ),
    )
    renderDashboard()
    const chart = panel('HK biomedical basket (cap-weighted)')
    const alert = await within(chart).findByRole('alert', {}, slow)
    expect(alert).toHaveTextContent(
      /^HK biomedical PE-TTM statistics since 2018-01-01 could not be loaded: Baidu valuation: 02696\.HK 总市值 refused with ResultCode 2/,
    )
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled()
    // The year from the recent windows is still drawn, without the σ band's statistics.
    expect(within(chart).getByRole('figure', { name: 'Daily moves vs sector PE' })).toBeVisible()
    expect(
      within(chart).queryByLabelText('HK biomedical PE-TTM statistics since 2018-01-01'),
    ).toBeNull()
  })
})
