import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openBrowser, type BrowserSession } from './chromium'

/** The built app in real Chromium, on the sample data, as a new user opens it. */
describe('dashboard in Chromium (built app, sample data)', () => {
  let session: BrowserSession

  beforeAll(async () => {
    session = await openBrowser()
    await session.page.goto(`${inject('baseUrl')}?source=sample`)
  })
  afterAll(async () => {
    await session?.close()
  })

  it('shows the watchlist, the main chart and the related news, labelled as a synthetic sample', async () => {
    const { page } = session
    await page.getByText('Sample data (synthetic)').waitFor({ state: 'visible' })

    const watchlist = page.getByRole('table', { name: 'Watchlist' })
    await watchlist.getByRole('row', { name: /复宏汉霖/ }).waitFor()
    await watchlist.getByText('n/m').first().waitFor()
    expect(await watchlist.getByRole('row').count()).toBeGreaterThanOrEqual(17)

    const figure = page.getByRole('figure', { name: 'Daily moves vs sector PE' })
    await figure.locator('svg.recharts-surface').first().waitFor()
    // A year of sessions: every one drawn (the bars are one path per colour, not an element each).
    expect(Number(await figure.getAttribute('data-points-drawn'))).toBeGreaterThan(200)
    await figure.getByText(/PE-TTM .* its average since 2018-01-01/).waitFor({ state: 'visible' })

    const news = page.getByRole('list', { name: 'Related news' })
    await news.getByRole('listitem').first().waitFor()
    expect(await news.getByRole('link').count()).toBeGreaterThan(0)
  })

  it('answers the showcase question: 26 Feb 2025, Henlius +18%, the cls.cn article', async () => {
    const { page } = session
    await page.getByRole('button', { name: '复宏汉霖 Henlius' }).click()
    await page.getByRole('group', { name: 'Range' }).getByRole('button', { name: '3Y' }).click()
    const figure = page.getByRole('figure', { name: 'Daily moves vs sector PE' })
    await figure
      .getByText(/largest rise \+(1[89]|2\d)\.\d\d% on 26 Feb 2025/)
      .waitFor({ state: 'visible' })

    const article = page.getByRole('link', { name: /创新药板块也有望迎DeepSeeK时刻/ })
    await article.waitFor()
    expect(await article.getAttribute('href')).toMatch(
      /^https:\/\/www\.cls\.cn\/searchPage\?keyword=/,
    )
    expect(await article.getAttribute('rel')).toBe('noopener noreferrer')

    await page.getByRole('button', { name: 'Show 26 Feb 2025 on chart' }).click()
    await figure.locator('svg text', { hasText: '26 Feb 2025' }).waitFor({ state: 'visible' })
    expect(await figure.locator('.recharts-reference-line line').count()).toBeGreaterThanOrEqual(1)
    expect(await figure.locator('svg text', { hasText: '26 Feb 2025' }).count()).toBe(1)
  })

  it('logged no console error or uncaught exception', () => {
    expect(session.problems).toEqual([])
  })
})

/**
 * A cold load's two phases: the first chart from recent windows (a year of sessions, the statistics
 * still loading), then the whole histories (the statistics since 2018), the year's figures unchanged.
 */
describe('dashboard cold load in Chromium: recent windows first, then the whole history', () => {
  let session: BrowserSession

  beforeAll(async () => {
    session = await openBrowser()
    // Every text the chart summary shows, in order, from the first script on.
    await session.page.addInitScript(() => {
      const seen: string[] = []
      Object.assign(window, { summariesSeen: seen })
      new MutationObserver(() => {
        const text = document.querySelector('.chart-panel .chart-summary')?.textContent ?? ''
        if (text && seen.at(-1) !== text) seen.push(text)
      }).observe(document, { subtree: true, childList: true, characterData: true })
    })
    await session.page.goto(`${inject('baseUrl')}?source=sample`)
  })
  afterAll(async () => {
    await session?.close()
  })

  it('draws the year first, then adds the statistics since 2018 without changing the year', async () => {
    const { page } = session
    const strip = page.getByLabel('HK biomedical PE-TTM statistics since 2018-01-01')
    await strip.getByText('Mean since 2018-01-01').waitFor({ state: 'visible' })
    const seen = await page.evaluate(
      () => (window as unknown as { summariesSeen: string[] }).summariesSeen,
    )

    const first = seen[0] ?? ''
    const last = seen.at(-1) ?? ''
    expect(first).toMatch(/statistics since 2018-01-01 are loading\.$/)
    expect(last).toMatch(/its average since 2018-01-01/)
    // The year's moves (sessions, ups and downs, compounded change, extremes) read the same.
    const year = (text: string) => text.slice(0, text.indexOf('HK biomedical PE-TTM'))
    expect(year(first)).toMatch(/^HK biomedical basket \(cap-weighted\), .* \d{3} sessions/)
    expect(year(last)).toBe(year(first))
  })

  it('logged no console error or uncaught exception', () => {
    expect(session.problems).toEqual([])
  })
})
