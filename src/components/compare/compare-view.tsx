import { ComparePanel } from '@/components/compare/compare-panel'
import { PremiumPanel } from '@/components/compare/premium-panel'
import { PanelBoundary } from '@/components/panel'
import '@/components/compare/compare.css'

/**
 * The Compare view: listings and sector baskets rebased on one chart above the sector PE, and the
 * A/H premium history of a dual-listed issuer on the same kind of synced panes.
 */
export function CompareView() {
  return (
    <main className="layout compare-layout">
      {/* Each panel fails alone: a rendering error shows in its place, the other keeps working. */}
      <PanelBoundary>
        <ComparePanel />
      </PanelBoundary>
      <PanelBoundary>
        <PremiumPanel />
      </PanelBoundary>
    </main>
  )
}
