import { beforeEach, describe, expect, it } from 'vitest'
import { applyUrl, currentSearch } from '@/app/url-sync'
import { compareStore, initialCompareState } from '@/state/compare-store'
import { compareUrlCodec } from '@/state/compare-url'
import { dashboardStore, initialDashboardState } from '@/state/dashboard-store'

const read = (search: string) => compareUrlCodec.read(new URLSearchParams(search))
const state = () => {
  const { series, mode, logScale, range, pair, peBasket } = compareStore.getState()
  return { series, mode, logScale, range, pair, peBasket }
}

describe('compare store', () => {
  beforeEach(() => compareStore.setState(initialCompareState))

  it('adds up to 8 series, ignores duplicates and the 9th', () => {
    const { actions } = compareStore.getState()
    for (const id of ['02696.HK', '01801.HK', '600276.SH', '01877.HK', '09995.HK'] as const)
      actions.seriesAdded(id)
    actions.seriesAdded('HK') // already there
    expect(state().series).toEqual([
      '06160.HK',
      '688235.SH',
      'HK',
      '02696.HK',
      '01801.HK',
      '600276.SH',
      '01877.HK',
      '09995.HK',
    ])
    actions.seriesAdded('A')
    expect(state().series).toHaveLength(8)
    actions.seriesRemoved('HK')
    actions.seriesAdded('A')
    expect(state().series.at(-1)).toBe('A')
  })
})

describe('compareUrlCodec', () => {
  beforeEach(() => {
    compareStore.setState(initialCompareState)
    dashboardStore.setState({ ...initialDashboardState })
  })

  it('leaves the defaults out of the address', () => {
    expect(compareUrlCodec.write()).toEqual({
      tickers: null,
      cmode: null,
      clog: null,
      crange: null,
      cpair: null,
      cpe: null,
    })
  })

  it('round-trips a comparison through the address bar', () => {
    compareStore.setState({
      series: ['02696.HK', '688235.SH', 'HK', 'ALL'],
      mode: 'percent',
      logScale: true,
      range: '3Y',
      pair: '09995.HK',
      peBasket: 'A',
    })
    const search = currentSearch('?source=sample&view=compare')
    const params = new URLSearchParams(search)
    expect(params.get('tickers')).toBe('02696.HK,688235.SH,HK,ALL')
    expect(params.get('source')).toBe('sample')
    expect(Object.fromEntries(params)).toMatchObject({
      cmode: 'percent',
      clog: '1',
      crange: '3Y',
      cpair: '09995.HK',
      cpe: 'A',
    })
    const saved = state()
    compareStore.setState(initialCompareState)
    applyUrl(search)
    expect(state()).toEqual(saved)
    expect(dashboardStore.getState().notices).toEqual([])
  })

  it('reads aliases, HK+A and both sides of a pair', () => {
    expect(read('?tickers=2696,sh688235,hk,HK%2BA&cpair=688180.SH')).toEqual([])
    expect(state().series).toEqual(['02696.HK', '688235.SH', 'HK', 'ALL'])
    expect(state().pair).toBe('01877.HK')
    // "+" in a query string is a space.
    expect(read('?tickers=HK+A')).toEqual([])
    expect(state().series).toEqual(['ALL'])
  })

  it('ignores what it cannot use with a notice, keeping the rest', () => {
    const notices = read(
      '?tickers=02696.HK,nope,00700.HK,02696&cmode=log&clog=yes&crange=7Y&cpair=02696.HK&cpe=US',
    )
    expect(state()).toEqual({ ...initialCompareState, series: ['02696.HK'] })
    expect(notices).toEqual([
      expect.stringMatching(/^Ignored tickers=nope in the address/),
      'Ignored tickers=00700.HK in the address: 00700.HK is not in the universe.',
      'Ignored tickers=02696 in the address: 02696.HK is already in the list.',
      'Ignored cmode=log in the address: use percent or rebased.',
      'Ignored clog=yes in the address: use 1 or 0.',
      expect.stringMatching(/^Ignored crange=7Y/),
      expect.stringMatching(
        /^Ignored cpair=02696\.HK in the address: use one listing of an A\+H pair/,
      ),
      'Ignored cpe=US in the address: use HK, A or ALL.',
    ])
  })

  it('keeps the first 8 series and says so', () => {
    const notices = read(
      '?tickers=02696.HK,01801.HK,600276.SH,01877.HK,09995.HK,06160.HK,688235.SH,HK,A,ALL',
    )
    expect(state().series).toHaveLength(8)
    expect(state().series.at(-1)).toBe('HK')
    expect(notices).toEqual(['Ignored tickers=A,ALL in the address: compare at most 8.'])
  })

  it('accepts an explicitly empty list', () => {
    expect(read('?tickers=')).toEqual([])
    expect(state().series).toEqual([])
    expect(compareUrlCodec.write().tickers).toBe('')
  })
})
