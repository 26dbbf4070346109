import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openBrowser, type BrowserSession } from './chromium'

/**
 * Every main view of the built app in real Chromium, on the sample data: load it, use it, and
 * check what is on screen by role and text. One page for the whole file (the views share the
 * loaded data, as they do for a user), and no console error anywhere.
 */
describe('main views in Chromium (built app, sample data)', () => {
  let session: BrowserSession
  let page: Page

  const view = (name: string) =>
    page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true })
  const mainChart = () => page.getByRole('figure', { name: 'Daily moves vs sector PE' })
  /** The value of a figure's `data-points-*` attribute (what it draws after downsampling). */
  const points = async (figure: Locator, which: 'drawn' | 'total') =>
    Number(await figure.getAttribute(`data-points-${which}`))

  beforeAll(async () => {
    session = await openBrowser({ width: 1440, height: 1000 })
    page = session.page
    await page.goto(`${inject('baseUrl')}?source=sample`)
    await mainChart().locator('svg.recharts-surface').first().waitFor()
  })
  afterAll(async () => {
    await session?.close()
  })

  it('watchlist: quotes for every row, reorder, remove and add a listing', async () => {
    const watchlist = page.getByRole('table', { name: 'Watchlist' })
    await watchlist.getByText('n/m').first().waitFor()
    const names = () =>
      watchlist
        .locator('tbody button.row-select')
        .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')))
    const before = await names()
    expect(before.length).toBeGreaterThanOrEqual(17)
    expect(before[0]).toBe('复宏汉霖 Henlius')

    await watchlist.getByRole('button', { name: 'Move Henlius (02696.HK) down' }).click()
    expect((await names()).slice(0, 2)).toEqual([before[1], '复宏汉霖 Henlius'])
    await watchlist
      .getByRole('button', { name: 'Remove Henlius (02696.HK) from the watchlist' })
      .click()
    expect(await names()).not.toContain('复宏汉霖 Henlius')

    const search = page.getByRole('combobox', { name: 'Add ticker' })
    await search.fill('2696')
    await page
      .getByRole('option', { name: /02696\.HK/ })
      .first()
      .click()
    const row = watchlist.getByRole('row', { name: /复宏汉霖/ })
    await row.waitFor()
    await expect.poll(() => row.textContent()).toMatch(/HKD/)
    expect((await names()).at(-1)).toBe('复宏汉霖 Henlius')
  })

  it('main chart: Max range downsampled to the plot, a tooltip under the pointer, a chosen session', async () => {
    const figure = mainChart()
    await page.getByRole('group', { name: 'Range' }).getByRole('button', { name: 'Max' }).click()
    await expect.poll(() => points(figure, 'total')).toBeGreaterThan(2_000)
    const plot = await figure.locator('.recharts-wrapper').boundingBox()
    expect(plot).not.toBeNull()
    // At most two rows per pixel of the plot, however long the history.
    expect(await points(figure, 'drawn')).toBeLessThanOrEqual(2 * (plot?.width ?? 0))
    await figure
      .getByText(/HK biomedical basket \(cap-weighted\), 3 Jan 2018 to 20 Nov 2026/)
      .waitFor()

    await page.mouse.move((plot?.x ?? 0) + (plot?.width ?? 0) * 0.6, (plot?.y ?? 0) + 120)
    const tooltip = figure.getByRole('status')
    await tooltip.waitFor()
    expect(await tooltip.textContent()).toMatch(/\d{1,2} \w{3,4} 20\d\d.*Basket move:.*PE-TTM:/)

    await page.mouse.click((plot?.x ?? 0) + (plot?.width ?? 0) * 0.6, (plot?.y ?? 0) + 120)
    const detail = page.getByRole('region', { name: /^Why did it move\?/ })
    await detail.waitFor()
    await detail.getByRole('button', { name: 'Close the day detail' }).click()
    await detail.waitFor({ state: 'detached' })
    await page.getByRole('group', { name: 'Range' }).getByRole('button', { name: '1Y' }).click()
    await expect.poll(() => points(figure, 'total')).toBeLessThan(300)
  })

  it('news: the cls.cn article of 26 Feb 2025, marked on the chart from its news item', async () => {
    await page.getByRole('button', { name: '复宏汉霖 Henlius' }).click()
    await page.getByRole('group', { name: 'Range' }).getByRole('button', { name: '3Y' }).click()
    const news = page.getByRole('list', { name: 'Related news' })
    const article = news.getByRole('link', { name: /创新药板块也有望迎DeepSeeK时刻/ })
    await article.waitFor()
    expect(await article.getAttribute('rel')).toBe('noopener noreferrer')
    expect(await news.getByRole('listitem').count()).toBeGreaterThan(3)

    await page.getByRole('button', { name: 'Show 26 Feb 2025 on chart' }).click()
    await page.getByRole('button', { name: 'Marked on chart' }).waitFor()
    await mainChart().locator('svg text', { hasText: '26 Feb 2025' }).waitFor()
    await mainChart()
      .getByText(/largest rise \+19\.84% on 26 Feb 2025/)
      .waitFor()
  })

  it('movers and day detail: ranked listings, the heat map, and why the sector moved that day', async () => {
    await view('Movers').click()
    const map = page.getByRole('figure', { name: /^Heat map · 1D to 26 Feb 2025/ })
    await map.waitFor()
    const movers = page.getByRole('table', { name: 'Sector movers' })
    expect(await movers.getByRole('row').count()).toBeGreaterThan(15)
    await map.getByRole('button', { name: /Henlius 02696\.HK \+19\.84%/ }).waitFor()

    const detail = page.getByRole('region', { name: 'Why did it move? 26 Feb 2025' })
    await detail.waitFor()
    await detail.getByRole('table', { name: 'Moves on 26 Feb 2025' }).waitFor()
    await page.getByRole('group', { name: 'Period' }).getByRole('button', { name: '5D' }).click()
    await page.getByRole('figure', { name: /^Heat map · 5D to 26 Feb 2025/ }).waitFor()
    await page.getByRole('button', { name: 'Latest session' }).click()
    await page.getByRole('figure', { name: /^Heat map · 5D to 20 Nov 2026/ }).waitFor()
  })

  it('valuation: bands with the peak and trough, the summary table, another metric', async () => {
    await view('Valuation').click()
    const bands = page.getByRole('figure', { name: /^PE-TTM against its own history/ })
    await bands.locator('svg.recharts-surface').first().waitFor()
    await bands.getByText(/^Peak [\d.]+ \(\d{4}-\d\d-\d\d\)$/).waitFor()
    await bands.getByText(/^Trough [\d.]+ \(\d{4}-\d\d-\d\d\)$/).waitFor()
    const box = await bands.locator('.recharts-wrapper').boundingBox()
    expect(await points(bands, 'drawn')).toBeLessThanOrEqual(box?.width ?? 0)
    const summary = page.getByRole('region', { name: 'Valuation summary' })
    await summary
      .getByText(/HK biomedical PE-TTM [\d.]+ is \d+% (below|above) its average/)
      .waitFor()

    await page.getByRole('group', { name: 'Metric' }).getByRole('button', { name: 'PB' }).click()
    await page.getByRole('figure', { name: /^PB against its own history/ }).waitFor()
  })

  it('logged no console error or uncaught exception', () => {
    expect(session.problems).toEqual([])
  })
})
