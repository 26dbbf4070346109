import { describe, expect, it } from 'vitest'
import { exchangeOf, marketOf, parseTicker, tickerCode } from '@/domain/tickers'
import { defaultWatchlist, findListing, issuerOf, universe } from '@/domain/universe'

describe('parseTicker', () => {
  it.each([
    ['02696', '02696.HK'],
    ['2696', '02696.HK'],
    ['2696.HK', '02696.HK'],
    ['02696.hk', '02696.HK'],
    ['HK.02696', '02696.HK'],
    ['hk02696', '02696.HK'],
    ['hk2696', '02696.HK'],
    [' 1801 ', '01801.HK'],
    ['０２６９６', '02696.HK'],
    ['600276', '600276.SH'],
    ['600276.SS', '600276.SH'],
    ['600276.sh', '600276.SH'],
    ['sh600276', '600276.SH'],
    ['SH600276', '600276.SH'],
    ['SH.600276', '600276.SH'],
    ['688235', '688235.SH'],
    ['300760', '300760.SZ'],
    ['sz300760', '300760.SZ'],
    ['000661.SZ', '000661.SZ'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseTicker(input)).toEqual({ ok: true, ticker: expected })
  })

  it.each([
    '',
    'abc',
    '123456',
    '600276.SZ',
    '300760.SH',
    'hk123456',
    '00000',
    '2696.HKG',
    'sh60027',
    '1.600276',
  ])('rejects %j with a message naming the input', (input) => {
    const result = parseTicker(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain(`"${input.trim()}"`)
  })

  it('knows code, market and exchange of canonical ids', () => {
    expect(tickerCode('02696.HK')).toBe('02696')
    expect(marketOf('688235.SH')).toBe('A')
    expect(exchangeOf('300760.SZ')).toBe('SZSE')
    expect(exchangeOf('01877.HK')).toBe('HKEX')
  })
})

describe('universe', () => {
  it('has at least 16 listings with canonical, unique tickers', () => {
    expect(universe.length).toBeGreaterThanOrEqual(16)
    expect(new Set(universe.map((l) => l.ticker)).size).toBe(universe.length)
    for (const listing of universe)
      expect(parseTicker(listing.ticker)).toEqual({ ok: true, ticker: listing.ticker })
  })

  it('links each A+H pair both ways to the same issuer', () => {
    const pairs = [
      ['06160.HK', '688235.SH'],
      ['01276.HK', '600276.SH'],
      ['01877.HK', '688180.SH'],
      ['09995.HK', '688331.SH'],
      ['02359.HK', '603259.SH'],
    ] as const
    for (const [h, a] of pairs) {
      expect(findListing(h)?.pair).toBe(a)
      expect(findListing(a)?.pair).toBe(h)
      expect(issuerOf(h)).toBe(issuerOf(a))
    }
  })

  it('covers every board and the required single listings', () => {
    expect(new Set(universe.map((l) => l.board))).toEqual(
      new Set(['HK Main', 'SSE Main', 'STAR', 'SZSE Main', 'ChiNext']),
    )
    for (const ticker of [
      '02696.HK',
      '01801.HK',
      '02096.HK',
      '01177.HK',
      '02269.HK',
      '300760.SZ',
    ] as const) {
      expect(findListing(ticker)).toBeDefined()
    }
    expect(findListing('02696.HK')?.pair).toBeNull()
  })

  it('uses real listing dates and per-stock lot sizes', () => {
    expect(findListing('06160.HK')?.listingDate).toBe('2018-08-08')
    expect(findListing('688235.SH')?.listingDate).toBe('2021-12-15')
    expect(findListing('01276.HK')?.listingDate).toBe('2025-05-23')
    expect(findListing('01276.HK')?.lotSize).toBe(200)
    expect(findListing('688180.SH')?.lotSize).toBe(200)
    expect(issuerOf('06160.HK').reportingCurrency).toBe('USD')
    expect(defaultWatchlist).toHaveLength(universe.length)
  })
})
