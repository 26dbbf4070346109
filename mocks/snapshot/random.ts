import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus'

/**
 * Seeded randomness for the sample snapshot, over pure-rand's xoroshiro128+.
 *
 * Every consumer draws from its own named stream (`randomStream(seed, 'bars/02696.HK')`), so
 * adding a listing or drawing one more number in one place does not shift the numbers anywhere
 * else. Only integer operations, `Math.log` and `Math.sqrt` are used: the same seed gives the same
 * numbers in every engine that implements them like V8 (outputs are rounded anyway).
 */
export interface Random {
  /** Uniform in [0, 1). */
  uniform(): number
  /** Standard normal. */
  normal(): number
  /** Uniform integer in [min, max] (both included). */
  int(min: number, max: number): number
}

/** Murmur3's 32-bit finaliser: spreads every input bit over every output bit. */
function mix32(value: number): number {
  let h = value | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h | 0
}

/** FNV-1a over the UTF-16 code units of a stream name. */
function hashName(name: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < name.length; i += 1) {
    h ^= name.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

/** An independent, reproducible stream of numbers for one seed and one stream name. */
export function randomStream(seed: number, name: string): Random {
  const h = hashName(name)
  const state = [mix32(h ^ seed), mix32(seed + 0x9e3779b9), mix32(h + 0x7f4a7c15), mix32(~seed ^ h)]
  if (!state.some((word) => word !== 0)) state[0] = 1
  const rng = xoroshiro128plusFromState(state)
  for (let i = 0; i < 8; i += 1) rng.next() // let weakly mixed seeds diverge
  let spare: number | null = null

  const uniform = () => uniformFloat64(rng)
  // Marsaglia's polar method: needs only log and sqrt, no trigonometry.
  const normal = () => {
    if (spare !== null) {
      const value = spare
      spare = null
      return value
    }
    for (;;) {
      const u = 2 * uniform() - 1
      const v = 2 * uniform() - 1
      const s = u * u + v * v
      if (s > 0 && s < 1) {
        const factor = Math.sqrt((-2 * Math.log(s)) / s)
        spare = v * factor
        return u * factor
      }
    }
  }
  const int = (min: number, max: number) => min + Math.floor(uniform() * (max - min + 1))
  return { uniform, normal, int }
}
