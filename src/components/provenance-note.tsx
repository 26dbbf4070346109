import type { Market } from '@/domain/types'
import { formatExchangeTime } from '@/format'
import { useT, type Translate } from '@/i18n'
import {
  type Freshness,
  type Provenance,
  type SourceFailure,
  unverifiedSources,
} from '@/providers/provenance'
import { useDataSource } from '@/state/dashboard-store'
import { useSampleSnapshot } from '@/components/data-mode'

/** One part of a panel's data, labelled when a panel shows several (moves, PE, …). */
export interface ProvenanceEntry {
  label?: string
  provenance: Provenance | null | undefined
  /** Nothing loaded and the load failed: said instead of "Loading…" (the panel says why). */
  failed?: boolean
}

const freshnessLabels: Record<Freshness, string> = {
  'real-time': 'Real-time',
  delayed: 'Delayed',
  'end-of-day': 'End of day',
}

const marketLabels: Record<Market, string> = { HK: 'HK', A: 'A-shares' }

/**
 * The footer line that says where a panel's numbers come from: the data mode (live, the synthetic
 * sample, or a recorded snapshot), then per part the source(s), freshness, as-of time and fetch
 * time, and any fallback or failed source. Sources without a verified service are marked.
 */
export function ProvenanceNote({ entries }: { entries: readonly ProvenanceEntry[] }) {
  const t = useT()
  const mode = useDataSource()
  const snapshot = useSampleSnapshot()
  const known = entries.filter(
    (entry): entry is { label?: string; provenance: Provenance } => !!entry.provenance,
  )
  const failed = entries.filter((entry) => !entry.provenance && entry.failed)
  const loading = entries.some((entry) => !entry.provenance && !entry.failed)
  const modeText =
    mode === 'live'
      ? t('Live upstream data')
      : snapshot?.recordedAt
        ? t('Recorded snapshot of {date} (real data, served offline)', {
            date: formatExchangeTime(snapshot.recordedAt).slice(0, 10),
          })
        : t('Synthetic sample data')

  return (
    <p className="panel-note provenance-note">
      <span className="provenance-mode">{modeText}</span>
      {known.map(({ label, provenance }, i) => (
        <span key={`${label ?? ''}-${i}`} className="provenance-entry">
          {' · '}
          {label && <span className="provenance-label">{label}: </span>}
          {describe(provenance, t)}
        </span>
      ))}
      {failed.map(({ label }, i) => (
        <span key={`failed-${label ?? ''}-${i}`} className="provenance-entry">
          {' · '}
          {label ? t('{label}: not loaded', { label }) : t('not loaded')}
        </span>
      ))}
      {known.length === 0 && loading && <span>{` · ${t('Loading…')}`}</span>}
    </p>
  )
}

function describe(provenance: Provenance, t: Translate): string {
  const sources = provenance.sources
    .map((source) =>
      unverifiedSources.has(source) ? `${source} (${t('unverified source')})` : source,
    )
    .join(' + ')
  const byMarket = Object.entries(provenance.freshnessByMarket ?? {}) as [Market, Freshness][]
  const freshness =
    new Set(byMarket.map(([, value]) => value)).size > 1
      ? byMarket
          .map(([market, value]) => `${t(marketLabels[market])} ${t(freshnessLabels[value])}`)
          .join(', ')
      : t(freshnessLabels[provenance.freshness])
  const parts = [sources, freshness]
  if (provenance.asOf) {
    parts.push(t('as of {time} UTC+8', { time: formatExchangeTime(provenance.asOf) }))
  }
  parts.push(t('fetched {time}', { time: formatExchangeTime(provenance.fetchedAt).slice(11) }))
  const failed = groupFailures(provenance.failures).map(({ failure, count }) =>
    count > 1
      ? t('{failure} (and {count} more)', { failure: failureText(failure, t), count: count - 1 })
      : failureText(failure, t),
  )
  if (provenance.fallbackUsed && failed.length > 0) {
    parts.push(t('fallback: {failures}', { failures: failed.join('; ') }))
  } else if (failed.length > 0) {
    parts.push(t('unavailable: {failures}', { failures: failed.join('; ') }))
  }
  return parts.join(' · ')
}

/** One entry per source and kind (failed / skipped), with how many times it occurred. */
function groupFailures(
  failures: readonly SourceFailure[],
): { failure: SourceFailure; count: number }[] {
  const groups = new Map<string, { failure: SourceFailure; count: number }>()
  for (const failure of failures) {
    const key = `${failure.source}\n${failure.skipped}`
    const known = groups.get(key)
    if (known) known.count += 1
    else groups.set(key, { failure, count: 1 })
  }
  return [...groups.values()]
}

function failureText({ source, message, skipped }: SourceFailure, t: Translate): string {
  return skipped
    ? t('{source} skipped after a recent failure', { source })
    : t('{source} failed ({message})', {
        source,
        message: message.startsWith(source)
          ? message.slice(source.length).replace(/^:?\s*/, '')
          : message,
      })
}
