import { Panel } from '@/components/panel'

/** Placeholder while the Movers view is being built (replaced within this change). */
export function MoversView() {
  return (
    <main className="layout layout-single">
      <Panel title="Movers">
        <p className="empty">This view is being built.</p>
      </Panel>
    </main>
  )
}
