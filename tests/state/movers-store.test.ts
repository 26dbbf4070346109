import { afterEach, describe, expect, it } from 'vitest'
import { currentSearch } from '@/app/url-sync'
import { initialMoversState, moversStore, moversUrlCodec } from '@/state/movers-store'

describe('movers view in the address', () => {
  afterEach(() => moversStore.setState(initialMoversState))

  it('reads period and market, and writes them back (defaults left out)', () => {
    expect(moversUrlCodec.read(new URLSearchParams('mperiod=YTD&mmarket=HK'))).toEqual([])
    expect(moversStore.getState()).toMatchObject({ period: 'YTD', market: 'HK' })
    expect(moversUrlCodec.write()).toEqual({ mperiod: 'YTD', mmarket: 'HK' })
    moversStore.setState(initialMoversState)
    expect(moversUrlCodec.write()).toEqual({ mperiod: null, mmarket: null })
  })

  it('ignores unknown values with a notice and keeps the rest', () => {
    expect(moversUrlCodec.read(new URLSearchParams('mperiod=2W&mmarket=A'))).toEqual([
      'Ignored mperiod=2W in the address: use one of 1D, 5D, 1M, 3M, YTD, 1Y.',
    ])
    expect(moversStore.getState()).toMatchObject({ period: '1D', market: 'A' })
  })

  it('keeps commas readable in the address', () => {
    expect(currentSearch('?note=a%2Cb')).toContain('note=a,b')
  })
})
