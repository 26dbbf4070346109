import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultWatchlist } from '@/domain/universe'
import { dashboardStore, salvageWatchlist, storageVersion } from '@/state/dashboard-store'
import { importsStorageKey } from '@/state/imports-store'
import { resetDashboardStore } from '../support/render'

/**
 * Stored settings through the real persist path: what is in localStorage when the app opens, read
 * by the store itself (zustand `persist` for the dashboard, the module's load for the imports).
 */
const dashboardKey = 'biopulse:dashboard'

async function reopenDashboard(stored: string) {
  resetDashboardStore()
  localStorage.setItem(dashboardKey, stored)
  await dashboardStore.persist.rehydrate()
  return dashboardStore.getState()
}

const storedAgain = () =>
  JSON.parse(localStorage.getItem(dashboardKey) ?? 'null') as {
    state: { watchlist: string[] }
    version: number
  }

describe('dashboard settings as stored', () => {
  beforeEach(() => resetDashboardStore())

  it('corrupted JSON: reset to the defaults with a notice, the watchlist recovered', async () => {
    // Cut short, as a full disk or a crash mid-write leaves it.
    const state = await reopenDashboard(
      '{"state":{"watchlist":["01877.HK","hk2696","00700.HK","600276.SH"],"selection":{"kind":"tic',
    )
    expect(state.watchlist).toEqual(['01877.HK', '02696.HK', '600276.SH'])
    expect(state.range).toBe('1Y')
    expect(state.notices).toEqual([
      'Removed from your watchlist (not in the universe): 00700.HK.',
      'Your saved settings could not be read and were reset to the defaults, except your watchlist (3 listings), which was recovered.',
    ])
    expect(storedAgain()).toMatchObject({ version: storageVersion })
  })

  it('unreadable through and through: the defaults, said so', async () => {
    const state = await reopenDashboard('not json at all')
    expect(state.watchlist).toEqual(defaultWatchlist)
    expect(state.notices).toEqual([
      'Your saved settings could not be read and were reset to the defaults.',
    ])
  })

  it('a v0 shape (before versions): migrated, nothing lost', async () => {
    const state = await reopenDashboard(
      JSON.stringify({
        state: {
          watchlist: ['hk2696', 'sh600276', '01877.HK'],
          selection: { kind: 'basket', basket: 'A' },
          range: '3Y',
          colourScheme: 'green-up',
        },
        version: 0,
      }),
    )
    expect(state).toMatchObject({
      watchlist: ['02696.HK', '600276.SH', '01877.HK'],
      selection: { kind: 'basket', basket: 'A' },
      range: '3Y',
      colourScheme: 'green-up',
      notices: [],
    })
    expect(storedAgain()).toMatchObject({
      version: storageVersion,
      state: { watchlist: ['02696.HK', '600276.SH', '01877.HK'] },
    })
  })

  it('a v9 shape (a newer Biopulse): what this version understands is kept, with a notice', async () => {
    const state = await reopenDashboard(
      JSON.stringify({
        state: {
          watchlist: ['02696.HK', '01877.HK'],
          range: '5Y',
          colourScheme: 'purple-up',
          layout: { columns: 3 },
        },
        version: 9,
      }),
    )
    expect(state).toMatchObject({ watchlist: ['02696.HK', '01877.HK'], range: '5Y' })
    expect(state.colourScheme).toBe('red-up')
    expect(state.notices).toEqual([
      'Your settings were saved by a newer version of Biopulse (v9); what this version understands was kept.',
    ])
  })

  it('a watchlist that cannot be read at all is replaced by the default one, said so', async () => {
    const state = await reopenDashboard(
      JSON.stringify({ state: { watchlist: { first: '02696.HK' } }, version: 1 }),
    )
    expect(state.watchlist).toEqual(defaultWatchlist)
    expect(state.notices).toEqual([
      'Your saved watchlist could not be read; the default list is shown.',
    ])
  })
})

describe('salvageWatchlist', () => {
  it.each([
    ['{"state":{"watchlist":["02696.HK","600276.SH"],"sel', ['02696.HK', '600276.SH']],
    ['{"state":{"watchlist":["02696.HK","6002', ['02696.HK']],
    ['{"state":{"range":"1Y"', []],
    ['', []],
  ])('%s', (text, expected) => {
    expect(salvageWatchlist(text)).toEqual(expected)
  })
})

describe('imported series as stored, read when the app opens', () => {
  const good = {
    id: 'a1',
    name: 'PE',
    fileName: 'a.csv',
    importedAt: '2025-02-26T09:00:00+08:00',
    start: '2025-02-26',
    gaps: [1],
    values: [1, 2],
  }

  async function reopenImports(stored: string) {
    localStorage.setItem(importsStorageKey, stored)
    vi.resetModules()
    const { dashboardStore: dashboard } = await import('@/state/dashboard-store')
    const { importsStore } = await import('@/state/imports-store')
    return { series: importsStore.getState().series, notices: dashboard.getState().notices }
  }

  it('a v0 record: removed with a notice, and the storage cleaned', async () => {
    const { series, notices } = await reopenImports(JSON.stringify({ version: 0, series: [good] }))
    expect(series).toEqual([])
    expect(notices).toContain(
      'Your imported series could not be read and were removed; import the files again.',
    )
    expect(localStorage.getItem(importsStorageKey)).toBeNull()
  })

  it('a v9 record: not guessed at, said so', async () => {
    const { series, notices } = await reopenImports(JSON.stringify({ version: 9, series: [good] }))
    expect(series).toEqual([])
    expect(notices).toContain(
      'Your imported series were saved by a newer version of Biopulse (v9) and could not be read; import the files again.',
    )
  })

  it('corrupted JSON: removed with a notice', async () => {
    const { notices } = await reopenImports('{"version":1,"series":[{"id":"a1","na')
    expect(notices).toContain(
      'Your imported series could not be read and were removed; import the files again.',
    )
  })

  it('a current record: restored as it was', async () => {
    const { series, notices } = await reopenImports(JSON.stringify({ version: 1, series: [good] }))
    expect(series.map(({ id, points }) => [id, points.length])).toEqual([['a1', 2]])
    expect(notices).toEqual([])
  })
})
