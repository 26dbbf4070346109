import { describe, expect, it } from 'vitest'
import type { Ticker } from '@/domain/types'
import { toSecid } from '@/providers/eastmoney/secid'

describe('toSecid', () => {
  it.each<[Ticker, string]>([
    ['02696.HK', '116.02696'],
    ['01177.HK', '116.01177'],
    ['600276.SH', '1.600276'],
    ['688235.SH', '1.688235'],
    ['300760.SZ', '0.300760'],
    ['000661.SZ', '0.000661'],
  ])('%s → %s', (ticker, secid) => {
    expect(toSecid(ticker)).toBe(secid)
  })

  it.each<Ticker>(['2696.HK', '60027.SH', 'abc.SZ'])('refuses the non-canonical %s', (ticker) => {
    expect(() => toSecid(ticker)).toThrow(`Eastmoney: no secid for "${ticker}"`)
  })
})
