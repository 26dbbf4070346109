import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import { moverPeriods, type MoverPeriod } from '@/domain/movers'
import type { Market } from '@/domain/types'
import { ignoredParameter, type UrlCodec } from '@/state/url-codec'

/** Which listings the movers table and heat map show. */
export type MoversMarket = 'ALL' | Market

const moversMarkets: readonly MoversMarket[] = ['ALL', 'HK', 'A']

export interface MoversState {
  period: MoverPeriod
  market: MoversMarket
  actions: {
    periodChosen: (period: MoverPeriod) => void
    marketChosen: (market: MoversMarket) => void
  }
}

export const initialMoversState = { period: '1D', market: 'ALL' } as const

/** UI state of the Movers view; it travels in the address (`mperiod`, `mmarket`), not in storage. */
export const moversStore = createStore<MoversState>()((set) => ({
  ...initialMoversState,
  actions: {
    periodChosen: (period) => set({ period }),
    marketChosen: (market) => set({ market }),
  },
}))

export const useMoversPeriod = () => useStore(moversStore, (state) => state.period)
export const useMoversMarket = () => useStore(moversStore, (state) => state.market)
export const useMoversActions = () => useStore(moversStore, (state) => state.actions)

const isPeriod = (value: string): value is MoverPeriod =>
  (moverPeriods as readonly string[]).includes(value)
const isMarket = (value: string): value is MoversMarket =>
  (moversMarkets as readonly string[]).includes(value)

export const moversUrlCodec: UrlCodec = {
  keys: ['mperiod', 'mmarket'],
  read(params) {
    const notices: string[] = []
    const period = params.get('mperiod')
    if (period !== null) {
      if (isPeriod(period)) moversStore.setState({ period })
      else
        notices.push(ignoredParameter('mperiod', period, `use one of ${moverPeriods.join(', ')}`))
    }
    const market = params.get('mmarket')
    if (market !== null) {
      if (isMarket(market)) moversStore.setState({ market })
      else notices.push(ignoredParameter('mmarket', market, 'use ALL, HK or A'))
    }
    return notices
  },
  write() {
    const { period, market } = moversStore.getState()
    return {
      mperiod: period === initialMoversState.period ? null : period,
      mmarket: market === initialMoversState.market ? null : market,
    }
  },
  subscribe: (listener) => moversStore.subscribe(listener),
}
