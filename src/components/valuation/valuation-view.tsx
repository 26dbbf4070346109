import { Panel } from '@/components/panel'

/** Placeholder while the Valuation view is being built (replaced within this change). */
export function ValuationView() {
  return (
    <main className="layout layout-single">
      <Panel title="Valuation">
        <p className="empty">This view is being built.</p>
      </Panel>
    </main>
  )
}
