import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import { resolveDataSource } from '@/app/data-source'
import { createQueryClient } from '@/app/query-client'
import { applyUrl, syncUrl } from '@/app/url-sync'
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

  if (source === 'sample') {
    // The mock worker and the snapshot are a separate chunk that live-mode users never download.
    const { startSampleWorker } = await import('@mocks/browser')
    await startSampleWorker()
  }

  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} />
    </StrictMode>,
  )
}

void start()
