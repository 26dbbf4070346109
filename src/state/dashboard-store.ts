import { useStore } from 'zustand'
import { persist, type PersistStorage } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import { isRangePreset, type RangePreset } from '@/domain/ranges'
import { parseTicker } from '@/domain/tickers'
import type { IsoDate, Ticker } from '@/domain/types'
import { defaultWatchlist, findListing } from '@/domain/universe'
import { dashboardStorageKey } from '@/state/stored-source'

/** A sector basket: Hong Kong listings, A-share listings, or both (each issuer once). */
export type BasketId = 'HK' | 'A' | 'ALL'

/** What the main chart and the news list are about. */
export type Selection = { kind: 'ticker'; ticker: Ticker } | { kind: 'basket'; basket: BasketId }

/**
 * Red-up/green-down is the regional default; green-up/red-down as a setting; and a palette that
 * people with red-green colour blindness can tell apart (blue up, orange down).
 */
export const colourSchemes = ['red-up', 'green-up', 'colour-blind'] as const
export type ColourScheme = (typeof colourSchemes)[number]

export function isColourScheme(value: unknown): value is ColourScheme {
  return typeof value === 'string' && (colourSchemes as readonly string[]).includes(value)
}

export type DataSource = 'sample' | 'live'

/** UI language: English or simplified Chinese. */
export type Language = 'en' | 'zh'

/** The dashboard's views (tabs). */
export const views = ['dashboard', 'valuation', 'movers', 'compare'] as const
export type View = (typeof views)[number]

export function isView(value: unknown): value is View {
  return typeof value === 'string' && (views as readonly string[]).includes(value)
}

/** UI state only: server data lives in React Query, never here. */
export interface DashboardState {
  watchlist: Ticker[]
  selection: Selection
  range: RangePreset
  colourScheme: ColourScheme
  /** Start of the window for the PE mean, σ band and percentile. */
  sinceDate: IsoDate
  /** Session highlighted on the chart (a chosen news item); not persisted. */
  highlightedDate: IsoDate | null
  dataSource: DataSource
  language: Language
  view: View
  /** Messages about stored settings that were repaired on load; not persisted. */
  notices: string[]
  actions: {
    tickerSelected: (ticker: Ticker) => void
    basketSelected: (basket: BasketId) => void
    rangeChosen: (range: RangePreset) => void
    colourSchemeChosen: (scheme: ColourScheme) => void
    dateHighlighted: (date: IsoDate | null) => void
    tickerAdded: (ticker: Ticker) => void
    tickerRemoved: (ticker: Ticker) => void
    /** Moves a watchlist entry one place up (towards the top) or down; no-op at either end. */
    tickerMoved: (ticker: Ticker, direction: 'up' | 'down') => void
    dataSourceChosen: (source: DataSource) => void
    languageChosen: (language: Language) => void
    viewChosen: (view: View) => void
    noticesAdded: (notices: readonly string[]) => void
    noticeDismissed: (index: number) => void
  }
}

type Persisted = Pick<
  DashboardState,
  'watchlist' | 'selection' | 'range' | 'colourScheme' | 'sinceDate' | 'dataSource' | 'language'
>

export const initialDashboardState: Omit<DashboardState, 'actions'> = {
  watchlist: [...defaultWatchlist],
  selection: { kind: 'basket', basket: 'HK' },
  range: '1Y',
  colourScheme: 'red-up',
  sinceDate: '2018-01-01',
  highlightedDate: null,
  dataSource: 'sample',
  language: 'en',
  view: 'dashboard',
  notices: [],
}

const basketIds: readonly string[] = ['HK', 'A', 'ALL']

/** Version of the stored settings' schema. Bump it and extend `sanitisePersisted` together. */
export const storageVersion = 1

/**
 * The watchlist entries still legible in stored text that is not JSON any more (cut short by a
 * full disk, edited by hand): the ticker strings of its `"watchlist":[…]`, in order. Validated
 * like any stored watchlist by `sanitisePersisted`.
 */
export function salvageWatchlist(text: string): string[] {
  const list = /"watchlist"\s*:\s*\[([^\]]*)/.exec(text)?.[1] ?? ''
  return [...list.matchAll(/"([^"\\]{1,20})"/g)].map((match) => match[1] ?? '')
}

/**
 * localStorage that never throws: unreadable JSON comes back as `{ unreadable: … }` with whatever
 * watchlist could be salvaged (reported and reset by `sanitisePersisted`), and a full or blocked
 * storage simply does not save.
 */
const safeStorage: PersistStorage<unknown> = {
  getItem: (name) => {
    let text: string | null = null
    const unreadable = (raw: string) => ({
      state: { unreadable: true, salvagedWatchlist: salvageWatchlist(raw) },
      version: storageVersion,
    })
    try {
      text = localStorage.getItem(name)
      if (text === null) return null
      const parsed: unknown = JSON.parse(text)
      if (typeof parsed === 'object' && parsed !== null && 'state' in parsed) {
        const { state, version } = parsed as { state: unknown; version?: unknown }
        return { state, version: typeof version === 'number' ? version : 0 }
      }
      return unreadable(text)
    } catch {
      return text === null ? null : unreadable(text)
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, JSON.stringify(value))
    } catch {
      // Storage full or blocked (private mode): the session keeps working without saving.
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name)
    } catch {
      // ignore
    }
  },
}

/**
 * Repairs whatever was stored (older versions, hand edits, corruption): keeps every valid field,
 * replaces invalid ones with defaults and explains each repair in `notices`. The watchlist is
 * never silently emptied: unknown entries are dropped by name, and an unusable list is replaced
 * by the default one with a notice.
 */
export function sanitisePersisted(stored: unknown): {
  state: Partial<Persisted>
  notices: string[]
} {
  const notices: string[] = []
  if (typeof stored !== 'object' || stored === null) return { state: {}, notices }
  const raw = stored as Record<string, unknown>
  const state: Partial<Persisted> = {}
  if ('unreadable' in raw) {
    const salvage = Array.isArray(raw.salvagedWatchlist)
      ? sanitisePersisted({ watchlist: raw.salvagedWatchlist })
      : null
    const salvaged = salvage?.state.watchlist
    if (salvage && salvaged && salvaged.length > 0) {
      notices.push(
        ...salvage.notices,
        `Your saved settings could not be read and were reset to the defaults, except your watchlist (${salvaged.length} ${salvaged.length === 1 ? 'listing' : 'listings'}), which was recovered.`,
      )
      return { state: { watchlist: salvaged }, notices }
    }
    notices.push('Your saved settings could not be read and were reset to the defaults.')
    return { state, notices }
  }
  if (typeof raw.fromVersion === 'number' && raw.fromVersion > storageVersion) {
    notices.push(
      `Your settings were saved by a newer version of Biopulse (v${raw.fromVersion}); what this version understands was kept.`,
    )
  }

  if ('watchlist' in raw) {
    if (Array.isArray(raw.watchlist)) {
      const kept: Ticker[] = []
      const dropped: string[] = []
      for (const entry of raw.watchlist) {
        const parsed = typeof entry === 'string' ? parseTicker(entry) : null
        if (parsed?.ok && findListing(parsed.ticker) && !kept.includes(parsed.ticker))
          kept.push(parsed.ticker)
        else if (!(parsed?.ok && kept.includes(parsed.ticker))) dropped.push(String(entry))
      }
      if (dropped.length > 0)
        notices.push(`Removed from your watchlist (not in the universe): ${dropped.join(', ')}.`)
      if (kept.length > 0 || raw.watchlist.length === 0) state.watchlist = kept
      else notices.push('Your saved watchlist could not be read; the default list is shown.')
    } else {
      notices.push('Your saved watchlist could not be read; the default list is shown.')
    }
  }
  const selection = raw.selection as Selection | undefined
  if (selection?.kind === 'basket' && basketIds.includes(selection.basket))
    state.selection = selection
  else if (selection?.kind === 'ticker' && findListing(selection.ticker))
    state.selection = selection
  if (isRangePreset(raw.range)) state.range = raw.range
  if (isColourScheme(raw.colourScheme)) state.colourScheme = raw.colourScheme
  if (typeof raw.sinceDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.sinceDate))
    state.sinceDate = raw.sinceDate
  if (raw.dataSource === 'sample' || raw.dataSource === 'live') state.dataSource = raw.dataSource
  if (raw.language === 'en' || raw.language === 'zh') state.language = raw.language
  return { state, notices }
}

export const dashboardStore = createStore<DashboardState>()(
  persist(
    (set) => ({
      ...initialDashboardState,
      actions: {
        tickerSelected: (ticker) =>
          set({ selection: { kind: 'ticker', ticker }, highlightedDate: null }),
        basketSelected: (basket) =>
          set({ selection: { kind: 'basket', basket }, highlightedDate: null }),
        rangeChosen: (range) => set({ range }),
        colourSchemeChosen: (colourScheme) => set({ colourScheme }),
        dateHighlighted: (highlightedDate) => set({ highlightedDate }),
        tickerAdded: (ticker) =>
          set(({ watchlist }) =>
            watchlist.includes(ticker) ? {} : { watchlist: [...watchlist, ticker] },
          ),
        tickerRemoved: (ticker) =>
          set(({ watchlist, selection }) => ({
            watchlist: watchlist.filter((entry) => entry !== ticker),
            selection:
              selection.kind === 'ticker' && selection.ticker === ticker
                ? initialDashboardState.selection
                : selection,
          })),
        tickerMoved: (ticker, direction) =>
          set(({ watchlist }) => {
            const from = watchlist.indexOf(ticker)
            const to = direction === 'up' ? from - 1 : from + 1
            if (from < 0 || to < 0 || to >= watchlist.length) return {}
            const reordered = [...watchlist]
            reordered.splice(from, 1)
            reordered.splice(to, 0, ticker)
            return { watchlist: reordered }
          }),
        dataSourceChosen: (dataSource) => set({ dataSource }),
        languageChosen: (language) => set({ language }),
        viewChosen: (view) => set({ view }),
        noticesAdded: (added) =>
          set(({ notices }) => ({
            notices: [...notices, ...added.filter((n) => !notices.includes(n))],
          })),
        noticeDismissed: (index) =>
          set(({ notices }) => ({ notices: notices.filter((_, i) => i !== index) })),
      },
    }),
    {
      name: dashboardStorageKey,
      version: storageVersion,
      storage: safeStorage as PersistStorage<Persisted>,
      // Older and newer versions go through the same validation; record where they came from.
      migrate: (persisted, version) =>
        ({ ...(persisted as object), fromVersion: version }) as unknown as Persisted,
      partialize: ({
        watchlist,
        selection,
        range,
        colourScheme,
        sinceDate,
        dataSource,
        language,
      }): Persisted => ({
        watchlist,
        selection,
        range,
        colourScheme,
        sinceDate,
        dataSource,
        language,
      }),
      merge: (stored, current) => {
        const { state, notices } = sanitisePersisted(stored)
        return { ...current, ...state, notices: [...current.notices, ...notices] }
      },
    },
  ),
)

/**
 * Saves the repaired settings at once (a write of the current state), so that a repair notice is
 * not repeated at every start, and unreadable text does not linger in the storage.
 */
function saveRepairs(state: DashboardState): void {
  if (state.notices.length > 0) dashboardStore.setState({})
}
saveRepairs(dashboardStore.getState())
dashboardStore.persist.onFinishHydration(saveRepairs)

export const useWatchlist = () => useStore(dashboardStore, (state) => state.watchlist)
export const useSelection = () => useStore(dashboardStore, (state) => state.selection)
export const useRangePreset = () => useStore(dashboardStore, (state) => state.range)
export const useColourScheme = () => useStore(dashboardStore, (state) => state.colourScheme)
export const useSinceDate = () => useStore(dashboardStore, (state) => state.sinceDate)
export const useHighlightedDate = () => useStore(dashboardStore, (state) => state.highlightedDate)
export const useDataSource = () => useStore(dashboardStore, (state) => state.dataSource)
export const useLanguage = () => useStore(dashboardStore, (state) => state.language)
export const useView = () => useStore(dashboardStore, (state) => state.view)
export const useNotices = () => useStore(dashboardStore, (state) => state.notices)
export const useDashboardActions = () => useStore(dashboardStore, (state) => state.actions)
