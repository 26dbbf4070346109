import { marketStatus, type MarketPhase } from '@/domain/market-hours'
import type { IsoDateTime, Market } from '@/domain/types'

/** Quote refresh while a market trades: within the 15–30 s a polling dashboard should keep to. */
export const quotePollMs = 20_000

/**
 * Phases in which quotes change: the continuous sessions, and HK's closing auction (the closing
 * price is being set). Not the pre-open, the lunch break, or after the close.
 */
const quotingPhases: ReadonlySet<MarketPhase> = new Set(['morning', 'afternoon', 'closing-auction'])

/** A little after a phase starts, so the first poll sees the new phase's figures. */
const startSlackMs = 2_000

function exchangeInstant(ms: number): IsoDateTime {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`
}

/** True while `market` is in a phase whose quotes change (see above). */
export function isQuoting(market: Market, now: number): boolean {
  return quotingPhases.has(marketStatus(market, exchangeInstant(now)).phase)
}

/**
 * Milliseconds from `now` until `market` next enters a quoting phase (0 if it is in one), found by
 * walking the phase boundaries of `marketStatus`; null if none is found within 40 steps (three
 * weeks of ordinary days). Outside the calendar's coverage, where the status after the close has no
 * end, the walk continues from the next midnight (exchange time).
 */
export function msUntilQuoting(market: Market, now: number): number | null {
  let at = now
  for (let step = 0; step < 40; step += 1) {
    const status = marketStatus(market, exchangeInstant(at))
    if (quotingPhases.has(status.phase)) return at - now
    const next = status.until
      ? Date.parse(`${status.until.date}T${status.until.time}:00+08:00`)
      : Date.parse(`${status.date}T00:00:00+08:00`) + 24 * 3_600_000
    if (!(next > at)) return null
    at = next
  }
  return null
}

/**
 * `refetchInterval` of the quote query: every {@link quotePollMs} while any of `markets` is
 * quoting; otherwise one refetch just after the next session opens (then every 20 s again), so
 * nothing is polled while every market is closed. `false` (no refetch) when no opening is found.
 */
export function quoteRefetchInterval(markets: readonly Market[], now = Date.now()): number | false {
  const waits = [...new Set(markets)]
    .map((market) => msUntilQuoting(market, now))
    .filter((wait): wait is number => wait !== null)
  if (waits.length === 0) return false
  const wait = Math.min(...waits)
  return wait === 0 ? quotePollMs : wait + startSlackMs
}
