import type { MarketDay } from '@/domain/day-detail'
import type { IsoDate, Market } from '@/domain/types'
import { formatLongDate } from '@/format'
import type { Translate } from '@/i18n'
import type { Language } from '@/state/dashboard-store'
import { closureText, exchangeLabels } from '@/components/movers/movers-labels'

/** Notes on markets closed on `date`, outside their calendar, or not yet reached by the data. */
export function ClosureNotes({
  markets,
  date,
  latest,
  t,
  language,
}: {
  markets: Record<Market, MarketDay>
  date: IsoDate
  latest: IsoDate | null
  t: Translate
  language: Language
}) {
  const notes: string[] = []
  for (const market of ['HK', 'A'] as const) {
    const day = markets[market]
    if (day.open === false) {
      notes.push(
        day.nextSession
          ? t(
              '{exchange} closed on {date}: {reason}. News published that day belongs to its next session, {next}.',
              {
                exchange: t(exchangeLabels[market]),
                date: formatLongDate(date, language),
                reason: closureText(day.reason, t),
                next: formatLongDate(day.nextSession, language),
              },
            )
          : t('{exchange} closed on {date}: {reason}.', {
              exchange: t(exchangeLabels[market]),
              date: formatLongDate(date, language),
              reason: closureText(day.reason, t),
            }),
      )
    } else if (day.open === null) {
      notes.push(
        t('{exchange}: {date} is outside the trading calendar.', {
          exchange: t(exchangeLabels[market]),
          date,
        }),
      )
    }
  }
  if (latest !== null && date > latest && (markets.HK.open !== false || markets.A.open !== false))
    notes.push(
      t('No data for {date} yet: the latest session is {latest}.', {
        date: formatLongDate(date, language),
        latest: formatLongDate(latest, language),
      }),
    )
  if (notes.length === 0) return null
  return (
    <div className="day-closures" role="status">
      {notes.map((note) => (
        <p key={note} className="panel-warning">
          {note}
        </p>
      ))}
    </div>
  )
}
