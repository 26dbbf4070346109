import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { Suspense, useEffect } from 'react'
import { HeaderBar } from '@/components/header-bar'
import { NoticeBar } from '@/components/notice-bar'
import { PanelBoundary, Skeleton } from '@/components/panel'
import {
  dashboardStore,
  useColourScheme,
  useLanguage,
  useView,
  type DataSource,
} from '@/state/dashboard-store'
import { viewComponents } from '@/app/views'

/** Switching mode reloads the page in the other mode (the mock worker only runs in sample mode). */
function switchDataSource(source: DataSource) {
  dashboardStore.getState().actions.dataSourceChosen(source)
  const url = new URL(window.location.href)
  url.searchParams.set('source', source)
  window.location.assign(url.toString())
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  const colourScheme = useColourScheme()
  const language = useLanguage()
  const view = useView()
  useEffect(() => {
    document.documentElement.dataset.colours = colourScheme
  }, [colourScheme])
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-Hans' : 'en'
  }, [language])
  const View = viewComponents[view]

  return (
    <QueryClientProvider client={queryClient}>
      <div className="app">
        <HeaderBar onDataSourceChange={switchDataSource} />
        <NoticeBar />
        {/* Last line of defence: a view that fails (e.g. its chunk cannot load) leaves the header. */}
        <PanelBoundary key={view}>
          <Suspense fallback={<Skeleton label="Loading the view…" lines={12} />}>
            <View />
          </Suspense>
        </PanelBoundary>
      </div>
    </QueryClientProvider>
  )
}
