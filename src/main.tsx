import { onlineManager } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import { resolveDataSource, resolveSampleSnapshot } from '@/app/data-source'
import { createQueryClient } from '@/app/query-client'
import { applyUrl, syncUrl } from '@/app/url-sync'
import { SampleSnapshotContext, type SampleSnapshotInfo } from '@/components/data-mode'
import { setRequestTimeout } from '@/providers/http'
import { dashboardStore } from '@/state/dashboard-store'
import '@/app/styles.css'

async function start() {
  const state = dashboardStore.getState()
  const { source, notice } = resolveDataSource(
    window.location.search,
    state.dataSource,
    import.meta.env.VITE_DEFAULT_SOURCE,
  )
  // The upstream emulation and the snapshot are a separate chunk that live-mode users never download;
  // in sample mode its download starts first, before anything else is set up.
  const mocks = source === 'sample' ? import('@mocks/browser') : null
  dashboardStore.setState({
    dataSource: source,
    notices: notice ? [...state.notices, notice] : state.notices,
  })
  applyUrl(window.location.search)
  syncUrl()

  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  const reactRoot = createRoot(root)
  const queryClient = createQueryClient()
  const render = (sample: SampleSnapshotInfo | null) =>
    reactRoot.render(
      <StrictMode>
        <SampleSnapshotContext value={sample}>
          <App queryClient={queryClient} />
        </SampleSnapshotContext>
      </StrictMode>,
    )

  let sample: SampleSnapshotInfo | null = null
  /** The snapshot the early render named (undefined: no early render). */
  let shown: SampleSnapshotInfo | undefined
  if (source === 'sample') {
    const chosen = resolveSampleSnapshot(
      window.location.search,
      import.meta.env.VITE_SAMPLE_SNAPSHOT,
    )
    // The synthetic sample boots in parallel (cold load): the page draws its skeletons while the
    // mock chunk and the snapshot download, and queries wait — paused, as when offline — until the
    // emulation answers. Another snapshot renders once loaded (its badge needs the recording date).
    const early = chosen.snapshot === 'snapshot'
    if (early) {
      onlineManager.setOnline(false)
      shown = { name: chosen.snapshot, recordedAt: null }
      render(shown)
    }
    const { startSampleData, readScenario } = await (mocks ?? import('@mocks/browser'))
    // A named upstream failure (?scenario=badGateway, see mocks/scenarios.ts), sample mode only.
    const fault = readScenario(window.location.search)
    if (fault.timeoutMs !== null) setRequestTimeout(fault.timeoutMs)
    const notices = [...(chosen.notice ? [chosen.notice] : []), ...fault.notices]
    try {
      sample = await startSampleData(chosen.snapshot, fault.handlers)
    } catch (error) {
      notices.push(
        `${error instanceof Error ? error.message : String(error)}: serving the synthetic sample.`,
      )
      try {
        sample = await startSampleData(undefined, fault.handlers)
      } catch (again) {
        // Not even the synthetic sample could be downloaded: the app still runs, and each panel
        // says what it could not load.
        notices.push(
          `The sample data could not be started (${again instanceof Error ? again.message : String(again)}): reload the page to try again.`,
        )
      }
    }
    if (notices.length > 0) dashboardStore.getState().actions.noticesAdded(notices)
    if (early) onlineManager.setOnline(true)
  } else {
    const faultParams = ['scenario', 'scenarioSource', 'timeout'].filter((key) =>
      new URLSearchParams(window.location.search).has(key),
    )
    if (faultParams.length > 0)
      dashboardStore
        .getState()
        .actions.noticesAdded([
          `Ignored ${faultParams.join(', ')} in the address: fault scenarios run in the sample mode only.`,
        ])
  }

  // Rendering the same snapshot again would only re-render the whole page, just as the first
  // answers are due.
  const unchanged = sample?.name === shown?.name && sample?.recordedAt === shown?.recordedAt
  if (shown === undefined || !unchanged) render(sample)
}

void start()
