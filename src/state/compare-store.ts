import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import { maxCompareSeries, type CompareSeriesId } from '@/domain/compare'
import type { RangePreset } from '@/domain/ranges'
import type { Basket } from '@/domain/sector'
import type { Ticker } from '@/domain/types'

/** How compared series are shown: indexed to 100 at the range start, or as % change from it. */
export type CompareMode = 'rebased' | 'percent'

/** UI state of the Compare view only (series data lives in React Query). Travels in the URL. */
export interface CompareState {
  /** Picked listings and baskets, in the order they were added; at most `maxCompareSeries`. */
  series: CompareSeriesId[]
  mode: CompareMode
  logScale: boolean
  range: RangePreset
  /** The H-share ticker of the A+H pair whose premium is charted. */
  pair: Ticker
  /** The basket whose sector PE-TTM shares the time axis with the price and premium panes. */
  peBasket: Basket
  actions: {
    /** Adds a series at the end; ignored when it is already picked or the list is full. */
    seriesAdded: (id: CompareSeriesId) => void
    seriesRemoved: (id: CompareSeriesId) => void
    modeChosen: (mode: CompareMode) => void
    logScaleToggled: (logScale: boolean) => void
    rangeChosen: (range: RangePreset) => void
    pairChosen: (h: Ticker) => void
    peBasketChosen: (basket: Basket) => void
  }
}

export const initialCompareState: Omit<CompareState, 'actions'> = {
  series: ['06160.HK', '688235.SH', 'HK'],
  mode: 'rebased',
  logScale: false,
  range: '1Y',
  pair: '06160.HK',
  peBasket: 'HK',
}

export const compareStore = createStore<CompareState>()((set) => ({
  ...initialCompareState,
  actions: {
    seriesAdded: (id) =>
      set(({ series }) =>
        series.includes(id) || series.length >= maxCompareSeries ? {} : { series: [...series, id] },
      ),
    seriesRemoved: (id) =>
      set(({ series }) => ({ series: series.filter((entry) => entry !== id) })),
    modeChosen: (mode) => set({ mode }),
    logScaleToggled: (logScale) => set({ logScale }),
    rangeChosen: (range) => set({ range }),
    pairChosen: (pair) => set({ pair }),
    peBasketChosen: (peBasket) => set({ peBasket }),
  },
}))

export const useCompareSeries = () => useStore(compareStore, (state) => state.series)
export const useCompareMode = () => useStore(compareStore, (state) => state.mode)
export const useCompareLogScale = () => useStore(compareStore, (state) => state.logScale)
export const useCompareRange = () => useStore(compareStore, (state) => state.range)
export const useComparePair = () => useStore(compareStore, (state) => state.pair)
export const useComparePeBasket = () => useStore(compareStore, (state) => state.peBasket)
export const useCompareActions = () => useStore(compareStore, (state) => state.actions)
