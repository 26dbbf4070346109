import { useEffect, useState } from 'react'
import type { IsoDateTime } from '@/domain/types'

/**
 * The current instant (`toISOString()`, UTC with a `Z` offset), refreshed every `intervalMs`
 * (default 30 s). Components derive exchange-time status from it with pure domain functions.
 */
export function useNow(intervalMs = 30_000): IsoDateTime {
  const [now, setNow] = useState(() => new Date().toISOString())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}
