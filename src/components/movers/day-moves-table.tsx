import type { DayRow } from '@/domain/day-detail'
import type { IsoDate, NewsItem, Ticker } from '@/domain/types'
import { formatLongDate } from '@/format'
import type { Translate } from '@/i18n'
import type { Language } from '@/state/dashboard-store'
import { ChangeText } from '@/components/change-cell'
import { NewsCell } from '@/components/movers/day-news'
import { formatPoints, formatWeight } from '@/components/movers/movers-labels'
import { ListingRowButton } from '@/components/movers/listing-row-button'

/** Why a row shows no move that day. */
function statusText(row: DayRow, t: Translate, language: Language): string {
  switch (row.status) {
    case 'market-closed':
      return t('market closed')
    case 'suspended':
      return t('suspended')
    case 'listing-day':
      return t('listing day')
    case 'not-listed':
      return t('listed {date}', { date: formatLongDate(row.listing.listingDate, language) })
    case 'no-data':
      return t('no data')
    default:
      return ''
  }
}

/**
 * Every listing's move on `date`, ranked as given, with its weight and contribution within its
 * market's basket and the news of its session; a listing's name selects it.
 */
export function DayMovesTable({
  rows,
  newsByTicker,
  date,
  onSelect,
  t,
  language,
}: {
  rows: readonly DayRow[]
  newsByTicker: ReadonlyMap<Ticker, readonly NewsItem[]>
  date: IsoDate
  onSelect: (ticker: Ticker) => void
  t: Translate
  language: Language
}) {
  return (
    <div className="table-scroll">
      <table
        className="data-table day-moves-table"
        aria-label={t('Moves on {date}', { date: formatLongDate(date, language) })}
      >
        <thead>
          <tr>
            <th scope="col">{t('Name')}</th>
            <th scope="col" className="col-code">
              {t('Code')}
            </th>
            <th scope="col" className="num">
              {t('Move')}
            </th>
            <th scope="col" className="num col-weight">
              <abbr
                title={t('Share of its market basket, by market cap in CNY at the previous close')}
              >
                {t('Weight')}
              </abbr>
            </th>
            <th scope="col" className="num">
              <abbr title={t('Weight × move, in percentage points of its market basket’s move')}>
                {t('Contribution')}
              </abbr>
            </th>
            <th scope="col" className="col-news">
              {t('News of the session')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { listing } = row
            return (
              <tr key={listing.ticker} className={row.move ? undefined : 'row-muted'}>
                <th scope="row">
                  <ListingRowButton listing={listing} onSelect={onSelect} />
                </th>
                <td className="code col-code">{listing.ticker}</td>
                <td className="num">
                  {row.move ? (
                    <ChangeText value={row.move.change} />
                  ) : (
                    <span className="status-text">{statusText(row, t, language)}</span>
                  )}
                </td>
                <td className="num col-weight">{formatWeight(row.weight)}</td>
                <td className="num">{formatPoints(row.contribution)}</td>
                <td className="col-news">
                  <NewsCell
                    items={newsByTicker.get(listing.ticker) ?? []}
                    market={listing.market}
                    date={date}
                    t={t}
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
