import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import { pairOf, spotPremium, type SpotPremium } from '@/domain/premium'
import type { FxHistory, Quote, Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'
import { formatPe, formatPrice, formatSignedPercent, missing } from '@/format'
import { useT, type Translate } from '@/i18n'
import { marketQueries } from '@/queries/market-queries'
import { sourcedStamp, useRecentFx } from '@/queries/use-market-data'
import { useDashboardActions, useSelection, useWatchlist } from '@/state/dashboard-store'
import { ChangeText } from '@/components/change-cell'
import { Panel, PanelError } from '@/components/panel'
import { TickerCombobox } from '@/components/ticker-combobox'
import { ProvenanceNote } from '@/components/provenance-note'
import { StaleNotice } from '@/components/stale-notice'

/** The watchlist plus the other side of every A+H pair in it (the premium needs both quotes). */
function quotedTickers(watchlist: readonly Ticker[]): Ticker[] {
  const tickers = [...watchlist]
  for (const ticker of watchlist) {
    const pair = pairOf(ticker)
    const other = pair && (pair.h === ticker ? pair.a : pair.h)
    if (other && !tickers.includes(other)) tickers.push(other)
  }
  return tickers
}

/** The spot A/H premium of a pair listing, from both sides' latest quotes and the latest rate. */
function premiumOf(
  ticker: Ticker,
  quotes: ReadonlyMap<Ticker, Quote>,
  fx: FxHistory | undefined,
): { premium: SpotPremium; a: Quote; h: Quote } | null {
  const pair = pairOf(ticker)
  const a = pair && quotes.get(pair.a)
  const h = pair && quotes.get(pair.h)
  if (!a || !h || !fx) return null
  const premium = spotPremium(a, h, fx)
  return premium && { premium, a, h }
}

/** Where focus goes after a move: the same button, or its twin when that one became disabled. */
interface PendingFocus {
  ticker: Ticker
  direction: 'up' | 'down'
}

/**
 * The watchlist: name, code, last close, daily change, PE-TTM ("n/m" for loss-makers) and the A/H
 * premium of dual listings; rows can be reordered (Move up / Move down) and removed, and listings
 * added through a search-as-you-type combobox.
 */
export function WatchlistPanel() {
  const watchlist = useWatchlist()
  const selection = useSelection()
  const actions = useDashboardActions()
  const tickers = useMemo(() => quotedTickers(watchlist), [watchlist])
  const quotes = useQuery(marketQueries.quotes(tickers))
  const fx = useRecentFx()
  const t = useT()
  const batch = quotes.data?.data
  const byTicker = new Map<Ticker, Quote>(batch?.quotes.map((quote) => [quote.ticker, quote]))
  const missingQuotes = batch?.missing.filter((ticker) => watchlist.includes(ticker)) ?? []
  const tableRef = useRef<HTMLTableElement>(null)
  const [pendingFocus, setPendingFocus] = useState<PendingFocus | null>(null)

  useEffect(() => {
    if (!pendingFocus || !tableRef.current) return
    const { ticker, direction } = pendingFocus
    const other = direction === 'up' ? 'down' : 'up'
    const button = (dir: string) =>
      tableRef.current?.querySelector<HTMLButtonElement>(
        `button[data-ticker="${ticker}"][data-move="${dir}"]`,
      )
    const target = button(direction)
    ;(target && !target.disabled ? target : button(other))?.focus()
    setPendingFocus(null)
  }, [pendingFocus, watchlist])

  function move(ticker: Ticker, direction: 'up' | 'down') {
    actions.tickerMoved(ticker, direction)
    setPendingFocus({ ticker, direction })
  }

  return (
    <Panel
      title={t('Watchlist')}
      className="watchlist-panel"
      footer={
        <>
          <TickerCombobox
            label={t('Add ticker')}
            placeholder={t('Code or name, e.g. 2696, 荣昌, RemeGen')}
            submitLabel={t('Add')}
            t={t}
            noteOf={(ticker) => (watchlist.includes(ticker) ? t('in watchlist') : null)}
            onPick={(ticker) => {
              if (watchlist.includes(ticker))
                return t('{ticker} is already in the watchlist.', { ticker })
              actions.tickerAdded(ticker)
              return null
            }}
          />
          <ProvenanceNote
            entries={[
              {
                label: t('Quotes'),
                provenance: quotes.data?.provenance,
                failed: !!quotes.error && !quotes.data,
              },
              { label: t('FX'), provenance: fx.data?.provenance, failed: !!fx.error && !fx.data },
            ]}
          />
          <p className="panel-note">
            {quotes.data?.provenance.sources.some((source) => source !== 'Tencent quotes') &&
              `${t('PE-TTM is not available from the Eastmoney fallback (it publishes a dynamic PE only).')} `}
            {t('PE-TTM as published; n/m = not meaningful (loss-making).')}{' '}
            {t(
              'A/H prem. = A price ÷ (H price × CNY per HKD) − 1 at the latest quotes and central parity.',
            )}
          </p>
        </>
      }
    >
      {quotes.error && !quotes.data && (
        <PanelError
          message={t('Quotes could not be loaded: {reason}', { reason: quotes.error.message })}
          onRetry={() => void quotes.refetch()}
          retryLabel={t('Retry')}
        />
      )}
      <StaleNotice
        stamps={[sourcedStamp(quotes), sourcedStamp(fx)]}
        onRetry={() => {
          for (const query of [quotes, fx]) if (query.isError) void query.refetch()
        }}
      />
      {fx.error && !fx.data && watchlist.some((ticker) => findListing(ticker)?.pair) && (
        <p className="panel-warning" role="status">
          {t('No A/H premium: the HKD rate could not be loaded ({reason}).', {
            reason: fx.error.message,
          })}{' '}
          <button type="button" className="link-button" onClick={() => void fx.refetch()}>
            {t('Retry')}
          </button>
        </p>
      )}
      {missingQuotes.length > 0 && (
        <p className="panel-warning" role="status">
          {t('No quote for {tickers}.', { tickers: missingQuotes.join(', ') })}
        </p>
      )}
      <div className="table-scroll">
        <table
          ref={tableRef}
          className="data-table watchlist-table"
          aria-label={t('Watchlist')}
          aria-busy={quotes.isPending}
        >
          <thead>
            <tr>
              <th scope="col">{t('Name')}</th>
              <th scope="col" className="col-code">
                {t('Code')}
              </th>
              <th scope="col" className="num">
                {t('Last')}
              </th>
              <th scope="col" className="num">
                {t('Chg')}
              </th>
              <th scope="col" className="num">
                <abbr
                  title={t('Price ÷ trailing-twelve-month net profit attributable to shareholders')}
                >
                  PE-TTM
                </abbr>
              </th>
              <th scope="col" className="num col-premium">
                <abbr title={t('A/H premium: A price ÷ (H price × CNY per HKD) − 1')}>
                  {t('A/H prem.')}
                </abbr>
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('Order and remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {watchlist.map((ticker, index) => {
              const listing = findListing(ticker)
              const quote = byTicker.get(ticker)
              const selected = selection.kind === 'ticker' && selection.ticker === ticker
              const name = listing?.nameEn ?? ticker
              const premium = listing?.pair ? premiumOf(ticker, byTicker, fx.data?.data) : null
              const cell = (content: React.ReactNode) =>
                quotes.isPending ? <span className="cell-skeleton" /> : content
              return (
                <tr
                  key={ticker}
                  aria-selected={selected}
                  className={selected ? 'selected' : undefined}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="row-select"
                      aria-pressed={selected}
                      aria-label={`${listing?.nameZh ?? ''} ${name}`.trim()}
                      onClick={() => actions.tickerSelected(ticker)}
                    >
                      <span className="name-zh" lang="zh-Hans">
                        {listing?.nameZh}
                      </span>
                      <span className="name-en">
                        <span className="name-en-text" title={name}>
                          {name}
                        </span>
                        <span className="code-inline">
                          {'\u00a0'}· {ticker}
                        </span>
                      </span>
                    </button>
                  </th>
                  <td className="code col-code">{ticker}</td>
                  <td className="num">
                    {cell(
                      <>
                        {formatPrice(quote?.last)}
                        <span className="currency">{listing?.currency}</span>
                      </>,
                    )}
                  </td>
                  <td className="num">{cell(<ChangeText value={quote?.change} />)}</td>
                  <td className="num">{cell(formatPe(quote?.peTtm))}</td>
                  <td className="num premium-cell">
                    {listing?.pair ? cell(<PremiumText premium={premium} t={t} />) : missing}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="icon-button"
                      data-ticker={ticker}
                      data-move="up"
                      disabled={index === 0}
                      aria-label={t('Move {name} ({ticker}) up', { name, ticker })}
                      title={t('Move up')}
                      onClick={() => move(ticker, 'up')}
                    >
                      <span aria-hidden="true">▲</span>
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      data-ticker={ticker}
                      data-move="down"
                      disabled={index === watchlist.length - 1}
                      aria-label={t('Move {name} ({ticker}) down', { name, ticker })}
                      title={t('Move down')}
                      onClick={() => move(ticker, 'down')}
                    >
                      <span aria-hidden="true">▼</span>
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('Remove {name} ({ticker}) from the watchlist', {
                        name,
                        ticker,
                      })}
                      title={t('Remove')}
                      onClick={() => actions.tickerRemoved(ticker)}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </Panel>
  )
}

/** The premium, with the prices and rate behind it in the tooltip. */
function PremiumText({ premium, t }: { premium: ReturnType<typeof premiumOf>; t: Translate }) {
  if (!premium) {
    return <span title={t('No premium: a quote or the HKD rate is missing.')}>{missing}</span>
  }
  const { a, h } = premium
  const title = t('A {a} CNY {aPrice} ÷ (H {h} HKD {hPrice} × {rate} CNY/HKD, {rateDate}) − 1', {
    a: a.ticker,
    aPrice: formatPrice(a.last),
    h: h.ticker,
    hPrice: formatPrice(h.last),
    rate: premium.premium.cnyPerHkd.toFixed(4),
    rateDate: premium.premium.rateDate,
  })
  return (
    <span className="premium-value" title={title}>
      {formatSignedPercent(premium.premium.premium)}
    </span>
  )
}
