import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Profiler, type ProfilerOnRenderCallback } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { MainChartPanel } from '@/components/main-chart-panel'
import { NewsPanel } from '@/components/news-panel'
import { WatchlistPanel } from '@/components/watchlist-panel'
import * as i18n from '@/i18n'
import { renderWithProviders, resetDashboardStore } from '../support/render'

// Every panel calls useT once per render (the charts never do): counting its calls counts panel
// renders, the main chart's own panel included.
vi.mock('@/i18n', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/i18n')>()
  return { ...original, useT: vi.fn(original.useT) }
})

const slow = { timeout: 15_000 }

/** Commits per Profiler id, counted from `reset()` on. */
function commitCounter() {
  const counts = new Map<string, number>()
  const onRender: ProfilerOnRenderCallback = (id) => counts.set(id, (counts.get(id) ?? 0) + 1)
  return {
    onRender,
    of: (id: string) => counts.get(id) ?? 0,
    reset: () => counts.clear(),
  }
}

/** Lets every pending request, query update and render finish. */
async function settle() {
  for (let round = 0; round < 5; round += 1) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
  }
}

describe('crosshair moves re-render the chart only', () => {
  beforeEach(() =>
    resetDashboardStore({ selection: { kind: 'ticker', ticker: '02696.HK' }, range: 'Max' }),
  )

  it('commits nothing in the watchlist, the news list or any panel while the pointer moves over the chart', async () => {
    const commits = commitCounter()
    renderWithProviders(
      <>
        <Profiler id="watchlist" onRender={commits.onRender}>
          <WatchlistPanel />
        </Profiler>
        <Profiler id="main-chart" onRender={commits.onRender}>
          <MainChartPanel />
        </Profiler>
        <Profiler id="news" onRender={commits.onRender}>
          <NewsPanel />
        </Profiler>
      </>,
    )
    const figure = await screen.findByRole('figure', { name: 'Daily moves vs sector PE' }, slow)
    await screen.findByRole('link', { name: /创新药板块也有望迎DeepSeeK时刻/ }, slow)
    await within(screen.getByRole('table', { name: 'Watchlist' })).findAllByText('n/m', {}, slow)
    await waitFor(() => expect(figure).toHaveAccessibleDescription(/PE-TTM [\d.]+ is/), slow)
    await settle()

    commits.reset()
    vi.mocked(i18n.useT).mockClear()
    // The chart body is 800 px wide in jsdom (tests/setup.ts): sweep the plot from left to right.
    // eslint-disable-next-line testing-library/no-node-access -- recharts listens on its wrapper
    const wrapper = figure.querySelector('.recharts-wrapper')
    expect(wrapper).not.toBeNull()
    for (const clientX of [120, 200, 280, 360, 440, 520, 600, 680]) {
      fireEvent.mouseMove(wrapper as Element, { clientX, clientY: 150 })
      await act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))))
    }
    const tooltip = await within(figure).findByRole('status')
    expect(tooltip).toHaveTextContent(/\d{1,2} \w{3} 20\d\d/)
    await settle()

    expect(commits.of('main-chart')).toBeGreaterThan(0) // the tooltip follows the pointer
    expect(commits.of('watchlist')).toBe(0)
    expect(commits.of('news')).toBe(0)
    expect(i18n.useT).not.toHaveBeenCalled() // no panel rendered again, the chart's own included
  }, 60_000)
})
