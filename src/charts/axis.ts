/** A step of 1, 2 or 5 × 10^k that splits `span` into about `parts` intervals. */
function niceStep(span: number, parts: number): number {
  const raw = span / parts
  const power = 10 ** Math.floor(Math.log10(raw))
  const scaled = raw / power
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power
}

/**
 * The lowest and highest of the values `accept` lets through (default: the finite ones), or null
 * when it lets none through. One walk, no spread: `Math.min(...values)` overflows the call stack
 * past some 100,000 values.
 */
export function valueRange(
  values: readonly number[],
  accept: (value: number) => boolean = Number.isFinite,
): [number, number] | null {
  let lo = Infinity
  let hi = -Infinity
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number
    if (!accept(value)) continue
    if (value < lo) lo = value
    if (value > hi) hi = value
  }
  return lo > hi ? null : [lo, hi]
}

/** Axis domain rounded out to nice steps, and its ticks. */
export function niceDomain(
  values: readonly number[],
  parts = 5,
): { domain: [number, number]; ticks: number[] } {
  const range = valueRange(values)
  if (range === null) return { domain: [0, 1], ticks: [0, 1] }
  let [lo, hi] = range
  if (hi === lo) {
    lo -= 1
    hi += 1
  }
  const step = niceStep(hi - lo, parts)
  const start = Math.floor(lo / step) * step
  const end = Math.ceil(hi / step) * step
  const ticks: number[] = []
  for (let tick = start; tick <= end + step / 2; tick += step)
    ticks.push(Number(tick.toPrecision(12)))
  return { domain: [start, end], ticks }
}

/** Mean and population σ of a series, drawn as a shaded ±1σ band. */
interface Band {
  mean: number
  stdDev: number
}

/** As `niceDomain`, widened so that a mean ± 1σ band, when given, is shown whole. */
export function bandedDomain(
  values: readonly number[],
  band: Band | null,
  parts = 5,
): { domain: [number, number]; ticks: number[] } {
  return niceDomain(
    band ? [...values, band.mean - band.stdDev, band.mean + band.stdDev] : values,
    parts,
  )
}

/** A PE axis: as `bandedDomain`; one that reaches below zero takes in zero as well. */
export function peDomain(
  values: readonly number[],
  band: Band | null,
  parts = 5,
): { domain: [number, number]; ticks: number[] } {
  const nice = bandedDomain(values, band, parts)
  return nice.domain[0] < 0 ? bandedDomain([0, ...values], band, parts) : nice
}
