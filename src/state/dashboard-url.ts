import { isIsoDate } from '@/domain/dates'
import { isRangePreset, rangePresets } from '@/domain/ranges'
import { parseTicker } from '@/domain/tickers'
import { findListing } from '@/domain/universe'
import {
  colourSchemes,
  dashboardStore,
  isColourScheme,
  isView,
  views,
  type DashboardState,
  type Selection,
} from '@/state/dashboard-store'
import { ignoredParameter, type UrlCodec } from '@/state/url-codec'
import { dataCheckPending } from '@/state/url-data-checks'

function readSelection(value: string): Selection | string {
  if (value === 'HK' || value === 'A' || value === 'ALL') return { kind: 'basket', basket: value }
  const parsed = parseTicker(value)
  if (!parsed.ok)
    return ignoredParameter('sel', value, 'use a ticker such as 02696.HK or a basket HK, A, ALL')
  if (!findListing(parsed.ticker))
    return ignoredParameter('sel', value, `${parsed.ticker} is not in the universe`)
  return { kind: 'ticker', ticker: parsed.ticker }
}

/** view, sel, range, day, since, lang and colours ⇄ the dashboard store. */
export const dashboardUrlCodec: UrlCodec = {
  keys: ['view', 'sel', 'range', 'day', 'since', 'lang', 'colours'],
  read(params) {
    const notices: string[] = []
    const patch: Partial<DashboardState> = {}
    const value = (key: string) => params.get(key)

    const view = value('view')
    if (view !== null) {
      if (isView(view)) patch.view = view
      else notices.push(ignoredParameter('view', view, `use one of ${views.join(', ')}`))
    }
    const sel = value('sel')
    if (sel !== null) {
      const selection = readSelection(sel)
      if (typeof selection === 'string') notices.push(selection)
      else patch.selection = selection
    }
    const range = value('range')
    if (range !== null) {
      if (isRangePreset(range)) patch.range = range
      else notices.push(ignoredParameter('range', range, `use one of ${rangePresets.join(', ')}`))
    }
    for (const key of ['day', 'since'] as const) {
      const date = value(key)
      if (date === null) continue
      if (!isIsoDate(date)) {
        notices.push(ignoredParameter(key, date, 'use a real date as YYYY-MM-DD'))
        continue
      }
      if (key === 'day') patch.highlightedDate = date
      else patch.sinceDate = date
      // Whether the data has that day, or anything after that start, is known once it loads.
      dataCheckPending(key, date)
    }
    const lang = value('lang')
    if (lang !== null) {
      if (lang === 'en' || lang === 'zh') patch.language = lang
      else notices.push(ignoredParameter('lang', lang, 'use en or zh'))
    }
    const colours = value('colours')
    if (colours !== null) {
      if (isColourScheme(colours)) patch.colourScheme = colours
      else
        notices.push(ignoredParameter('colours', colours, `use one of ${colourSchemes.join(', ')}`))
    }
    dashboardStore.setState(patch)
    return notices
  },
  write() {
    const state = dashboardStore.getState()
    return {
      view: state.view === 'dashboard' ? null : state.view,
      sel: state.selection.kind === 'ticker' ? state.selection.ticker : state.selection.basket,
      range: state.range,
      day: state.highlightedDate,
      since: state.sinceDate === '2018-01-01' ? null : state.sinceDate,
      lang: state.language === 'en' ? null : state.language,
    }
  },
  subscribe: (listener) => dashboardStore.subscribe(listener),
}
