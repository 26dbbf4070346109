import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { contentSecurityPolicy, cspText } from '../../vite.config'
import { openBrowser, type BrowserSession } from './chromium'

interface Violation {
  directive: string
  blocked: string
  source: string
  sample: string
}

declare global {
  interface Window {
    __cspViolations?: Violation[]
    __inlineScriptRan?: boolean
    __inlineHandlerRan?: boolean
  }
}

const isCspMessage = (problem: string) => /Content Security Policy|Refused to/i.test(problem)

/**
 * The built app under its Content-Security-Policy (the `<meta>` the build writes): every view,
 * the PNG export included, runs without a single violation, and injected inline script does not run.
 */
describe('Content-Security-Policy in Chromium (built app, sample data)', () => {
  let session: BrowserSession

  beforeAll(async () => {
    session = await openBrowser()
    // Before any page script: record every violation the page reports.
    await session.page.addInitScript(() => {
      window.__cspViolations = []
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations?.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          source: `${event.sourceFile}:${event.lineNumber}`,
          sample: event.sample,
        })
      })
    })
    await session.page.goto(`${inject('baseUrl')}?source=sample`)
  })
  afterAll(async () => {
    await session?.close()
  })

  /** The violations reported since the last call. */
  const violations = () =>
    session.page.evaluate(() => (window.__cspViolations ?? []).splice(0, Infinity))

  it('carries the policy as a <meta> tag, first in <head>', async () => {
    const { page } = session
    const meta = page.locator('head > meta[http-equiv="Content-Security-Policy"]')
    expect(await meta.getAttribute('content')).toBe(cspText(contentSecurityPolicy))
    expect(cspText(contentSecurityPolicy)).not.toMatch(/unsafe-(inline|eval)|\*/)
    const first = await page.evaluate(() => document.head.firstElementChild?.outerHTML ?? '')
    expect(first).toMatch(/^<meta http-equiv="Content-Security-Policy"/)
  })

  it('runs the dashboard without a violation (sample data, charts, news)', async () => {
    const { page } = session
    await page.getByText('Sample data (synthetic)').waitFor({ state: 'visible' })
    await page
      .getByRole('table', { name: 'Watchlist' })
      .getByRole('row', { name: /复宏汉霖/ })
      .waitFor()
    const figure = page.getByRole('figure', { name: 'Daily moves vs sector PE' })
    await figure.locator('svg.recharts-surface').first().waitFor()
    await figure.getByText(/PE-TTM .* its average since/).waitFor({ state: 'visible' })
    await page.getByRole('list', { name: 'Related news' }).getByRole('link').first().waitFor()
    // A tooltip under the pointer (recharts positions it with inline styles, via the CSSOM).
    const box = await figure.locator('svg.recharts-surface').first().boundingBox()
    if (box) await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5)
    await figure.locator('.recharts-tooltip-wrapper').first().waitFor({ state: 'attached' })
    expect(await violations()).toEqual([])
    // The sample data is emulated inside the page: no worker was registered for it.
    const workers = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistrations()).length,
    )
    expect(workers).toBe(0)
  })

  it('runs the valuation view and its PNG export without a violation', async () => {
    const { page } = session
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Valuation' })
      .click()
    const figure = page.getByRole('figure', { name: /^PE-TTM against its own history/ })
    await figure.locator('svg.recharts-surface').first().waitFor()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download the band chart as PNG' }).click()
    expect((await download).suggestedFilename()).toMatch(/\.png$/)
    expect(await page.getByText(/The PNG could not be made/).count()).toBe(0)
    expect(await violations()).toEqual([])
  })

  it('runs the movers and compare views without a violation', async () => {
    const { page } = session
    const views = page.getByRole('navigation', { name: 'Views' })
    await views.getByRole('button', { name: 'Movers' }).click()
    await page.getByRole('table', { name: 'Sector movers' }).getByRole('row').nth(2).waitFor()
    await views.getByRole('button', { name: 'Compare' }).click()
    await page.getByRole('table', { name: 'Compared series' }).waitFor()
    await page.locator('svg.recharts-surface').first().waitFor()
    expect(await violations()).toEqual([])
  })

  it('logged no CSP error on the console across the views', () => {
    expect(session.problems.filter(isCspMessage)).toEqual([])
  })

  it('does not run an inline <script> or an inline event handler injected into the page', async () => {
    const { page } = session
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineScriptRan = true'
      document.body.append(script)
      const holder = document.createElement('div')
      holder.innerHTML = '<img src="data:," onerror="window.__inlineHandlerRan = true">'
      document.body.append(holder)
    })
    await page.waitForFunction(() => (window.__cspViolations?.length ?? 0) >= 2)
    expect(await page.evaluate(() => window.__inlineScriptRan ?? false)).toBe(false)
    expect(await page.evaluate(() => window.__inlineHandlerRan ?? false)).toBe(false)
    const directives = (await violations()).map((violation) => violation.directive).sort()
    expect(directives).toEqual(['script-src-attr', 'script-src-elem'])
  })
})
