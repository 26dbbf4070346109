import type { MarketPhase } from '@/domain/market-hours'
import type { Market } from '@/domain/types'

/** Short market names on the badges. */
export const marketShortLabels: Record<Market, string> = { HK: 'HK', A: 'A-share' }

/** Market names in the badges' accessible names. */
export const marketLongLabels: Record<Market, string> = {
  HK: 'Hong Kong market',
  A: 'A-share market',
}

/** Badge text per phase. */
export const phaseLabels: Record<MarketPhase, string> = {
  'pre-open': 'Pre-open',
  morning: 'Morning session',
  lunch: 'Lunch break',
  afternoon: 'Afternoon session',
  'closing-auction': 'Closing auction',
  closed: 'Closed',
  holiday: 'Holiday',
}

/** The phase as read out after the market name ("Hong Kong market: lunch break"). */
export const phaseSentences: Record<MarketPhase, string> = {
  'pre-open': 'pre-open',
  morning: 'morning session',
  lunch: 'lunch break',
  afternoon: 'afternoon session',
  'closing-auction': 'closing auction',
  closed: 'closed',
  holiday: 'closed for a holiday',
}
