import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import { resolveDataSource, resolveSampleSnapshot } from '@/app/data-source'
import { createQueryClient } from '@/app/query-client'
import { applyUrl, syncUrl } from '@/app/url-sync'
import { SampleSnapshotContext, type SampleSnapshotInfo } from '@/components/data-mode'
import { dashboardStore } from '@/state/dashboard-store'
import '@/app/styles.css'

async function start() {
  const state = dashboardStore.getState()
  const { source, notice } = resolveDataSource(
    window.location.search,
    state.dataSource,
    import.meta.env.VITE_DEFAULT_SOURCE,
  )
  dashboardStore.setState({
    dataSource: source,
    notices: notice ? [...state.notices, notice] : state.notices,
  })
  applyUrl(window.location.search)
  syncUrl()

  let sample: SampleSnapshotInfo | null = null
  if (source === 'sample') {
    // The mock worker and the snapshot are a separate chunk that live-mode users never download.
    const { startSampleWorker } = await import('@mocks/browser')
    const chosen = resolveSampleSnapshot(
      window.location.search,
      import.meta.env.VITE_SAMPLE_SNAPSHOT,
    )
    const notices = chosen.notice ? [chosen.notice] : []
    try {
      sample = await startSampleWorker(chosen.snapshot)
    } catch (error) {
      notices.push(
        `${error instanceof Error ? error.message : String(error)}: serving the synthetic sample.`,
      )
      sample = await startSampleWorker()
    }
    if (notices.length > 0) dashboardStore.getState().actions.noticesAdded(notices)
  }

  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  createRoot(root).render(
    <StrictMode>
      <SampleSnapshotContext value={sample}>
        <App queryClient={createQueryClient()} />
      </SampleSnapshotContext>
    </StrictMode>,
  )
}

void start()
