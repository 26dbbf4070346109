import { describe, expect, it } from 'vitest'
import { dashboardStorageKey, storedDataSource } from '@/state/stored-source'

const storageWith = (value: string | null) => ({
  getItem: (key: string) => (key === dashboardStorageKey ? value : null),
})

describe('storedDataSource (what the boot script starts early)', () => {
  it.each([
    [
      'a current record in sample mode',
      JSON.stringify({ state: { dataSource: 'sample' }, version: 1 }),
      'sample',
    ],
    [
      'a current record in live mode',
      JSON.stringify({ state: { dataSource: 'live' }, version: 1 }),
      'live',
    ],
    ['an unknown mode', JSON.stringify({ state: { dataSource: 'ftp' } }), undefined],
    ['no mode stored', JSON.stringify({ state: { watchlist: [] } }), undefined],
    ['a record without state', JSON.stringify({ dataSource: 'live' }), undefined],
    ['state that is not an object', JSON.stringify({ state: 'live' }), undefined],
    ['corrupted JSON', '{"state": {', undefined],
    ['JSON null', 'null', undefined],
    ['nothing stored', null, undefined],
  ])('%s → %s', (_, stored, expected) => {
    expect(storedDataSource(storageWith(stored))).toBe(expected)
  })

  it('blocked or missing storage: undefined, never a throw', () => {
    expect(storedDataSource(undefined)).toBeUndefined()
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
    }
    expect(storedDataSource(blocked)).toBeUndefined()
  })

  it('reads what the dashboard store writes', async () => {
    const { dashboardStore } = await import('@/state/dashboard-store')
    dashboardStore.getState().actions.dataSourceChosen('live')
    expect(storedDataSource(localStorage)).toBe('live')
    dashboardStore.getState().actions.dataSourceChosen('sample')
    expect(storedDataSource(localStorage)).toBe('sample')
  })
})
