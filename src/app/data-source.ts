import type { DataSource } from '@/state/dashboard-store'

/**
 * The data mode is chosen at run time, not build time: `?source=sample|live` in the URL, else the
 * stored setting, else the build default (`VITE_DEFAULT_SOURCE`, set by `npm run dev:live`), else
 * sample. An unknown `source` value is ignored with a notice.
 */
export function resolveDataSource(
  search: string,
  stored: DataSource | undefined,
  buildDefault: string | undefined,
): { source: DataSource; notice: string | null } {
  const requested = new URLSearchParams(search).get('source')
  if (requested === 'sample' || requested === 'live') return { source: requested, notice: null }
  const fallback: DataSource = stored ?? (buildDefault === 'live' ? 'live' : 'sample')
  const notice =
    requested === null
      ? null
      : `Ignored source=${requested} in the address: use source=sample or source=live.`
  return { source: fallback, notice }
}
