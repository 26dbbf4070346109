import { beforeEach, describe, expect, it, vi } from 'vitest'
import { addDays } from '@/domain/dates'
import {
  importsSaveLimit,
  importsStorageKey,
  importsStore,
  restoreImports,
  type ImportedSeries,
} from '@/state/imports-store'

/** `count` points on consecutive days from 1700-01-01 (a gap of 3 days every fifth point). */
function series(id: string, name: string, count: number, fileName = 'a.csv'): ImportedSeries {
  let day = 0
  const points = Array.from({ length: count }, (_, i) => {
    day += i === 0 ? 0 : i % 5 === 0 ? 3 : 1
    return { date: addDays('1700-01-01', day), value: i % 3 === 0 ? -1.5 : 20 + i / 7 }
  })
  return { id, name, fileName, importedAt: '2025-02-26T09:00:00+08:00', points }
}

const stored = () => JSON.parse(localStorage.getItem(importsStorageKey) ?? 'null') as unknown
const { seriesImported, seriesRemoved } = importsStore.getState().actions

describe('imports store', () => {
  beforeEach(() => importsStore.setState(importsStore.getInitialState(), true))

  it('saves imported series compactly and restores them exactly', () => {
    const pe = series('pe-1', 'PE', 500)
    const pb = series('pb-1', 'PB', 3)
    seriesImported([pe, pb])
    expect(importsStore.getState()).toMatchObject({
      series: [pe, pb],
      savedIds: ['pe-1', 'pb-1'],
      storageProblem: null,
    })
    const record = stored() as { version: number; series: { start: string; gaps: number[] }[] }
    expect(record.version).toBe(1)
    expect(record.series[1]).toEqual({
      id: 'pb-1',
      name: 'PB',
      fileName: 'a.csv',
      importedAt: '2025-02-26T09:00:00+08:00',
      start: '1700-01-01',
      gaps: [1, 1],
      values: [-1.5, 20 + 1 / 7, 20 + 2 / 7],
    })
    expect(restoreImports(stored())).toEqual({ series: [pe, pb], notices: [] })
  })

  it('replaces a series imported again from the same file and column', () => {
    seriesImported([series('one', 'PE', 3), series('two', 'PB', 3)])
    seriesImported([series('three', 'PE', 5)])
    expect(importsStore.getState().series.map(({ id, points }) => [id, points.length])).toEqual([
      ['three', 5],
      ['two', 3],
    ])
    seriesImported([series('four', 'PE', 2, 'b.csv')])
    expect(importsStore.getState().series).toHaveLength(3)
  })

  it('removes a series, and the stored copy when none is left', () => {
    seriesImported([series('one', 'PE', 3), series('two', 'PB', 3)])
    seriesRemoved('one')
    expect(restoreImports(stored()).series.map(({ id }) => id)).toEqual(['two'])
    seriesRemoved('two')
    expect(importsStore.getState().series).toEqual([])
    expect(localStorage.getItem(importsStorageKey)).toBeNull()
  })

  it('saves only what fits under the limit, in import order, and says so', () => {
    const small = series('small', 'PE', 10)
    const big = series('big', 'PB', importsSaveLimit - 5)
    const later = series('later', 'PS', 5)
    seriesImported([small])
    seriesImported([big])
    seriesImported([later])
    expect(importsStore.getState()).toMatchObject({
      savedIds: ['small', 'later'],
      storageProblem: 'too-large',
    })
    expect(importsStore.getState().series.map(({ id }) => id)).toEqual(['small', 'big', 'later'])
    expect(restoreImports(stored()).series.map(({ id }) => id)).toEqual(['small', 'later'])

    seriesRemoved('small')
    expect(importsStore.getState()).toMatchObject({
      savedIds: ['big', 'later'],
      storageProblem: null,
    })
  })

  it('keeps working in memory when the storage is full or blocked', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    seriesImported([series('one', 'PE', 3)])
    expect(importsStore.getState()).toMatchObject({ savedIds: [], storageProblem: 'unavailable' })
    expect(importsStore.getState().series).toHaveLength(1)
  })
})

describe('restoreImports', () => {
  const good = {
    id: 'a1',
    name: 'PE',
    fileName: 'a.csv',
    importedAt: '2025-02-26T09:00:00+08:00',
    start: '2025-02-26',
    gaps: [1, 3],
    values: [1, 2, -3],
  }

  it('reads a valid record', () => {
    expect(restoreImports({ version: 1, series: [good] })).toEqual({
      series: [
        {
          id: 'a1',
          name: 'PE',
          fileName: 'a.csv',
          importedAt: '2025-02-26T09:00:00+08:00',
          points: [
            { date: '2025-02-26', value: 1 },
            { date: '2025-02-27', value: 2 },
            { date: '2025-03-02', value: -3 },
          ],
        },
      ],
      notices: [],
    })
    expect(restoreImports(null)).toEqual({ series: [], notices: [] })
  })

  it('drops each damaged series by name and keeps the rest', () => {
    const damaged = [
      { ...good, id: 'b', name: 'NaN value', values: [1, null, 3] },
      { ...good, id: 'c', name: 'short gaps', gaps: [1] },
      { ...good, id: 'd', name: 'zero gap', gaps: [0, 1] },
      { ...good, id: 'e', name: 'bad start', start: '2025-02-30' },
      { ...good, id: 'f g', name: 'bad id' },
      { ...good, name: 'same id' },
      { ...good, id: 'h', name: 'beyond 9999', start: '9999-12-30' },
      { ...good, id: 'i', name: 'no points', gaps: [], values: [] },
      42,
    ]
    const { series, notices } = restoreImports({ version: 1, series: [good, ...damaged] })
    expect(series.map(({ id }) => id)).toEqual(['a1'])
    expect(notices).toEqual([
      'The imported series "NaN value" could not be read and was removed.',
      'The imported series "short gaps" could not be read and was removed.',
      'The imported series "zero gap" could not be read and was removed.',
      'The imported series "bad start" could not be read and was removed.',
      'The imported series "bad id" could not be read and was removed.',
      'The imported series "same id" could not be read and was removed.',
      'The imported series "beyond 9999" could not be read and was removed.',
      'The imported series "no points" could not be read and was removed.',
      'An imported series could not be read and was removed.',
    ])
  })

  it.each([
    ['unreadable JSON', 'unreadable'],
    ['no version', { series: [good] }],
    ['an older version', { version: 0, series: [good] }],
    ['series not a list', { version: 1, series: 'oops' }],
  ])('drops %s with a notice', (_case, record) => {
    expect(restoreImports(record)).toEqual({
      series: [],
      notices: ['Your imported series could not be read and were removed; import the files again.'],
    })
  })

  it('does not guess at a newer version', () => {
    expect(restoreImports({ version: 2, series: [good] }).notices).toEqual([
      'Your imported series were saved by a newer version of Biopulse (v2) and could not be read; import the files again.',
    ])
  })

  it('on load, reports what was dropped through the dashboard notices and cleans the storage', async () => {
    localStorage.setItem(
      importsStorageKey,
      JSON.stringify({ version: 1, series: [good, { ...good, id: 'x', name: 'broken', gaps: 7 }] }),
    )
    vi.resetModules()
    const { dashboardStore } = await import('@/state/dashboard-store')
    const { importsStore: fresh } = await import('@/state/imports-store')
    expect(fresh.getState().series.map(({ id }) => id)).toEqual(['a1'])
    expect(dashboardStore.getState().notices).toContain(
      'The imported series "broken" could not be read and was removed.',
    )
    expect(restoreImports(stored())).toMatchObject({ notices: [] })

    localStorage.setItem(importsStorageKey, '{not json')
    vi.resetModules()
    const reloaded = await import('@/state/dashboard-store')
    await import('@/state/imports-store')
    expect(reloaded.dashboardStore.getState().notices).toContain(
      'Your imported series could not be read and were removed; import the files again.',
    )
    expect(localStorage.getItem(importsStorageKey)).toBeNull()
  })
})
