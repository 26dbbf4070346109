import { lazy, type ComponentType } from 'react'
import { DashboardView } from '@/components/dashboard-view'
import type { View } from '@/state/dashboard-store'

/** A view loaded on demand, as its own chunk. */
function lazyView(load: () => Promise<ComponentType>): ComponentType {
  return lazy(async () => ({ default: await load() }))
}

/** Each view's component. Secondary views load on demand (their own chunks). */
export const viewComponents: Record<View, ComponentType> = {
  dashboard: DashboardView,
  valuation: lazyView(
    async () => (await import('@/components/valuation/valuation-view')).ValuationView,
  ),
  movers: lazyView(async () => (await import('@/components/movers/movers-view')).MoversView),
  compare: lazyView(async () => (await import('@/components/compare/compare-view')).CompareView),
}
