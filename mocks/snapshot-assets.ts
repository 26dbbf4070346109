import type { Snapshot } from '@mocks/snapshot/types'

/**
 * Every snapshot in mocks/data (`snapshot.json`, the synthetic sample; e.g. `recorded.json`, written
 * by `npm run snapshot:record`) as the URL of a JSON asset: a build only contains the files present
 * when it was built. Assets, not modules: the browser parses 2 MB of JSON in a few tens of
 * milliseconds, while the same text inside the mock chunk cost the main thread about 0.25 s to
 * compile on a cold load. This module is only URLs and a fetch, small enough for the entry chunk,
 * so that boot.ts can start the download at once.
 */
const snapshotUrls = import.meta.glob<string>('./data/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
})

/** Snapshots whose download has started, by name. */
const loading = new Map<string, Promise<Snapshot>>()

/** Downloads and parses a snapshot asset; its shape is the generator's (mocks/snapshot/types.ts). */
async function download(url: string, name: string): Promise<Snapshot> {
  const response = await fetch(url)
  if (!response.ok) {
    throw new Error(`snapshot "${name}" could not be loaded (HTTP ${response.status})`)
  }
  return (await response.json()) as Snapshot
}

/**
 * Starts downloading a snapshot (boot.ts, before the app's modules have evaluated). An unknown name
 * does nothing (the worker reports it); a failed download is tried again by `snapshotData`.
 */
export function prefetchSnapshot(name: string): void {
  const url = snapshotUrls[`./data/${name}.json`]
  if (url === undefined || loading.has(name)) return
  const pending = download(url, name)
  pending.catch(() => loading.delete(name))
  loading.set(name, pending)
}

/** A snapshot by name: the prefetched download, or a new one. Throws for a name not in mocks/data. */
export async function snapshotData(name: string): Promise<Snapshot> {
  const url = snapshotUrls[`./data/${name}.json`]
  if (url === undefined) throw new RangeError(`no snapshot "${name}" in mocks/data`)
  return loading.get(name) ?? download(url, name)
}
