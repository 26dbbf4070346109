import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { HeaderBar } from '@/components/header-bar'
import { MainChartPanel } from '@/components/main-chart-panel'
import { NewsPanel } from '@/components/news-panel'
import { NoticeBar } from '@/components/notice-bar'
import { WatchlistPanel } from '@/components/watchlist-panel'
import { dashboardStore, useColourScheme, type DataSource } from '@/state/dashboard-store'

/** Switching mode reloads the page in the other mode (the mock worker only runs in sample mode). */
function switchDataSource(source: DataSource) {
  dashboardStore.getState().actions.dataSourceChosen(source)
  const url = new URL(window.location.href)
  url.searchParams.set('source', source)
  window.location.assign(url.toString())
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  const colourScheme = useColourScheme()
  useEffect(() => {
    document.documentElement.dataset.colours = colourScheme
  }, [colourScheme])

  return (
    <QueryClientProvider client={queryClient}>
      <div className="app">
        <HeaderBar onDataSourceChange={switchDataSource} />
        <NoticeBar />
        <main className="layout">
          <WatchlistPanel />
          <div className="main-column">
            <MainChartPanel />
            <NewsPanel />
          </div>
        </main>
      </div>
    </QueryClientProvider>
  )
}
