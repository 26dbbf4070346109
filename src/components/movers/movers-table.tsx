import { useMemo, useState, type ReactNode } from 'react'
import {
  sortMovers,
  type MoverPeriod,
  type MoverRow,
  type MoverSortKey,
  type SortDirection,
} from '@/domain/movers'
import type { Ticker } from '@/domain/types'
import { formatCompact, formatLongDate, formatPrice, missing } from '@/format'
import type { Translate } from '@/i18n'
import type { Language } from '@/state/dashboard-store'
import { ChangeText } from '@/components/change-cell'
import { ListingRowButton } from '@/components/movers/listing-row-button'

const textKeys: readonly MoverSortKey[] = ['name', 'code']

/** The change cell: the change, or why there is none, and a limit badge (A-shares). */
function ChangeCell({ row, t, language }: { row: MoverRow; t: Translate; language: Language }) {
  let content: ReactNode
  if (row.status === 'ok') content = <ChangeText value={row.change} />
  else if (row.status === 'suspended')
    content = <span className="status-text">{t('suspended')}</span>
  else if (row.status === 'too-young')
    content = (
      <span className="status-text" title={t('Listed after the start of the period')}>
        {t('listed {date}', { date: formatLongDate(row.listing.listingDate, language) })}
      </span>
    )
  else content = <span className="status-text">{missing}</span>
  return (
    <>
      {row.limit && (
        <span className={`limit-badge limit-${row.limit}`}>
          {row.limit === 'up' ? t('limit up') : t('limit down')}
        </span>
      )}
      {content}
    </>
  )
}

/**
 * The movers table ("Sector movers"): name, code, last close, change over the period, market cap
 * (trading currency and CNY) and the session's turnover. Headers are sort buttons with aria-sort;
 * rows without a value sort last.
 */
export function MoversTable({
  rows,
  period,
  selected,
  onSelect,
  t,
  language,
}: {
  rows: readonly MoverRow[]
  period: MoverPeriod
  selected: Ticker | null
  onSelect: (ticker: Ticker) => void
  t: Translate
  language: Language
}) {
  const [sort, setSort] = useState<{ key: MoverSortKey; direction: SortDirection }>({
    key: 'change',
    direction: 'descending',
  })
  const sorted = useMemo(
    () => sortMovers(rows, sort.key, sort.direction),
    [rows, sort.key, sort.direction],
  )

  const header = (key: MoverSortKey, label: ReactNode, className?: string, hint?: string) => {
    const active = sort.key === key
    const next: SortDirection = active
      ? sort.direction === 'descending'
        ? 'ascending'
        : 'descending'
      : textKeys.includes(key)
        ? 'ascending'
        : 'descending'
    return (
      <th scope="col" className={className} aria-sort={active ? sort.direction : 'none'}>
        <button
          type="button"
          className="sort-button"
          title={hint}
          onClick={() => setSort({ key, direction: next })}
        >
          {label}
          <span className="sort-arrow" aria-hidden="true">
            {active ? (sort.direction === 'descending' ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    )
  }

  return (
    <div className="table-scroll movers-table-scroll">
      <table className="data-table movers-table" aria-label={t('Sector movers')}>
        <thead>
          <tr>
            {header('name', t('Name'))}
            {header('code', t('Code'), 'col-code')}
            {header('last', t('Last'), 'num col-last')}
            {header('change', t('Chg {period}', { period }), 'num')}
            {header(
              'marketCap',
              t('Mkt cap'),
              'num',
              t('Market cap at the last close: trading currency, and CNY (sorted by CNY)'),
            )}
            {header(
              'turnover',
              t('Turnover'),
              'num col-turnover',
              t('Turnover of the session, trading currency'),
            )}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const { listing } = row
            const isSelected = selected === listing.ticker
            const stale = row.session !== null && row.session !== row.anchor
            return (
              <tr
                key={listing.ticker}
                className={isSelected ? 'selected' : undefined}
                aria-selected={isSelected}
              >
                <th scope="row">
                  <ListingRowButton listing={listing} pressed={isSelected} onSelect={onSelect} />
                </th>
                <td className="code col-code">{listing.ticker}</td>
                <td className="num col-last">
                  {formatPrice(row.close)}
                  {row.close !== null && <span className="currency">{listing.currency}</span>}
                  {stale && row.session && (
                    <span className="cell-note" title={t('Date of the last close')}>
                      {formatLongDate(row.session, language)}
                    </span>
                  )}
                </td>
                <td className="num">
                  <ChangeCell row={row} t={t} language={language} />
                </td>
                <td className="num">
                  {formatCompact(row.marketCap, listing.currency, language)}
                  {listing.currency !== 'CNY' && row.marketCapCny !== null && (
                    <span className="cell-note">
                      {formatCompact(row.marketCapCny, 'CNY', language)}
                    </span>
                  )}
                </td>
                <td className="num col-turnover">
                  {formatCompact(row.turnover, listing.currency, language)}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
