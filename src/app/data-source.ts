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

/**
 * Which snapshot the sample mode serves: `?snapshot=<name>` (a file `mocks/data/<name>.json`, e.g.
 * `recorded` written by `npm run snapshot:record`), else the build default (`VITE_SAMPLE_SNAPSHOT`
 * at dev-server start or build time), else `snapshot`, the synthetic sample. A name that is not
 * lowercase letters, digits and dashes is ignored with a notice; whether the file exists is checked
 * when the worker starts (main.tsx).
 */
export function resolveSampleSnapshot(
  search: string,
  buildDefault: string | undefined,
): { snapshot: string; notice: string | null } {
  const valid = (name: string | null | undefined): name is string =>
    typeof name === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(name)
  const requested = new URLSearchParams(search).get('snapshot')
  const fallback = valid(buildDefault) ? buildDefault : 'snapshot'
  if (requested === null) return { snapshot: fallback, notice: null }
  if (valid(requested)) return { snapshot: requested, notice: null }
  return {
    snapshot: fallback,
    notice: `Ignored snapshot=${requested} in the address: use a file name of mocks/data, e.g. snapshot=recorded.`,
  }
}
