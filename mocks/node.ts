import { setupServer } from 'msw/node'
import { handlers } from '@mocks/handlers'

/** MSW for Vitest: the same handlers as the browser worker. */
export const server = setupServer(...handlers)
