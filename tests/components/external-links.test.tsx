import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { NewsItem } from '@/domain/types'
import { ExternalLink } from '@/components/external-link'
import { NewsPanel } from '@/components/news-panel'
import { DayDetailPanel } from '@/components/movers/day-detail-panel'
import { renderWithProviders, resetDashboardStore } from '../support/render'

/**
 * The component side of the link gate: items that reach a panel with a dangerous URL (whatever a
 * provider let through) render as plain text, and markup in a title renders literally. The news
 * provider is replaced so the items arrive exactly as written here.
 */
const items = vi.hoisted((): NewsItem[] => {
  const item = (id: string, title: string, url: string | null, minute: number): NewsItem => ({
    id,
    publishedAt: `2025-02-26T09:${String(minute).padStart(2, '0')}:00+08:00`,
    source: '<b>Source</b>',
    title,
    url,
    tickers: ['02696.HK'],
    kind: 'news',
  })
  return [
    item('a', '<img src=x onerror="window.__pwned=1"> 复宏汉霖 公告', 'javascript:alert(1)', 1),
    item('b', '<script>alert(1)</script>Safe link', 'https://www.cls.cn/detail/1', 2),
    item('c', 'Mixed-case script URL', 'JaVaScRiPt:alert(document.cookie)', 3),
    item('d', 'Data URL', 'data:text/html,<script>alert(1)</script>', 4),
    // The day detail shows the first four of a session; the news list shows them all.
    item('e', 'VBScript URL', 'vbscript:msgbox(1)', 5),
    item('f', 'Protocol-relative URL', '//evil.example/a', 6),
    item('g', 'User-info URL', 'https://www.cls.cn@evil.example/', 7),
  ]
})

vi.mock('@/providers/news', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/providers/news')>()),
  fetchNews: async () => ({
    data: items,
    provenance: {
      sources: ['Eastmoney news'],
      fetchedAt: '2025-02-26T10:00:00+08:00',
      asOf: '2025-02-26T09:07:00+08:00',
      freshness: 'real-time',
      fallbackUsed: false,
      failures: [],
    },
  }),
}))

const slow = { timeout: 20_000 }

function expectOnlyTheSafeLink(container: HTMLElement, textTitles: readonly string[]) {
  const links = within(container).getAllByRole('link')
  expect(links).toHaveLength(1)
  expect(links[0]).toHaveAccessibleName('<script>alert(1)</script>Safe link')
  expect(links[0]).toHaveAttribute('href', 'https://www.cls.cn/detail/1')
  expect(links[0]).toHaveAttribute('target', '_blank')
  expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer')
  for (const title of textTitles) {
    expect(within(container).getByText(title)).toBeVisible()
    expect(within(container).queryByRole('link', { name: title })).toBeNull()
  }
  // Markup in titles and sources is text: no element was made from it.
  expect(
    within(container).getByText('<img src=x onerror="window.__pwned=1"> 复宏汉霖 公告'),
  ).toBeVisible()
  expect(within(container).queryByRole('img')).toBeNull()
  // The serialised DOM: markup from the data appears only escaped, dangerous URLs not at all.
  const html = container.outerHTML
  for (const markup of [
    '<img',
    '<script',
    '<b>',
    'javascript:',
    'vbscript:',
    'data:text',
    'evil',
  ]) {
    expect(html.toLowerCase()).not.toContain(markup)
  }
  expect(html).toContain('&lt;img src=x onerror="window.__pwned=1"&gt;')
}

describe('ExternalLink', () => {
  it('renders a link for an https URL, new tab, no opener, no referrer', () => {
    renderWithProviders(<ExternalLink url="HTTPS://WWW.CLS.CN/a">Article</ExternalLink>)
    const link = screen.getByRole('link', { name: 'Article' })
    expect(link).toHaveAttribute('href', 'https://www.cls.cn/a')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,x'],
    ['protocol-relative', '//evil.example/'],
    ['malformed', 'https://'],
    ['null', null],
  ])('renders plain text for a %s URL', (_name, url) => {
    renderWithProviders(
      <ExternalLink className="news-title" url={url}>
        Title
      </ExternalLink>,
    )
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.getByText('Title')).toHaveClass('news-title')
  })
})

describe('news in the panels', () => {
  beforeEach(() =>
    resetDashboardStore({
      selection: { kind: 'ticker', ticker: '02696.HK' },
      highlightedDate: '2025-02-26',
    }),
  )

  it('NewsPanel links only the http(s) item; the others and the markup stay text', async () => {
    renderWithProviders(<NewsPanel />)
    const list = await screen.findByRole('list', { name: 'Related news' }, slow)
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThanOrEqual(items.length)
    expectOnlyTheSafeLink(list, [
      'Mixed-case script URL',
      'Data URL',
      'VBScript URL',
      'Protocol-relative URL',
      'User-info URL',
    ])
    expect(within(list).getAllByText('<b>Source</b>')).toHaveLength(items.length)
  })

  it('DayDetailPanel links only the http(s) item; the others and the markup stay text', async () => {
    renderWithProviders(<DayDetailPanel date="2025-02-26" />)
    const table = await screen.findByRole('table', { name: 'Moves on 26 Feb 2025' }, slow)
    await within(table).findByText('<script>alert(1)</script>Safe link', {}, slow)
    const row = within(table)
      .getAllByRole('row')
      .find((candidate) => within(candidate).queryByText('Data URL') !== null)
    expect(row).toHaveTextContent('02696.HK')
    expectOnlyTheSafeLink(row as HTMLElement, ['Mixed-case script URL', 'Data URL'])
  })
})
