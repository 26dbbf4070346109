import type { RequestHandler } from 'msw'
import { scenarios, type ScenarioName } from '@mocks/faults/builders'
import { faultSources, type FaultSource } from '@mocks/faults/endpoints'

export {
  scenarios,
  type OneTickerOptions,
  type ScenarioName,
  type ScenarioOptions,
} from '@mocks/faults/builders'
export { faultSources, type FaultSource } from '@mocks/faults/endpoints'
export { htmlErrorPage } from '@mocks/faults/responses'

/**
 * Named upstream failures, the breakages upstream-apis.md §5 reports, for tests
 * (`server.use(...scenarios.badGateway())`) and for the sample mode in the browser
 * (`?source=sample&scenario=badGateway`, see `readScenario`). Each scenario is a list of MSW
 * handlers for the same paths as the happy-path emulation (its path constants, no catch-all),
 * placed before it. Every upstream fails by default; `source` narrows a scenario to one.
 *
 * The shape scenarios (malformed, missing or renamed field, empty, one ticker) start from the real
 * answer of the happy-path handlers and change it, so the rest of the payload stays realistic.
 */

/** Every scenario with what it emulates, one line each (the README lists them). */
export const scenarioList: readonly { name: ScenarioName; description: string }[] = [
  { name: 'serverError', description: 'HTTP 500 with an HTML error page' },
  {
    name: 'badGateway',
    description: 'HTTP 502 with an nginx HTML page (push2 does this intermittently)',
  },
  {
    name: 'hang',
    description:
      'no answer at all: each request ends at the provider timeout (15 s; `timeout=` shortens it)',
  },
  {
    name: 'malformedJson',
    description: 'HTTP 200 with the body cut in half (truncated JSON, JSONP or quote lines)',
  },
  {
    name: 'missingField',
    description:
      'a valid envelope without the data field (`data.klines`, row dates, `diff`, `chartInfo`, quote fields …)',
  },
  {
    name: 'renamedField',
    description:
      'the data field renamed (`klines` → `kline`, `cmsArticleWebOld` → `cmsArticleWebNew`, `v_r_` quote lines …)',
  },
  {
    name: 'emptyBars',
    description:
      'valid but empty answers: `klines: []`, `qfqday: []`, no rows, no quote lines, no search hits',
  },
  {
    name: 'refused',
    description:
      'refusals with HTTP 200: `rc ≠ 0` / `data: null`, datacenter `success: false`, Baidu `ResultCode ≠ 0`, unknown-symbol quote lines, a blocked-request page',
  },
  { name: 'rateLimited', description: 'HTTP 429 with `Retry-After: 120`' },
  {
    name: 'oneTicker',
    description:
      '01877.HK fails everywhere (HTTP 502, unknown in quote batches) while the other listings answer',
  },
]

const isScenarioName = (value: string): value is ScenarioName => Object.hasOwn(scenarios, value)
const isFaultSource = (value: string): value is FaultSource =>
  (faultSources as readonly string[]).includes(value)

/** Shortest and longest `timeout=` accepted, in milliseconds. */
export const timeoutBounds = { min: 100, max: 60_000 } as const

/** A fault scenario chosen in the address (sample mode only), ready to install. */
export interface ScenarioChoice {
  name: ScenarioName | null
  source: FaultSource | null
  /** The handlers to put before the happy-path ones, given those (the snapshot served). */
  handlers: (base: readonly RequestHandler[]) => RequestHandler[]
  /** Request timeout asked for with `timeout=` (ms), or null for the default. */
  timeoutMs: number | null
  /** What is on, and every parameter that was ignored (the app shows them as notices). */
  notices: string[]
}

/**
 * Reads `scenario=<name>`, `scenarioSource=<source>` and `timeout=<ms>` from the address. An
 * unknown or malformed value is ignored with a notice and the app runs normally; a known scenario
 * is announced, so nobody mistakes it for a real outage.
 */
export function readScenario(search: string): ScenarioChoice {
  const params = new URLSearchParams(search)
  const notices: string[] = []
  const requested = params.get('scenario')
  const sourceText = params.get('scenarioSource')
  const timeoutText = params.get('timeout')

  let name: ScenarioName | null = null
  if (requested !== null) {
    if (isScenarioName(requested)) name = requested
    else
      notices.push(
        `Ignored scenario=${requested} in the address: use one of ${scenarioList.map((s) => s.name).join(', ')}. The app runs normally.`,
      )
  }
  let source: FaultSource | null = null
  if (sourceText !== null) {
    if (!isFaultSource(sourceText))
      notices.push(
        `Ignored scenarioSource=${sourceText} in the address: use one of ${faultSources.join(', ')}.`,
      )
    else if (name === null)
      notices.push(`Ignored scenarioSource=${sourceText} in the address: no scenario is chosen.`)
    else source = sourceText
  }
  let timeoutMs: number | null = null
  if (timeoutText !== null) {
    const value = Number(timeoutText)
    if (/^\d+$/.test(timeoutText) && value >= timeoutBounds.min && value <= timeoutBounds.max)
      timeoutMs = value
    else
      notices.push(
        `Ignored timeout=${timeoutText} in the address: use milliseconds from ${timeoutBounds.min} to ${timeoutBounds.max}.`,
      )
  }
  if (name !== null) {
    const description = scenarioList.find((entry) => entry.name === name)?.description ?? ''
    notices.push(
      `Fault scenario ${name} is on (${source ?? 'every upstream'}): ${description.replaceAll('`', '')}.`,
    )
  }
  const chosen = name
  return {
    name,
    source,
    handlers: (base) =>
      chosen === null
        ? []
        : scenarios[chosen]({ handlers: base, ...(source === null ? {} : { source }) }),
    timeoutMs,
    notices,
  }
}
