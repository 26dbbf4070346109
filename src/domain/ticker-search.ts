import { parseTicker, tickerCode } from '@/domain/tickers'
import { issuers, universe, type Listing } from '@/domain/universe'

/**
 * Search-as-you-type over the universe: by any way of writing the code (through `parseTicker`:
 * `9995`, `09995`, `9995.HK`, `hk9995`, `sh688331`, `688331.SS`), by the start of a code
 * (`6882` → 688235.SH), or by the Chinese or English name of the listing or its issuer (`荣昌`,
 * `remegen`, `WuXi`). Case, surrounding spaces and full-width characters are ignored.
 *
 * Ranking (lower first), ties in universe order:
 * 0. the input parses to the listing's ticker;
 * 1. the listing's code starts with the typed digits (with or without HK leading zeros);
 * 2. a name starts with the input (or an English word in it does: `Bio` finds Junshi Biosciences);
 * 3. a name contains the input.
 *
 * Returns at most `limit` listings; an empty (or blank) query returns none.
 */
export function searchListings(
  query: string,
  listings: readonly Listing[] = universe,
  limit = 8,
): Listing[] {
  const text = query.normalize('NFKC').trim().toLowerCase()
  if (text === '') return []
  const parsed = parseTicker(text)
  const digits = /^\d+$/.test(text) ? text : null
  const issuerNames = new Map(
    issuers.map((issuer) => [issuer.id, [issuer.nameZh, issuer.nameEn.toLowerCase()]]),
  )

  const rankOf = (listing: Listing): number | null => {
    if (parsed.ok && parsed.ticker === listing.ticker) return 0
    const code = tickerCode(listing.ticker)
    if (digits !== null && (code.startsWith(digits) || code.replace(/^0+/, '').startsWith(digits)))
      return 1
    const names = [
      listing.nameZh,
      listing.nameEn.toLowerCase(),
      ...(issuerNames.get(listing.issuerId) ?? []),
    ]
    const startsWord = (name: string) =>
      name.startsWith(text) || name.split(/[\s-]+/).some((word) => word.startsWith(text))
    if (names.some(startsWord)) return 2
    if (names.some((name) => name.includes(text))) return 3
    return null
  }

  return listings
    .map((listing, order) => ({ listing, order, rank: rankOf(listing) }))
    .filter(
      (entry): entry is { listing: Listing; order: number; rank: number } => entry.rank !== null,
    )
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, Math.max(0, limit))
    .map((entry) => entry.listing)
}
