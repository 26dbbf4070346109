import { MainChartPanel } from '@/components/main-chart-panel'
import { DayDetailPanel } from '@/components/movers/day-detail-panel'
import { NewsPanel } from '@/components/news-panel'
import { WatchlistPanel } from '@/components/watchlist-panel'
import { useDashboardActions, useHighlightedDate } from '@/state/dashboard-store'

/**
 * The first view: watchlist, the moves-vs-sector-PE chart, the day detail of a chosen session
 * (a clicked bar, a news item's session or `day=` in the address) and the related news.
 */
export function DashboardView() {
  const day = useHighlightedDate()
  const actions = useDashboardActions()
  return (
    <main className="layout">
      <WatchlistPanel />
      <div className="main-column">
        <MainChartPanel />
        {day !== null && (
          <DayDetailPanel date={day} onClose={() => actions.dateHighlighted(null)} />
        )}
        <NewsPanel />
      </div>
    </main>
  )
}
