import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { createQueryClient } from '@/app/query-client'
import { dashboardStore, initialDashboardState } from '@/state/dashboard-store'

/** Renders with a fresh QueryClient (no retries) and a user-event session. */
export function renderWithProviders(ui: ReactElement) {
  const queryClient = createQueryClient({ retry: false })
  const user = userEvent.setup()
  const view = render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>)
  return { ...view, user, queryClient }
}

/** Puts the dashboard store back to its initial state (stores are module singletons). */
export function resetDashboardStore(overrides: Partial<typeof initialDashboardState> = {}) {
  dashboardStore.setState({ ...initialDashboardState, ...overrides })
}
