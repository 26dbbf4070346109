import { describe, expect, it } from 'vitest'
import { resolveDataSource } from '@/app/data-source'
import { sanitisePersisted } from '@/state/dashboard-store'

describe('sanitisePersisted', () => {
  it('keeps valid settings as they are', () => {
    const stored = {
      watchlist: ['02696.HK', '600276.SH'],
      selection: { kind: 'ticker', ticker: '02696.HK' },
      range: '3Y',
      colourScheme: 'green-up',
      sinceDate: '2019-01-01',
      dataSource: 'live',
    }
    expect(sanitisePersisted(stored)).toEqual({ state: stored, notices: [] })
  })

  it('drops unknown tickers by name, canonicalises aliases and removes duplicates', () => {
    const { state, notices } = sanitisePersisted({
      watchlist: ['hk2696', '02696.HK', '00700.HK', 42, 'sh600276'],
    })
    expect(state.watchlist).toEqual(['02696.HK', '600276.SH'])
    expect(notices).toEqual(['Removed from your watchlist (not in the universe): 00700.HK, 42.'])
  })

  it('never silently loses the watchlist: an unusable one is replaced with a notice', () => {
    expect(sanitisePersisted({ watchlist: 'oops' })).toEqual({
      state: {},
      notices: ['Your saved watchlist could not be read; the default list is shown.'],
    })
    const { state, notices } = sanitisePersisted({ watchlist: ['nope'] })
    expect(state.watchlist).toBeUndefined()
    expect(notices).toHaveLength(2)
  })

  it('keeps an intentionally empty watchlist', () => {
    expect(sanitisePersisted({ watchlist: [] }).state.watchlist).toEqual([])
  })

  it('ignores invalid fields without losing valid ones', () => {
    const { state } = sanitisePersisted({
      watchlist: ['01877.HK'],
      range: '7Y',
      colourScheme: 'purple',
      selection: { kind: 'ticker', ticker: '99999.HK' },
      sinceDate: 'yesterday',
      dataSource: 'ftp',
    })
    expect(state).toEqual({ watchlist: ['01877.HK'] })
  })

  it('reports corrupted storage and settings from a newer version', () => {
    expect(sanitisePersisted({ unreadable: true }).notices[0]).toMatch(
      /could not be read and were reset/,
    )
    const newer = sanitisePersisted({ watchlist: ['01877.HK'], fromVersion: 9 })
    expect(newer.state.watchlist).toEqual(['01877.HK'])
    expect(newer.notices[0]).toMatch(/newer version of Biopulse \(v9\)/)
    expect(sanitisePersisted(null)).toEqual({ state: {}, notices: [] })
  })
})

describe('resolveDataSource', () => {
  it.each([
    ['?source=live', 'sample', undefined, 'live', null],
    ['?source=sample', 'live', 'live', 'sample', null],
    ['', 'live', undefined, 'live', null],
    ['', undefined, 'live', 'live', null],
    ['', undefined, undefined, 'sample', null],
    [
      '?source=prod',
      undefined,
      undefined,
      'sample',
      'Ignored source=prod in the address: use source=sample or source=live.',
    ],
  ] as const)(
    '%s with stored %s and default %s → %s',
    (search, stored, fallback, source, notice) => {
      expect(resolveDataSource(search, stored, fallback)).toEqual({ source, notice })
    },
  )
})
