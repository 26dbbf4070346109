import type { Ticker } from '@/domain/types'
import { issuers, universe } from '@/domain/universe'

/** Each issuer's Chinese name with every listing of that issuer, in universe order. */
const listingsByName: readonly { name: string; tickers: readonly Ticker[] }[] = issuers.map(
  (issuer) => ({
    name: issuer.nameZh,
    tickers: universe
      .filter((listing) => listing.issuerId === issuer.id)
      .map((listing) => listing.ticker),
  }),
)

/**
 * The universe listings a piece of plain text is about, found by the issuers' Chinese names
 * (复宏汉霖, 恒瑞医药, …). A name tags every listing of its issuer, so an article on 恒瑞医药
 * concerns both 600276.SH and 01276.HK.
 *
 * The text is NFKC-normalised first (full-width forms are folded); names must appear whole.
 * Returns each ticker once, in universe order; an empty array when no name occurs.
 */
export function tagTickers(text: string): Ticker[] {
  const haystack = text.normalize('NFKC')
  const found = new Set<Ticker>()
  for (const { name, tickers } of listingsByName) {
    if (haystack.includes(name)) tickers.forEach((ticker) => found.add(ticker))
  }
  return universe.map((listing) => listing.ticker).filter((ticker) => found.has(ticker))
}
