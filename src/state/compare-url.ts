import { isBasket, maxCompareSeries, type CompareSeriesId } from '@/domain/compare'
import { ahPairs, pairOf } from '@/domain/premium'
import { isRangePreset, rangePresets } from '@/domain/ranges'
import { parseTicker } from '@/domain/tickers'
import { findListing } from '@/domain/universe'
import {
  compareStore,
  initialCompareState,
  type CompareMode,
  type CompareState,
} from '@/state/compare-store'
import { ignoredParameter, type UrlCodec } from '@/state/url-codec'

/** A `tickers` entry: a basket (`HK`, `A`, `ALL`, also written `HK+A`) or any ticker alias. */
function readSeriesId(text: string): { id: CompareSeriesId } | string {
  const compact = text.replace(/[\s+]/g, '').toUpperCase()
  if (compact === 'HKA') return { id: 'ALL' }
  if (isBasket(compact)) return { id: compact }
  const parsed = parseTicker(text)
  if (!parsed.ok)
    return ignoredParameter('tickers', text, 'use tickers such as 02696.HK or baskets HK, A, ALL')
  if (!findListing(parsed.ticker))
    return ignoredParameter('tickers', text, `${parsed.ticker} is not in the universe`)
  return { id: parsed.ticker }
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((entry, i) => entry === b[i])

/**
 * The Compare view ⇄ the address bar: `tickers` (comma-separated listings and baskets, e.g.
 * `tickers=02696.HK,688235.SH,HK`; any ticker alias is read), `cmode=percent`, `clog=1`,
 * `crange` (a range preset), `cpair` (either listing of an A+H pair) and `cpe` (the sector-PE
 * basket). Defaults are left out of the address. Invalid values are ignored with a notice; one bad
 * ticker does not drop the good ones; past the 8th series the rest are dropped with a notice.
 */
export const compareUrlCodec: UrlCodec = {
  keys: ['tickers', 'cmode', 'clog', 'crange', 'cpair', 'cpe'],
  read(params) {
    const notices: string[] = []
    const patch: Partial<CompareState> = {}

    const tickers = params.get('tickers')
    if (tickers !== null) {
      const series: CompareSeriesId[] = []
      const dropped: string[] = []
      for (const entry of tickers.split(',').map((text) => text.trim())) {
        if (entry === '') continue
        const read = readSeriesId(entry)
        if (typeof read === 'string') notices.push(read)
        else if (series.includes(read.id))
          notices.push(ignoredParameter('tickers', entry, `${read.id} is already in the list`))
        else if (series.length >= maxCompareSeries) dropped.push(entry)
        else series.push(read.id)
      }
      if (dropped.length > 0)
        notices.push(
          ignoredParameter('tickers', dropped.join(','), `compare at most ${maxCompareSeries}`),
        )
      if (series.length > 0 || tickers.trim() === '') patch.series = series
    }
    const mode = params.get('cmode')
    if (mode !== null) {
      if (mode === 'percent' || mode === 'rebased') patch.mode = mode satisfies CompareMode
      else notices.push(ignoredParameter('cmode', mode, 'use percent or rebased'))
    }
    const log = params.get('clog')
    if (log !== null) {
      if (log === '1' || log === '0') patch.logScale = log === '1'
      else notices.push(ignoredParameter('clog', log, 'use 1 or 0'))
    }
    const range = params.get('crange')
    if (range !== null) {
      if (isRangePreset(range)) patch.range = range
      else notices.push(ignoredParameter('crange', range, `use one of ${rangePresets.join(', ')}`))
    }
    const pairText = params.get('cpair')
    if (pairText !== null) {
      const parsed = parseTicker(pairText)
      const pair = parsed.ok ? pairOf(parsed.ticker) : null
      if (pair) patch.pair = pair.h
      else
        notices.push(
          ignoredParameter(
            'cpair',
            pairText,
            `use one listing of an A+H pair: ${ahPairs.map((p) => p.h).join(', ')}`,
          ),
        )
    }
    const pe = params.get('cpe')
    if (pe !== null) {
      if (isBasket(pe)) patch.peBasket = pe
      else notices.push(ignoredParameter('cpe', pe, 'use HK, A or ALL'))
    }
    compareStore.setState(patch)
    return notices
  },
  write() {
    const state = compareStore.getState()
    const initial = initialCompareState
    return {
      tickers: sameList(state.series, initial.series) ? null : state.series.join(','),
      cmode: state.mode === initial.mode ? null : state.mode,
      clog: state.logScale ? '1' : null,
      crange: state.range === initial.range ? null : state.range,
      cpair: state.pair === initial.pair ? null : state.pair,
      cpe: state.peBasket === initial.peBasket ? null : state.peBasket,
    }
  },
  subscribe: (listener) => compareStore.subscribe(listener),
}
