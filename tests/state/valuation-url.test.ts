import { beforeEach, describe, expect, it } from 'vitest'
import {
  effectivePrimary,
  parseSeriesId,
  valuationStore,
  type ValuationSettings,
} from '@/state/valuation-store'
import { valuationUrlCodec } from '@/state/valuation-url'

const settings = (): ValuationSettings => {
  const { actions: _actions, ...rest } = valuationStore.getState()
  return rest
}

/** The query string the codec writes for the current state. */
const written = () => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(valuationUrlCodec.write()))
    if (value !== null) params.set(key, value)
  return params
}

beforeEach(() => valuationStore.setState(valuationStore.getInitialState(), true))

describe('valuation URL codec', () => {
  it('leaves the defaults out of the address', () => {
    expect(written().toString()).toBe('')
  })

  it('round-trips a whole view: write, reset, read gives the same state', () => {
    valuationStore.setState({
      series: ['A', '02696.HK', 'csi:000991', 'imp:my-file_1'],
      metric: 'ps',
      method: 'harmonic',
      windowStart: '2020-03-23',
      horizon: 60,
      primary: '02696.HK',
      logScale: true,
    })
    const before = settings()
    const params = written()
    expect(params.get('vseries')).toBe('A,02696.HK,csi:000991,imp:my-file_1')

    valuationStore.setState(valuationStore.getInitialState(), true)
    expect(valuationUrlCodec.read(params)).toEqual([])
    expect(settings()).toEqual(before)
  })

  it('keeps an explicitly empty series list', () => {
    valuationStore.setState({ series: [] })
    const params = written()
    valuationStore.setState(valuationStore.getInitialState(), true)
    valuationUrlCodec.read(params)
    expect(valuationStore.getState().series).toEqual([])
  })

  it('ignores bad values with one notice each, keeping the good ones', () => {
    const notices = valuationUrlCodec.read(
      new URLSearchParams(
        'vseries=HK,99999.HK,nonsense,HK,csi:399989&vmetric=ev&vmethod=mean&vfrom=2021-02-30&vhorizon=10&vprimary=A&vlog=yes',
      ),
    )
    expect(notices).toEqual([
      'Ignored vseries=99999.HK in the address: 99999.HK is not in the universe.',
      'Ignored vseries=nonsense in the address: use HK, A, ALL, a ticker such as 02696.HK, csi:000991 or imp:<id>.',
      'Ignored vseries=HK in the address: HK is already in the list.',
      'Ignored vseries=csi:399989 in the address: unknown index 399989; use one of csi:000991.',
      'Ignored vmetric=ev in the address: use pe, pb, ps.',
      'Ignored vmethod=mean in the address: use aggregate, median, harmonic.',
      'Ignored vfrom=2021-02-30 in the address: use a real date as YYYY-MM-DD.',
      'Ignored vhorizon=10 in the address: use 5, 20, 60 sessions.',
      'Ignored vprimary=A in the address: it is not among the series shown.',
      'Ignored vlog=yes in the address: use 1 or 0.',
    ])
    const { series, metric, windowStart, logScale } = valuationStore.getState()
    expect({ series, metric, windowStart, logScale }).toEqual({
      series: ['HK'],
      metric: 'pe',
      windowStart: '2018-01-01',
      logScale: false,
    })
  })

  it('keeps the default series when every id is invalid', () => {
    valuationUrlCodec.read(new URLSearchParams('vseries=nope'))
    expect(valuationStore.getState().series).toEqual(['HK', 'A', 'ALL'])
  })

  it('accepts ticker aliases and writes them canonically', () => {
    valuationUrlCodec.read(new URLSearchParams('vseries=hk2696,sh600276'))
    expect(valuationStore.getState().series).toEqual(['02696.HK', '600276.SH'])
  })
})

describe('series ids', () => {
  it.each([
    ['HK', { kind: 'sector', basket: 'HK' }],
    ['02696.HK', { kind: 'company', ticker: '02696.HK' }],
    ['csi:000991', { kind: 'index', code: '000991' }],
    ['imp:abc', { kind: 'imported', importId: 'abc' }],
  ])('%s', (text, series) => {
    expect(parseSeriesId(text)).toEqual({ id: text, series })
  })

  it('falls back to the first series shown when the primary is not shown', () => {
    expect(effectivePrimary({ series: ['A', 'HK'], primary: 'ALL' })).toBe('A')
    expect(effectivePrimary({ series: ['A', 'HK'], primary: 'HK' })).toBe('HK')
    expect(effectivePrimary({ series: [], primary: null })).toBeNull()
  })

  it('adds the primary series to those shown when chosen', () => {
    valuationStore.getState().actions.primaryChosen('02696.HK')
    expect(valuationStore.getState().series).toEqual(['HK', 'A', 'ALL', '02696.HK'])
  })
})
