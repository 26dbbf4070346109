import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import { isIsoDate } from '@/domain/dates'
import type { PeMethod, ValuationMetric } from '@/domain/sector'
import { parseTicker } from '@/domain/tickers'
import type { IsoDate, Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'

/**
 * UI state of the Valuation view: which series are shown and how they are read. Server data lives
 * in React Query; imported files live in the imports store. Not persisted: the address bar holds
 * it (src/state/valuation-url.ts), so a reload or a shared link reopens the same view.
 */

export const valuationMetrics = ['pe', 'pb', 'ps'] as const satisfies readonly ValuationMetric[]
export const valuationMethods = [
  'aggregate',
  'median',
  'harmonic',
] as const satisfies readonly PeMethod[]
/** Forward-return horizons of the scatter, in sessions. */
export const scatterHorizons = [5, 20, 60] as const
export type ScatterHorizon = (typeof scatterHorizons)[number]

/** Official index series offered next to ours (CSI codes). */
export const indexCodes = ['000991'] as const
export type IndexCode = (typeof indexCodes)[number]

/**
 * A series the view can show: a sector basket (`HK`, `A`, `ALL`, with the chosen metric and
 * method), a listing (`02696.HK`), an official index (`csi:000991`) or an imported file
 * (`imp:<id>`).
 */
export type SeriesId = 'HK' | 'A' | 'ALL' | Ticker | `csi:${IndexCode}` | `imp:${string}`

export type ParsedSeries =
  | { kind: 'sector'; basket: 'HK' | 'A' | 'ALL' }
  | { kind: 'company'; ticker: Ticker }
  | { kind: 'index'; code: IndexCode }
  | { kind: 'imported'; importId: string }

const importIdPattern = /^[\w.-]{1,80}$/

/** Reads a series id; a string explains why one is refused. */
export function parseSeriesId(text: string): { id: SeriesId; series: ParsedSeries } | string {
  if (text === 'HK' || text === 'A' || text === 'ALL')
    return { id: text, series: { kind: 'sector', basket: text } }
  if (text.startsWith('csi:')) {
    const code = text.slice(4)
    const known = indexCodes.find((candidate) => candidate === code)
    return known
      ? { id: `csi:${known}`, series: { kind: 'index', code: known } }
      : `unknown index ${code}; use one of ${indexCodes.map((c) => `csi:${c}`).join(', ')}`
  }
  if (text.startsWith('imp:')) {
    const importId = text.slice(4)
    return importIdPattern.test(importId)
      ? { id: `imp:${importId}`, series: { kind: 'imported', importId } }
      : `"${importId}" is not an imported series id`
  }
  const parsed = parseTicker(text)
  if (!parsed.ok) return `use HK, A, ALL, a ticker such as 02696.HK, csi:000991 or imp:<id>`
  if (!findListing(parsed.ticker)) return `${parsed.ticker} is not in the universe`
  return { id: parsed.ticker, series: { kind: 'company', ticker: parsed.ticker } }
}

/** The series of an id known to be valid (ids in the store always are). */
export function seriesOf(id: SeriesId): ParsedSeries {
  const parsed = parseSeriesId(id)
  if (typeof parsed === 'string') throw new Error(`invalid series id ${id}: ${parsed}`)
  return parsed.series
}

export interface ValuationState {
  /** Series shown, in the order chosen. */
  series: SeriesId[]
  metric: ValuationMetric
  method: PeMethod
  /** Start of the statistics window; the end is each series' latest observation. */
  windowStart: IsoDate
  horizon: ScatterHorizon
  /** Series whose mean and bands the chart draws; null or not shown = the first series shown. */
  primary: SeriesId | null
  logScale: boolean
  actions: {
    seriesToggled: (id: SeriesId) => void
    metricChosen: (metric: ValuationMetric) => void
    methodChosen: (method: PeMethod) => void
    windowStartChosen: (date: IsoDate) => void
    horizonChosen: (horizon: ScatterHorizon) => void
    primaryChosen: (id: SeriesId) => void
    logScaleToggled: (on: boolean) => void
  }
}

export type ValuationSettings = Omit<ValuationState, 'actions'>

export const defaultValuationSettings: ValuationSettings = {
  series: ['HK', 'A', 'ALL'],
  metric: 'pe',
  method: 'aggregate',
  windowStart: '2018-01-01',
  horizon: 20,
  primary: null,
  logScale: false,
}

export const valuationStore = createStore<ValuationState>()((set) => ({
  ...defaultValuationSettings,
  series: [...defaultValuationSettings.series],
  actions: {
    seriesToggled: (id) =>
      set(({ series }) => ({
        series: series.includes(id) ? series.filter((entry) => entry !== id) : [...series, id],
      })),
    metricChosen: (metric) => set({ metric }),
    methodChosen: (method) => set({ method }),
    windowStartChosen: (windowStart) => {
      if (isIsoDate(windowStart)) set({ windowStart })
    },
    horizonChosen: (horizon) => set({ horizon }),
    primaryChosen: (primary) =>
      set(({ series }) => ({
        primary,
        series: series.includes(primary) ? series : [...series, primary],
      })),
    logScaleToggled: (logScale) => set({ logScale }),
  },
}))

/** The series whose bands are drawn: the chosen primary if shown, else the first shown. */
export function effectivePrimary({ series, primary }: Pick<ValuationState, 'series' | 'primary'>) {
  return primary !== null && series.includes(primary) ? primary : (series[0] ?? null)
}

export const useValuationSeries = () => useStore(valuationStore, (state) => state.series)
export const useValuationMetric = () => useStore(valuationStore, (state) => state.metric)
export const useValuationMethod = () => useStore(valuationStore, (state) => state.method)
export const useWindowStart = () => useStore(valuationStore, (state) => state.windowStart)
export const useScatterHorizon = () => useStore(valuationStore, (state) => state.horizon)
export const usePrimarySeries = () => useStore(valuationStore, effectivePrimary)
export const useLogScale = () => useStore(valuationStore, (state) => state.logScale)
export const useValuationActions = () => useStore(valuationStore, (state) => state.actions)
