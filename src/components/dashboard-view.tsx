import { MainChartPanel } from '@/components/main-chart-panel'
import { NewsPanel } from '@/components/news-panel'
import { WatchlistPanel } from '@/components/watchlist-panel'

/** The first view: watchlist, the moves-vs-sector-PE chart and the related news. */
export function DashboardView() {
  return (
    <main className="layout">
      <WatchlistPanel />
      <div className="main-column">
        <MainChartPanel />
        <NewsPanel />
      </div>
    </main>
  )
}
