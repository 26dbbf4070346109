import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { parseTicker } from '@/domain/tickers'
import type { Quote, Ticker } from '@/domain/types'
import { findListing } from '@/domain/universe'
import { formatPe, formatPrice } from '@/format'
import { useT, type Translate } from '@/i18n'
import { marketQueries } from '@/queries/market-queries'
import { useDashboardActions, useSelection, useWatchlist } from '@/state/dashboard-store'
import { ChangeText } from '@/components/change-cell'
import { Panel, PanelError } from '@/components/panel'

/** The watchlist: name, code, last close, daily change and PE-TTM ("n/m" for loss-makers). */
export function WatchlistPanel() {
  const watchlist = useWatchlist()
  const selection = useSelection()
  const actions = useDashboardActions()
  const quotes = useQuery(marketQueries.quotes(watchlist))
  const t = useT()
  const byTicker = new Map<Ticker, Quote>(quotes.data?.quotes.map((quote) => [quote.ticker, quote]))
  const asOf = quotes.data?.quotes.reduce<string | null>(
    (latest, q) => (latest === null || q.asOf > latest ? q.asOf : latest),
    null,
  )

  return (
    <Panel
      title={t('Watchlist')}
      className="watchlist-panel"
      footer={
        <>
          <AddTickerForm onAdd={actions.tickerAdded} existing={watchlist} t={t} />
          <p className="panel-note">
            {asOf
              ? t('Quotes: Tencent · as of {time} (UTC+8).', {
                  time: asOf.slice(0, 16).replace('T', ' '),
                })
              : t('Quotes: Tencent.')}{' '}
            {t('PE-TTM as published; n/m = not meaningful (loss-making).')}
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
      {quotes.data && quotes.data.missing.length > 0 && (
        <p className="panel-warning" role="status">
          {t('No quote for {tickers}.', { tickers: quotes.data.missing.join(', ') })}
        </p>
      )}
      <div className="table-scroll">
        <table
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
              <th scope="col">
                <span className="visually-hidden">{t('Remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {watchlist.map((ticker) => {
              const listing = findListing(ticker)
              const quote = byTicker.get(ticker)
              const selected = selection.kind === 'ticker' && selection.ticker === ticker
              const name = listing?.nameEn ?? ticker
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
                        {name}
                        <span className="code-inline"> · {ticker}</span>
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
                  <td>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('Remove {name} from the watchlist', { name })}
                      onClick={() => actions.tickerRemoved(ticker)}
                    >
                      ×
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

function AddTickerForm({
  onAdd,
  existing,
  t,
}: {
  onAdd: (ticker: Ticker) => void
  existing: readonly Ticker[]
  t: Translate
}) {
  const [text, setText] = useState('')
  const [message, setMessage] = useState<string | null>(null)

  function submit(event: FormEvent) {
    event.preventDefault()
    const parsed = parseTicker(text)
    if (!parsed.ok) return setMessage(parsed.error)
    if (!findListing(parsed.ticker)) {
      return setMessage(
        t('{ticker} is not in the biomedical universe Biopulse covers.', { ticker: parsed.ticker }),
      )
    }
    if (existing.includes(parsed.ticker)) {
      return setMessage(t('{ticker} is already in the watchlist.', { ticker: parsed.ticker }))
    }
    onAdd(parsed.ticker)
    setText('')
    setMessage(null)
  }

  return (
    <form className="add-ticker" onSubmit={submit}>
      <label htmlFor="add-ticker-input">{t('Add ticker')}</label>
      <input
        id="add-ticker-input"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t('e.g. 2696.HK or sh600276')}
        autoComplete="off"
        aria-describedby={message ? 'add-ticker-message' : undefined}
      />
      <button type="submit" className="button">
        {t('Add')}
      </button>
      {message && (
        <p id="add-ticker-message" className="form-message" role="alert">
          {message}
        </p>
      )}
    </form>
  )
}
