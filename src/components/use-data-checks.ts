import { useEffect } from 'react'
import type { IsoDate } from '@/domain/types'
import { checkAgainstData, type DataCheckedKey } from '@/state/url-data-checks'

/**
 * Once the span of a panel's data is known, checks the address-bar values of `keys` against it
 * (a day outside the data, a window starting after it): see src/state/url-data-checks.ts.
 */
export function useDataChecks(
  keys: readonly DataCheckedKey[],
  earliest: IsoDate | null | undefined,
  latest: IsoDate | null | undefined,
): void {
  const keyList = keys.join(',')
  useEffect(() => {
    if (!earliest || !latest) return
    checkAgainstData(keyList.split(',') as DataCheckedKey[], { earliest, latest })
  }, [keyList, earliest, latest])
}
