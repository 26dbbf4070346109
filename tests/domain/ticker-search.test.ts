import { describe, expect, it } from 'vitest'
import { searchListings } from '@/domain/ticker-search'

const tickers = (query: string, limit?: number) =>
  searchListings(query, undefined, limit).map((listing) => listing.ticker)

describe('searchListings', () => {
  it.each<[string, string[]]>([
    ['荣昌', ['09995.HK', '688331.SH']],
    ['荣昌生物', ['09995.HK', '688331.SH']],
    ['RemeGen', ['09995.HK', '688331.SH']],
    ['remegen', ['09995.HK', '688331.SH']],
    ['9995', ['09995.HK']],
    ['09995', ['09995.HK']],
    ['hk9995', ['09995.HK']],
    ['9995.hk', ['09995.HK']],
    ['sh688331', ['688331.SH']],
    ['688331.SS', ['688331.SH']],
    ['  ６８８３３１ ', ['688331.SH']], // full-width digits
    // code prefix: every code starting 6882 / 60
    ['6882', ['688235.SH']],
    ['60', ['600276.SH', '603259.SH']],
    // an exact code ranks before names that merely contain the digits
    ['1276', ['01276.HK']],
    // word starts in English names; issuer names count too
    ['bio', ['01877.HK', '01801.HK', '01177.HK', '02269.HK', '688180.SH']],
    ['WuXi', ['02269.HK', '02359.HK', '603259.SH']],
    ['药明', ['02269.HK', '02359.HK', '603259.SH']],
    ['hengrui', ['01276.HK', '600276.SH']],
    ['xyz', []],
    ['', []],
    ['   ', []],
  ])('%s', (query, expected) => {
    expect(tickers(query)).toEqual(expected)
  })

  it('ranks prefixes before substrings and respects the limit', () => {
    // "me": Mindray Medical starts a word; RemeGen merely contains it.
    expect(tickers('me')).toEqual(['300760.SZ', '09995.HK', '688331.SH'])
    expect(tickers('1', 3)).toEqual(['01877.HK', '01801.HK', '01276.HK'])
  })
})
