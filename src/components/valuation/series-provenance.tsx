import { failedRefresh } from '@/queries/refresh-state'
import { ProvenanceNote } from '@/components/provenance-note'
import { StaleNotice } from '@/components/stale-notice'
import type { SummarisedSeries } from '@/components/valuation/series-sentences'

/** Series whose data comes from an upstream (not imported files, not unavailable ones). */
const fetched = (rows: readonly SummarisedSeries[]) =>
  rows.filter(({ view }) => view.series.kind !== 'imported' && view.unavailable === null)

/** The provenance line of the series shown: one entry per series, named by its label. */
export function SeriesProvenance({ rows }: { rows: readonly SummarisedSeries[] }) {
  return (
    <ProvenanceNote
      entries={fetched(rows).map(({ view }) => ({
        label: view.label,
        provenance: view.provenance,
        failed: view.error !== null,
      }))}
    />
  )
}

/** The failed-refresh notice of the series shown; Retry asks again for the stale ones. */
export function SeriesStaleNotice({ rows }: { rows: readonly SummarisedSeries[] }) {
  return (
    <StaleNotice
      stamps={rows.flatMap(({ view }) => view.stamps)}
      onRetry={() => {
        for (const { view } of rows) if (failedRefresh(view.stamps)) view.refetch?.()
      }}
    />
  )
}
