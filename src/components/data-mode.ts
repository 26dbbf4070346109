import { createContext, useContext } from 'react'
import type { IsoDateTime } from '@/domain/types'

/**
 * Which snapshot the sample mode serves: the synthetic sample (`snapshot`), or one written by
 * `npm run snapshot:record` (real upstream data recorded at `recordedAt`, served offline). Provided
 * by main.tsx in sample mode; null in live mode.
 */
export interface SampleSnapshotInfo {
  name: string
  recordedAt: IsoDateTime | null
}

export const SampleSnapshotContext = createContext<SampleSnapshotInfo | null>(null)

export function useSampleSnapshot(): SampleSnapshotInfo | null {
  return useContext(SampleSnapshotContext)
}
