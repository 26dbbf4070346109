import { compareIsoDates } from '@/domain/dates'
import type { IsoDate } from '@/domain/types'

// Date-ordered lists, shared by the sector computations. Strings are compared as `YYYY-MM-DD`; Maps keyed by fresh date
// strings cost more than these walks at 18 × 2,200 entries.

/** The items sorted by date, oldest first, one per date: the last in input order wins. */
export function byDateAscending<T extends { date: IsoDate }>(items: readonly T[]): readonly T[] {
  let ascending = true
  for (let i = 1; i < items.length && ascending; i += 1) {
    ascending = (items[i - 1]?.date ?? '') < (items[i]?.date ?? '')
  }
  if (ascending) return items
  // Array.prototype.sort is stable, so equal dates keep input order and the last of a run wins.
  const sorted = [...items].sort((a, b) => compareIsoDates(a.date, b.date))
  return sorted.filter((item, i) => sorted[i + 1]?.date !== item.date)
}

/**
 * Walks date-ascending, date-unique lists together: calls `visit(date, items)` once for every
 * date found in any list, oldest first, where `items[k]` is list k's item of that date or
 * undefined. `items` is reused between calls.
 */
export function forEachDate<T extends { date: IsoDate }>(
  lists: readonly (readonly T[])[],
  visit: (date: IsoDate, items: readonly (T | undefined)[]) => void,
): void {
  const next = lists.map(() => 0)
  const items: (T | undefined)[] = lists.map(() => undefined)
  for (;;) {
    let date: IsoDate | undefined
    lists.forEach((list, k) => {
      const head = list[next[k] ?? 0]
      if (head !== undefined && (date === undefined || head.date < date)) date = head.date
    })
    if (date === undefined) return
    lists.forEach((list, k) => {
      const head = list[next[k] ?? 0]
      items[k] = head?.date === date ? head : undefined
      if (items[k] !== undefined) next[k] = (next[k] ?? 0) + 1
    })
    visit(date, items)
  }
}
