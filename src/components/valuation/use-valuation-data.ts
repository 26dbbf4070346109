import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { PeMethod, SectorValuationPoint, ValuationMetric } from '@/domain/sector'
import type { SeriesPoint } from '@/domain/stats'
import type { ValuationPoint } from '@/domain/types'
import type { Translate } from '@/i18n'
import { marketQueries } from '@/queries/market-queries'
import { stampOf, type QueryStamp } from '@/queries/refresh-state'
import {
  selectProvenance,
  sourcedStamp,
  useIndexValuation,
  useSectorValuation,
  type Combined,
  type ConstituentFailure,
} from '@/queries/use-market-data'
import { useImportedSeries, type ImportedSeries } from '@/state/imports-store'
import { seriesOf, type ParsedSeries, type SeriesId } from '@/state/valuation-store'
import { seriesLabel, seriesMethod } from '@/components/valuation/valuation-labels'
import type { Provenance, Sourced } from '@/providers/provenance'

/** One series of the view, ready to chart and summarise. */
export interface SeriesView {
  id: SeriesId
  series: ParsedSeries
  label: string
  /** Who computed it and how, one line. */
  method: string
  /** Daily values; null = not meaningful. Undefined while loading or when unavailable. */
  points: SeriesPoint[] | undefined
  /** Sector series: the daily counts behind each value. */
  sector?: readonly SectorValuationPoint[]
  pending: boolean
  /** Why it could not be loaded. */
  error: string | null
  /** Why it does not exist for this metric (e.g. the CSI series is PE only). */
  unavailable: string | null
  /** Sector series: constituents that could not be loaded (the value is computed without them). */
  failures: readonly ConstituentFailure[]
  refetch?: () => void
  /** Where the loaded data came from (null or undefined while nothing has loaded; imports: none). */
  provenance?: Provenance | null
  /** The queries behind the series, for telling a failed refresh (imports: none). */
  stamps: readonly QueryStamp[]
}

const multipleOf = (point: ValuationPoint, metric: ValuationMetric) =>
  metric === 'pe' ? point.peTtm : metric === 'pb' ? point.pb : point.psTtm

/** A listing's multiple as a series: ≤ 0 (a loss-maker's PE, negative book) is not meaningful. */
function companyPoints(points: readonly ValuationPoint[], metric: ValuationMetric): SeriesPoint[] {
  return points.map((point) => {
    const value = multipleOf(point, metric)
    return { date: point.date, value: value !== null && value > 0 ? value : null }
  })
}

const sectorPoints = (points: readonly SectorValuationPoint[]): SeriesPoint[] =>
  points.map(({ date, value }) => ({ date, value }))

/** The sector multiple of each basket, for the chosen metric and method (always loaded: the scatter needs HK and A). */
export function useSectorSeries(metric: ValuationMetric, method: PeMethod) {
  const HK = useSectorValuation('HK', metric, method)
  const A = useSectorValuation('A', metric, method)
  const ALL = useSectorValuation('ALL', metric, method)
  return { HK, A, ALL }
}

/** Module-level (stable) combine: React Query re-runs it only when a result changes. */
function combineCompanies(results: UseQueryResult<Sourced<ValuationPoint[]>>[]) {
  return {
    data: results.map((result) => result.data?.data),
    pending: results.map((result) => result.isPending),
    errors: results.map((result) => (result.data ? null : (result.error?.message ?? null))),
    refetch: results.map((result) => () => void result.refetch()),
    provenance: results.map((result) => result.data?.provenance),
    stamps: results.map(sourcedStamp),
  }
}

/**
 * Every shown series with its label, method, points and load state, in the order shown. Loads
 * what is shown: listings through the valuation query (shared with the sector baskets' cache),
 * the CSI index only while shown with PE, imported series from the imports store. Point arrays
 * keep their identity between renders unless their data changes, so statistics memoise on them.
 */
export function useValuationData(
  ids: readonly SeriesId[],
  metric: ValuationMetric,
  method: PeMethod,
  sectors: Record<'HK' | 'A' | 'ALL', Combined<SectorValuationPoint[]>>,
  t: Translate,
): SeriesView[] {
  const parsed = useMemo(() => ids.map((id) => ({ id, series: seriesOf(id) })), [ids])
  const tickers = useMemo(
    () => parsed.flatMap(({ series }) => (series.kind === 'company' ? [series.ticker] : [])),
    [parsed],
  )
  const companies = useQueries({
    queries: tickers.map((ticker) => marketQueries.valuation(ticker)),
    combine: combineCompanies,
  })
  const companySeries = useMemo(
    () => companies.data.map((data) => (data ? companyPoints(data, metric) : undefined)),
    [companies.data, metric],
  )
  const indexShown = parsed.some(({ series }) => series.kind === 'index')
  const index = useIndexValuation('000991', indexShown && metric === 'pe')
  const indexProvenance = useQuery({
    ...marketQueries.indexValuation('000991'),
    select: selectProvenance,
    enabled: indexShown && metric === 'pe',
  }).data
  const indexSeries = useMemo(
    () =>
      index.data?.map(({ date, peTtm }) => ({
        date,
        value: peTtm !== null && peTtm > 0 ? peTtm : null,
      })),
    [index.data],
  )
  const { HK, A, ALL } = sectors
  const hkPoints = useMemo(() => HK.data && sectorPoints(HK.data), [HK.data])
  const aPoints = useMemo(() => A.data && sectorPoints(A.data), [A.data])
  const allPoints = useMemo(() => ALL.data && sectorPoints(ALL.data), [ALL.data])
  const imported = useImportedSeries()

  return parsed.map(({ id, series }): SeriesView => {
    const base = {
      id,
      series,
      label: seriesLabel(series, metric, t),
      method: seriesMethod(series, metric, method, t),
      pending: false,
      error: null,
      unavailable: null,
      failures: [],
      stamps: [],
    }
    switch (series.kind) {
      case 'sector': {
        const sector = sectors[series.basket]
        const points = { HK: hkPoints, A: aPoints, ALL: allPoints }[series.basket]
        return {
          ...base,
          points,
          sector: sector.data,
          pending: sector.isPending,
          error: sector.error && !sector.data ? sector.error.message : null,
          failures: sector.failures,
          refetch: sector.refetch,
          provenance: sector.provenance,
          stamps: sector.stamps,
        }
      }
      case 'company': {
        const k = tickers.indexOf(series.ticker)
        return {
          ...base,
          points: companySeries[k],
          pending: companies.pending[k] ?? true,
          error: companies.errors[k] ?? null,
          refetch: companies.refetch[k],
          provenance: companies.provenance[k],
          stamps: companies.stamps.slice(k, k + 1),
        }
      }
      case 'index':
        return metric !== 'pe'
          ? {
              ...base,
              points: undefined,
              unavailable: t('CSI publishes PE-TTM only for this index; shown with PE-TTM.'),
            }
          : {
              ...base,
              points: indexSeries,
              pending: index.isPending,
              error: index.error && !index.data ? index.error.message : null,
              refetch: () => void index.refetch(),
              provenance: indexProvenance,
              stamps: [stampOf(index, indexProvenance?.asOf ?? null)],
            }
      case 'imported': {
        const file = imported.find((entry: ImportedSeries) => entry.id === series.importId)
        return file
          ? {
              ...base,
              label: seriesLabel(series, metric, t, file.name),
              method: t('Imported from {file} on {date}, not checked by Biopulse', {
                file: file.fileName,
                date: file.importedAt.slice(0, 10),
              }),
              points: file.points,
            }
          : {
              ...base,
              points: undefined,
              unavailable: t(
                'This imported series is not in this browser (imports stay on the device that made them).',
              ),
            }
      }
    }
  })
}
