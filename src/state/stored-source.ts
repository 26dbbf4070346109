import type { DataSource } from '@/state/dashboard-store'

/** The localStorage key of the dashboard's persisted settings (zustand `persist`). */
export const dashboardStorageKey = 'biopulse:dashboard'

/**
 * The data mode the dashboard's stored settings name, read without loading the store (the boot
 * script runs before the app's modules): `sample`, `live`, or undefined when nothing usable is
 * stored, storage is blocked or the record is not JSON. The store itself validates the full record
 * later; this only decides what to start early.
 */
export function storedDataSource(
  storage: Pick<Storage, 'getItem'> | undefined,
): DataSource | undefined {
  try {
    const raw = storage?.getItem(dashboardStorageKey)
    if (!raw) return undefined
    const parsed: unknown = JSON.parse(raw)
    const state =
      typeof parsed === 'object' && parsed !== null && 'state' in parsed ? parsed.state : undefined
    const source =
      typeof state === 'object' && state !== null && 'dataSource' in state
        ? state.dataSource
        : undefined
    return source === 'sample' || source === 'live' ? source : undefined
  } catch {
    return undefined
  }
}
