import { Panel } from '@/components/panel'

/** Placeholder while the Compare view is being built (replaced within this change). */
export function CompareView() {
  return (
    <main className="layout layout-single">
      <Panel title="Compare">
        <p className="empty">This view is being built.</p>
      </Panel>
    </main>
  )
}
