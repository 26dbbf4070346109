import { setupServer } from 'msw/node'
import { setDefaultScenarioBase } from '@mocks/faults/builders'
import { handlers } from '@mocks/handlers'

/** MSW for Vitest: the same handlers as the browser worker. */
export const server = setupServer(...handlers)

// `server.use(...scenarios.badGateway())` changes these handlers' answers unless told otherwise.
setDefaultScenarioBase(handlers)
