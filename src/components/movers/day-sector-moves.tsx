import type { BasketDay } from '@/domain/day-detail'
import type { Basket } from '@/domain/sector'
import type { IsoDate, Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'
import { formatLongDate } from '@/format'
import type { Translate } from '@/i18n'
import type { Language } from '@/state/dashboard-store'
import { ChangeText } from '@/components/change-cell'
import { basketLabels } from '@/components/labels'
import { formatPoints, listingName } from '@/components/movers/movers-labels'

const basketOrder: readonly Basket[] = ['HK', 'A', 'ALL']

/** The sector move per basket on `date`: cap- and equal-weighted, breadth, largest contributions. */
export function SectorMoves({
  baskets,
  date,
  t,
  language,
}: {
  baskets: Record<Basket, BasketDay | null>
  date: IsoDate
  t: Translate
  language: Language
}) {
  const name = (ticker: Ticker) => {
    const listing = findListing(ticker)
    return listing ? listingName(listing, language) : ticker
  }
  return (
    <div className="table-scroll">
      <table
        className="data-table sector-day-table"
        aria-label={t('Sector move on {date}', { date: formatLongDate(date, language) })}
      >
        <thead>
          <tr>
            <th scope="col">{t('Basket')}</th>
            <th scope="col" className="num">
              {t('Cap-weighted')}
            </th>
            <th scope="col" className="num">
              {t('Equal-weighted')}
            </th>
            <th scope="col" className="num">
              {t('Up / down')}
            </th>
            <th scope="col">{t('Largest contributions')}</th>
          </tr>
        </thead>
        <tbody>
          {basketOrder.map((basket) => {
            const day = baskets[basket]
            return (
              <tr key={basket}>
                <th scope="row">{t(basketLabels[basket])}</th>
                {day ? (
                  <>
                    <td className="num">
                      <ChangeText value={day.capWeighted} />
                    </td>
                    <td className="num">
                      <ChangeText value={day.equalWeighted} />
                    </td>
                    <td className="num">
                      {day.advancers} / {day.decliners}
                      {day.unchanged > 0 && ` / ${day.unchanged}`}
                    </td>
                    <td className="leaders">
                      {day.parts
                        .slice(0, 3)
                        .map((part) => `${name(part.ticker)} ${formatPoints(part.contribution)}`)
                        .join(' · ')}
                    </td>
                  </>
                ) : (
                  <td colSpan={4} className="status-text">
                    {t('no session')}
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
