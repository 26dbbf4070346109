import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import { addDays, daysBetween, isIsoDate } from '@/domain/dates'
import type { IsoDate, IsoDateTime } from '@/domain/types'
import { dashboardStore } from '@/state/dashboard-store'

/**
 * Series the user imported from their own files (issue 3). They are user data rather than UI
 * state, but they exist nowhere else: there is no server to refetch them from. Kept in this
 * browser's localStorage when small enough, otherwise only until the page closes.
 */

/** One observation of an imported series: a finite value (zero and negatives included). */
export interface ImportedPoint {
  date: IsoDate
  value: number
}

export interface ImportedSeries {
  /** Matches `[\w.-]{1,80}`, so it can appear in the address bar as `imp:<id>`. */
  id: string
  /** The column header in the file. */
  name: string
  fileName: string
  importedAt: IsoDateTime
  /** Dates ascending and unique. */
  points: ImportedPoint[]
}

/** Why some series are not saved: over `importsSaveLimit` points, or storage full or blocked. */
export type ImportsStorageProblem = 'too-large' | 'unavailable'

export interface ImportsState {
  series: ImportedSeries[]
  /** Ids of the series saved in localStorage; the others last until the page closes. */
  savedIds: string[]
  storageProblem: ImportsStorageProblem | null
  actions: {
    /** Adds series; one with the same file name and column as an earlier import replaces it. */
    seriesImported: (series: readonly ImportedSeries[]) => void
    seriesRemoved: (id: string) => void
  }
}

/**
 * Most points saved in localStorage, all series together (about 2 MB of its usual 5 MB quota in
 * the compact form below). Series are saved in import order while they fit.
 */
export const importsSaveLimit = 200_000
export const importsStorageKey = 'biopulse:imports'
/** Version of the stored schema. Bump it and extend `restoreImports` together. */
export const importsStorageVersion = 1

const idPattern = /^[\w.-]{1,80}$/

/** Stored form of one series: dates as day gaps from the first (mostly `1` and `3`). */
interface StoredSeries {
  id: string
  name: string
  fileName: string
  importedAt: IsoDateTime
  start: IsoDate
  gaps: number[]
  values: number[]
}

function encode(series: ImportedSeries): StoredSeries {
  const { points } = series
  const start = points[0]?.date ?? ''
  const gaps = points.slice(1).map((point, i) => daysBetween(points[i]?.date ?? start, point.date))
  return {
    id: series.id,
    name: series.name,
    fileName: series.fileName,
    importedAt: series.importedAt,
    start,
    gaps,
    values: points.map((point) => point.value),
  }
}

const isText = (value: unknown, max = 1000): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max

/** The series stored in `raw`, or null when anything about it is wrong. */
function decode(raw: unknown): ImportedSeries | null {
  if (typeof raw !== 'object' || raw === null) return null
  const { id, name, fileName, importedAt, start, gaps, values } = raw as Record<string, unknown>
  if (!isText(id) || !idPattern.test(id) || !isText(name) || !isText(fileName)) return null
  if (!isText(importedAt, 40) || !isIsoDate(start) || !Array.isArray(values)) return null
  if (!Array.isArray(gaps) || values.length === 0 || gaps.length !== values.length - 1) return null
  const points: ImportedPoint[] = []
  let day = 0
  try {
    for (let i = 0; i < values.length; i++) {
      const value: unknown = values[i]
      const gap: unknown = i === 0 ? 0 : gaps[i - 1]
      if (typeof value !== 'number' || !Number.isFinite(value)) return null
      if (typeof gap !== 'number' || !Number.isInteger(gap) || (i > 0 && gap < 1)) return null
      day += gap
      points.push({ date: addDays(start, day), value })
    }
  } catch {
    return null // a date beyond the year 9999
  }
  return { id, name, fileName, importedAt, points }
}

/**
 * Reads what was stored (any version, hand edits, corruption): keeps every series that is intact
 * and explains each one dropped in `notices`. Never throws.
 */
export function restoreImports(stored: unknown): { series: ImportedSeries[]; notices: string[] } {
  if (stored === null || stored === undefined) return { series: [], notices: [] }
  const record = typeof stored === 'object' ? (stored as Record<string, unknown>) : {}
  if (typeof record.version === 'number' && record.version > importsStorageVersion) {
    return {
      series: [],
      notices: [
        `Your imported series were saved by a newer version of Biopulse (v${record.version}) and could not be read; import the files again.`,
      ],
    }
  }
  if (record.version !== importsStorageVersion || !Array.isArray(record.series)) {
    return {
      series: [],
      notices: ['Your imported series could not be read and were removed; import the files again.'],
    }
  }
  const series: ImportedSeries[] = []
  const notices: string[] = []
  for (const raw of record.series as unknown[]) {
    const decoded = decode(raw)
    if (decoded && !series.some((kept) => kept.id === decoded.id)) series.push(decoded)
    else {
      const name = (raw as { name?: unknown } | null)?.name
      notices.push(
        typeof name === 'string' && name !== ''
          ? `The imported series "${name.slice(0, 80)}" could not be read and was removed.`
          : 'An imported series could not be read and was removed.',
      )
    }
  }
  return { series, notices }
}

/**
 * Saves the series that fit within `importsSaveLimit` points, in import order; says which were
 * saved and why any were not. Never throws: a full or blocked storage saves nothing.
 */
function save(
  series: readonly ImportedSeries[],
): Pick<ImportsState, 'savedIds' | 'storageProblem'> {
  let total = 0
  const kept = series.filter((entry) => {
    if (total + entry.points.length > importsSaveLimit) return false
    total += entry.points.length
    return true
  })
  const storageProblem = kept.length < series.length ? 'too-large' : null
  try {
    if (series.length === 0) localStorage.removeItem(importsStorageKey)
    else {
      const record = { version: importsStorageVersion, series: kept.map(encode) }
      localStorage.setItem(importsStorageKey, JSON.stringify(record))
    }
    return { savedIds: kept.map((entry) => entry.id), storageProblem }
  } catch {
    try {
      localStorage.removeItem(importsStorageKey) // rather nothing than an outdated copy
    } catch {
      // storage blocked altogether
    }
    return { savedIds: [], storageProblem: 'unavailable' }
  }
}

function load(): { series: ImportedSeries[]; notices: string[] } {
  let text: string | null
  try {
    text = localStorage.getItem(importsStorageKey)
  } catch {
    return { series: [], notices: [] } // storage blocked: nothing was saved either
  }
  if (text === null) return { series: [], notices: [] }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = 'unreadable'
  }
  const restored = restoreImports(parsed)
  // Drop what could not be read, so the notice is not repeated on every load.
  if (restored.notices.length > 0) save(restored.series)
  return restored
}

const loaded = load()
if (loaded.notices.length > 0) dashboardStore.getState().actions.noticesAdded(loaded.notices)

export const importsStore = createStore<ImportsState>()((set, get) => ({
  series: loaded.series,
  savedIds: loaded.series.map((entry) => entry.id),
  storageProblem: null,
  actions: {
    seriesImported: (added) => {
      const series = [...get().series]
      for (const entry of added) {
        const same = series.findIndex(
          (old) => old.fileName === entry.fileName && old.name === entry.name,
        )
        if (same >= 0) series[same] = entry
        else series.push(entry)
      }
      set({ series, ...save(series) })
    },
    seriesRemoved: (id) => {
      const series = get().series.filter((entry) => entry.id !== id)
      set({ series, ...save(series) })
    },
  },
}))

export const useImportedSeries = () => useStore(importsStore, (state) => state.series)
export const useSavedImportIds = () => useStore(importsStore, (state) => state.savedIds)
export const useImportsStorageProblem = () =>
  useStore(importsStore, (state) => state.storageProblem)
export const useImportsActions = () => useStore(importsStore, (state) => state.actions)
