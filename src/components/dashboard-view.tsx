import { MainChartPanel } from '@/components/main-chart-panel'
import { DayDetailPanel } from '@/components/movers/day-detail-panel'
import { NewsPanel } from '@/components/news-panel'
import { PanelBoundary } from '@/components/panel'
import { WatchlistPanel } from '@/components/watchlist-panel'
import { useDashboardActions, useHighlightedDate } from '@/state/dashboard-store'

/**
 * The first view: watchlist, the moves-vs-sector-PE chart, the day detail of a chosen session
 * (a clicked bar, a news item's session or `day=` in the address) and the related news. Each panel
 * fails alone: an error while rendering one shows in its place, the others keep working.
 */
export function DashboardView() {
  const day = useHighlightedDate()
  const actions = useDashboardActions()
  return (
    <main className="layout">
      <PanelBoundary>
        <WatchlistPanel />
      </PanelBoundary>
      <div className="main-column">
        <PanelBoundary>
          <MainChartPanel />
        </PanelBoundary>
        {day !== null && (
          <PanelBoundary>
            <DayDetailPanel date={day} onClose={() => actions.dateHighlighted(null)} />
          </PanelBoundary>
        )}
        <PanelBoundary>
          <NewsPanel />
        </PanelBoundary>
      </div>
    </main>
  )
}
