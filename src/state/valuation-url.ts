import { isIsoDate } from '@/domain/dates'
import { ignoredParameter, type UrlCodec } from '@/state/url-codec'
import { dataCheckPending } from '@/state/url-data-checks'
import {
  defaultValuationSettings,
  parseSeriesId,
  scatterHorizons,
  valuationMethods,
  valuationMetrics,
  valuationStore,
  type SeriesId,
  type ValuationSettings,
} from '@/state/valuation-store'

const oneOf = <T extends string | number>(options: readonly T[], value: string): T | undefined =>
  options.find((option) => String(option) === value)

/**
 * The Valuation view ⇄ the address bar: `vseries` (comma-separated series ids), `vmetric`,
 * `vmethod`, `vfrom` (window start), `vhorizon` (scatter sessions), `vprimary` (the series with
 * bands) and `vlog`. Defaults are left out of the address. Every value is validated: an invalid
 * one is ignored with a notice, and one bad series id does not drop the good ones.
 */
export const valuationUrlCodec: UrlCodec = {
  keys: ['vseries', 'vmetric', 'vmethod', 'vfrom', 'vhorizon', 'vprimary', 'vlog'],
  read(params) {
    const notices: string[] = []
    const patch: Partial<ValuationSettings> = {}

    const seriesText = params.get('vseries')
    if (seriesText !== null) {
      const series: SeriesId[] = []
      for (const entry of seriesText.split(',').filter((text) => text.trim() !== '')) {
        const parsed = parseSeriesId(entry.trim())
        if (typeof parsed === 'string') notices.push(ignoredParameter('vseries', entry, parsed))
        else if (series.includes(parsed.id))
          notices.push(ignoredParameter('vseries', entry, `${parsed.id} is already in the list`))
        else series.push(parsed.id)
      }
      // An explicitly empty list is a valid choice (nothing shown); an all-invalid one is not.
      if (series.length > 0 || seriesText.trim() === '') patch.series = series
    }
    const metric = params.get('vmetric')
    if (metric !== null) {
      const chosen = oneOf(valuationMetrics, metric)
      if (chosen) patch.metric = chosen
      else notices.push(ignoredParameter('vmetric', metric, `use ${valuationMetrics.join(', ')}`))
    }
    const method = params.get('vmethod')
    if (method !== null) {
      const chosen = oneOf(valuationMethods, method)
      if (chosen) patch.method = chosen
      else notices.push(ignoredParameter('vmethod', method, `use ${valuationMethods.join(', ')}`))
    }
    const from = params.get('vfrom')
    if (from !== null) {
      if (isIsoDate(from)) {
        patch.windowStart = from
        // A start after the latest data (an empty window) is known once the data loads.
        dataCheckPending('vfrom', from)
      } else notices.push(ignoredParameter('vfrom', from, 'use a real date as YYYY-MM-DD'))
    }
    const horizon = params.get('vhorizon')
    if (horizon !== null) {
      const chosen = oneOf(scatterHorizons, horizon)
      if (chosen) patch.horizon = chosen
      else
        notices.push(
          ignoredParameter('vhorizon', horizon, `use ${scatterHorizons.join(', ')} sessions`),
        )
    }
    const primary = params.get('vprimary')
    if (primary !== null) {
      const parsed = parseSeriesId(primary)
      const shown = patch.series ?? valuationStore.getState().series
      if (typeof parsed === 'string') notices.push(ignoredParameter('vprimary', primary, parsed))
      else if (!shown.includes(parsed.id))
        notices.push(ignoredParameter('vprimary', primary, 'it is not among the series shown'))
      else patch.primary = parsed.id
    }
    const log = params.get('vlog')
    if (log !== null) {
      if (log === '1' || log === '0') patch.logScale = log === '1'
      else notices.push(ignoredParameter('vlog', log, 'use 1 or 0'))
    }
    valuationStore.setState(patch)
    return notices
  },
  write() {
    const state = valuationStore.getState()
    const defaults = defaultValuationSettings
    const seriesText = state.series.join(',')
    return {
      vseries: seriesText === defaults.series.join(',') ? null : seriesText,
      vmetric: state.metric === defaults.metric ? null : state.metric,
      vmethod: state.method === defaults.method ? null : state.method,
      vfrom: state.windowStart === defaults.windowStart ? null : state.windowStart,
      vhorizon: state.horizon === defaults.horizon ? null : String(state.horizon),
      vprimary:
        state.primary !== null && state.series.includes(state.primary) ? state.primary : null,
      vlog: state.logScale ? '1' : null,
    }
  },
  subscribe: (listener) => valuationStore.subscribe(listener),
}
