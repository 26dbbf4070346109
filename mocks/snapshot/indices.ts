import { tradingDays } from '@/domain/calendar'
import { computeSectorValuation, type ConstituentValuation } from '@/domain/sector'
import type { DateRange, IsoDate } from '@/domain/types'
import { onAxis } from '@mocks/snapshot/axis'
import { bridge } from '@mocks/snapshot/bridge'
import { randomStream } from '@mocks/snapshot/random'
import { parseDated } from '@mocks/snapshot/tables'
import type { SnapshotIndexPoint } from '@mocks/snapshot/types'

/**
 * Sample published sector indices: a vendor's close and PE-TTM on every A-share trading day.
 *
 * The PE path follows hand-chosen anchors (the broad real-world shape of 中证全指医药卫生: about
 * 30–35 in 2018, a trough near 25 in early 2019, a peak near 60 in February 2021, 22–30 through
 * 2022–2024, a rebound in 2025) and, between them, the daily log changes of the sample's own
 * A-share aggregate PE (weight 0.75, each day's change capped at ±3%) plus seeded noise. So it
 * co-moves with Biopulse's own A-share sector PE without being equal to it, as a vendor index with
 * another method would. The close is PE × an index "earnings" level interpolated between yearly
 * anchors. Nothing is copied from a real series.
 */
export interface IndexSpec {
  code: string
  /** PE-TTM anchors, `YYYY: MM-DD value, …` (A-share sessions; an anchor off them moves to the next). */
  pe: string
  /** Index points per unit of PE (close ÷ PE), same form; log-linear in between. */
  earnings: string
}

export const indexSpecs: readonly IndexSpec[] = [
  {
    code: '000991',
    pe: `
      2018: 01-02 33.5, 03-12 35, 05-28 34, 07-20 30.5, 10-18 27.5, 12-28 25.6
      2019: 01-03 24.8, 04-19 33, 06-28 31, 09-05 34, 12-31 35
      2020: 02-03 33, 02-25 40, 03-23 35, 07-13 50, 09-09 45, 10-30 47, 12-31 54
      2021: 02-18 61.5, 03-09 50, 04-26 54, 06-30 56, 08-20 45, 10-29 40, 12-31 33
      2022: 01-28 29, 04-26 23.5, 06-30 27.5, 09-30 24, 10-31 23, 12-30 27
      2023: 02-24 29, 05-31 27, 08-31 26, 10-31 24.5, 12-29 25.5
      2024: 02-05 21.8, 03-15 25, 05-20 26.5, 08-30 23, 10-08 28.5, 12-31 26
      2025: 04-08 25, 06-30 32, 08-29 37, 10-31 36, 12-31 35
      2026: 03-31 36, 06-30 38, 09-30 36.5, 11-20 37.5`,
    earnings: `
      2018: 01-02 265
      2019: 01-02 280
      2020: 01-02 292
      2021: 01-04 305
      2022: 01-04 325
      2023: 01-03 318
      2024: 01-02 305
      2025: 01-02 310
      2026: 01-05 330, 11-20 345`,
  },
]

/** Weight of the own aggregate's daily PE change in the index's, and the cap on that change. */
const ownWeight = 0.75
const ownCap = 0.03
/** Standard deviation of the index's own daily log-PE noise. */
const noiseSd = 0.006

const round2 = (value: number) => Math.round(value * 100) / 100

/** Log-linear interpolation of dated anchors on `days` (flat before the first, after the last). */
function interpolate(days: readonly IsoDate[], anchors: readonly [IsoDate, number][]): number[] {
  let next = 0
  return days.map((day) => {
    while (next < anchors.length && (anchors[next]?.[0] ?? '') <= day) next += 1
    const before = anchors[next - 1]
    const after = anchors[next]
    if (!before) return after?.[1] ?? 0
    if (!after) return before[1]
    const span = Date.parse(after[0]) - Date.parse(before[0])
    const t = (Date.parse(day) - Date.parse(before[0])) / span
    return Math.exp((1 - t) * Math.log(before[1]) + t * Math.log(after[1]))
  })
}

/**
 * One index on every A-share trading day of `span`: [date, close, PE-TTM], both rounded to 2
 * decimals. `ownAShares` are the A-share listings' valuations the index co-moves with.
 */
export function generateIndex(
  seed: number,
  spec: IndexSpec,
  span: DateRange,
  ownAShares: readonly ConstituentValuation[],
): SnapshotIndexPoint[] {
  const days = tradingDays('A', span)
  const own = new Map<IsoDate, number>()
  for (const point of computeSectorValuation({
    constituents: ownAShares,
    fx: { HKD: [], USD: [] }, // A-shares trade in CNY: no rate is needed
    metric: 'pe',
    method: 'aggregate',
  })) {
    if (point.value !== null) own.set(point.date, point.value)
  }

  const random = randomStream(seed, `indices/${spec.code}`)
  const steps = new Float64Array(days.length)
  for (let k = 1; k < days.length; k += 1) {
    const noise = noiseSd * random.normal() // drawn every day, so the stream never shifts
    const today = own.get(days[k] ?? '')
    const yesterday = own.get(days[k - 1] ?? '')
    const change = today && yesterday ? Math.log(today / yesterday) : 0
    steps[k] = ownWeight * Math.max(-ownCap, Math.min(ownCap, change)) + noise
  }
  const axis = { days }
  const anchors = onAxis(
    axis,
    parseDated(spec.pe).map(([date, value]) => [date, Math.log(value)] as const),
  )
  const logPe = bridge(steps, 0, anchors)
  const earnings = interpolate(days, parseDated(spec.earnings))
  return days.map((date, k): SnapshotIndexPoint => {
    const pe = Math.exp(logPe[k] ?? 0)
    return [date, round2(pe * (earnings[k] ?? 0)), round2(pe)]
  })
}
