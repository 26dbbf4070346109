/**
 * Anchored paths: a random walk pinned to chosen values (a Brownian bridge of the given noise).
 *
 * `steps[k]` is the noise increment from day k − 1 to day k of a day axis. Between two anchors the
 * increments keep their shape and share one constant drift correction, so the path meets every
 * anchor exactly; a pinned step (`pins`) is taken as given and excluded from the correction. Before
 * the first anchor the path starts flat at the first anchor's value; after the last one it walks
 * freely. Works on whatever scale the caller chooses (log prices, log premiums).
 *
 * @param steps noise increments by axis index (index 0 unused)
 * @param from first axis index of the path; earlier entries of the result are NaN
 * @param anchors [axis index, value] pairs, strictly increasing, none before `from`
 * @param pins axis index → exact increment for that day
 */
export function bridge(
  steps: Float64Array,
  from: number,
  anchors: readonly (readonly [number, number])[],
  pins: ReadonlyMap<number, number> = new Map(),
): Float64Array {
  const path = new Float64Array(steps.length).fill(Number.NaN)
  const first = anchors[0]
  if (first === undefined) throw new Error('a bridged path needs at least one anchor')
  path[from] = first[1]
  let previous = from

  const stepAt = (k: number, correction: number) => pins.get(k) ?? (steps[k] ?? 0) + correction

  for (const [index, value] of anchors) {
    if (index < previous || (index === previous && index !== from)) {
      throw new Error(`anchor index ${index} is not after ${previous}`)
    }
    if (index === from) {
      path[from] = value
      continue
    }
    let pinned = 0
    let free = 0
    let freeCount = 0
    for (let k = previous + 1; k <= index; k += 1) {
      const pin = pins.get(k)
      if (pin !== undefined) pinned += pin
      else {
        free += steps[k] ?? 0
        freeCount += 1
      }
    }
    const start = path[previous] ?? 0
    const correction = freeCount > 0 ? (value - start - pinned - free) / freeCount : 0
    for (let k = previous + 1; k < index; k += 1) {
      path[k] = (path[k - 1] ?? 0) + stepAt(k, correction)
    }
    path[index] = value // exact, whatever the rounding of the sum
    previous = index
  }
  for (let k = previous + 1; k < steps.length; k += 1) {
    path[k] = (path[k - 1] ?? 0) + stepAt(k, 0)
  }
  return path
}
