import { isTradingDay } from '@/domain/calendar'
import { type DayAxis, onAxis } from '@mocks/snapshot/axis'
import { bridge } from '@mocks/snapshot/bridge'
import { randomStream } from '@mocks/snapshot/random'
import { parseDated } from '@mocks/snapshot/tables'

/**
 * Sample CNY central parity rates. USD/CNY follows anchors in the real range (6.3 in spring 2018,
 * 7.1 in 2019–2020, 6.4 in 2021, 7.0–7.2 in 2023–2025); CNY per HKD is USD/CNY divided by a
 * USD/HKD rate kept inside the peg band (7.75–7.85). Published on mainland trading days only.
 */
const usdCnyAnchors = `
  2018: 01-02 6.51, 03-30 6.29, 06-29 6.62, 10-31 6.95
  2019: 01-31 6.73, 04-15 6.71, 09-02 7.08, 12-31 6.98
  2020: 05-27 7.13, 09-30 6.81, 12-31 6.52
  2021: 05-31 6.37, 12-31 6.37
  2022: 04-15 6.37, 07-29 6.75, 10-31 7.2, 12-30 6.97
  2023: 01-31 6.75, 06-30 7.2, 12-29 7.1
  2024: 06-28 7.12, 09-30 7.02, 12-31 7.19
  2025: 04-30 7.19, 06-30 7.16, 12-31 7.05
  2026: 06-30 7, 11-20 6.98`

const usdHkdAnchors = `
  2018: 01-02 7.82, 04-13 7.85
  2019: 06-28 7.81, 12-31 7.79
  2020: 04-30 7.752, 12-31 7.753
  2021: 06-30 7.765, 12-31 7.8
  2022: 05-31 7.849, 12-30 7.8
  2023: 04-28 7.849, 12-29 7.81
  2024: 06-28 7.81, 10-31 7.77
  2025: 04-30 7.78, 06-30 7.849, 12-31 7.78
  2026: 11-20 7.8`

/** CNY per unit on every axis day (carried forward over mainland holidays), rounded to 4 decimals. */
export interface FxPaths {
  HKD: Float64Array
  USD: Float64Array
  /** Axis indices on which a rate is published (mainland trading days). */
  published: readonly number[]
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000

export function generateFx(seed: number, axis: DayAxis): FxPaths {
  const random = randomStream(seed, 'fx')
  const usdSteps = new Float64Array(axis.days.length)
  const pegSteps = new Float64Array(axis.days.length)
  for (let k = 1; k < axis.days.length; k += 1) {
    usdSteps[k] = 0.0012 * random.normal()
    pegSteps[k] = 0.0002 * random.normal()
  }
  const logAnchors = (text: string) =>
    onAxis(
      axis,
      parseDated(text).map(([date, value]) => [date, Math.log(value)] as const),
    )
  const usdPath = bridge(usdSteps, 0, logAnchors(usdCnyAnchors))
  const pegPath = bridge(pegSteps, 0, logAnchors(usdHkdAnchors))

  const HKD = new Float64Array(axis.days.length)
  const USD = new Float64Array(axis.days.length)
  const published: number[] = []
  let last: [number, number] | null = null
  axis.days.forEach((date, k) => {
    if (isTradingDay('A', date) || last === null) {
      const usd = Math.exp(usdPath[k] ?? 0)
      const peg = Math.min(7.85, Math.max(7.75, Math.exp(pegPath[k] ?? 0)))
      last = [round4(usd), round4(usd / peg)]
      if (isTradingDay('A', date)) published.push(k)
    }
    USD[k] = last[0]
    HKD[k] = last[1]
  })
  return { HKD, USD, published }
}
