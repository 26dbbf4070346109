import type { Listing } from '@/domain/universe'
import type { Ticker } from '@/domain/types'

/**
 * A movers-table row's name cell: the listing's Chinese and English names and code, as a button
 * that selects the listing (`pressed` when it is the selected one).
 */
export function ListingRowButton({
  listing,
  pressed,
  onSelect,
}: {
  listing: Listing
  pressed?: boolean
  onSelect: (ticker: Ticker) => void
}) {
  return (
    <button
      type="button"
      className="row-select"
      aria-pressed={pressed}
      aria-label={`${listing.nameZh} ${listing.nameEn}`}
      onClick={() => onSelect(listing.ticker)}
    >
      <span className="name-zh" lang="zh-Hans">
        {listing.nameZh}
      </span>
      <span className="name-en">
        {listing.nameEn}
        <span className="code-inline"> · {listing.ticker}</span>
      </span>
    </button>
  )
}
