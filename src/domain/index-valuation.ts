import type { IsoDate } from '@/domain/types'

/**
 * One session of a published sector index: its close and the vendor's own PE-TTM. The vendor's
 * method (constituents, weights, loss-makers) differs from Biopulse's sector PE, so the two series
 * co-move without being equal; show them side by side, never mixed.
 */
export interface IndexValuationPoint {
  date: IsoDate
  /** Index level (points); null when the vendor left it out. */
  close: number | null
  /** The vendor's PE-TTM (a multiple); negative if the index is loss-making; null when absent. */
  peTtm: number | null
}

/** A published index the research view can compare the sector with. */
export interface ReferenceIndex {
  /** Vendor code, e.g. `000991`. */
  code: string
  vendor: 'CSI'
  nameZh: string
  nameEn: string
}

/**
 * Reference indices for the A-share side of the sector. 000991 中证全指医药卫生 (CSI All Share
 * Health Care) covers every A-share health-care stock of the CSI All Share index.
 */
export const referenceIndices: readonly ReferenceIndex[] = [
  {
    code: '000991',
    vendor: 'CSI',
    nameZh: '中证全指医药卫生指数',
    nameEn: 'CSI All Share Health Care Index',
  },
]

/** The reference index with this code, or undefined. */
export function findReferenceIndex(code: string): ReferenceIndex | undefined {
  return referenceIndices.find((index) => index.code === code)
}
