import {
  exchangeClock,
  marketStatus,
  type MarketPhase,
  type MarketStatus,
} from '@/domain/market-hours'
import { formatLongDate, type DisplayLanguage } from '@/format'
import { useT, type Translate } from '@/i18n'
import { useLanguage } from '@/state/dashboard-store'
import {
  marketLongLabels,
  marketShortLabels,
  phaseLabels,
  phaseSentences,
} from '@/components/market-labels'
import { useNow } from '@/components/use-now'
import '@/components/trader.css'

/** How the dot reads: trading, in between (auction, break), or shut. */
function tone(phase: MarketPhase): 'open' | 'paused' | 'shut' {
  if (phase === 'morning' || phase === 'afternoon') return 'open'
  if (phase === 'closed' || phase === 'holiday') return 'shut'
  return 'paused'
}

function statusTexts(status: MarketStatus, t: Translate, language: DisplayLanguage) {
  const market = t(marketShortLabels[status.market])
  let phase = t(phaseLabels[status.phase])
  let sentence = t(phaseSentences[status.phase])
  if (status.reason === 'weather') {
    phase = t('Closed (severe weather)')
    sentence = t('closed for severe weather')
  } else if (status.reason === 'weekend') {
    sentence = t('closed for the weekend')
  }
  if (status.halfDay) {
    phase = t('{phase} · half day', { phase })
    sentence = t('{phase}, half day (no afternoon session)', { phase: sentence })
  }
  const until = status.until
  const when =
    until === null
      ? status.calendarKnown
        ? ''
        : t('Holidays after the calendar’s last year are not known.')
      : until.date === status.date
        ? t('Until {time} (UTC+8).', { time: until.time })
        : t('Next session {date}, {time} (UTC+8).', {
            date: formatLongDate(until.date, language),
            time: until.time,
          })
  return {
    text: `${market} · ${phase}`,
    label: t('{market}: {status}', {
      market: t(marketLongLabels[status.market]),
      status: sentence,
    }),
    title: when,
  }
}

/** One market's badge: "HK · Lunch break" with a coloured dot; its name states the status. */
export function MarketStatusBadge({ status }: { status: MarketStatus }) {
  const t = useT()
  const language = useLanguage()
  const { text, label, title } = statusTexts(status, t, language)
  return (
    <span
      role="status"
      aria-label={label}
      title={title || undefined}
      className={`market-badge market-badge-${tone(status.phase)}`}
      data-phase={status.phase}
    >
      <span className="market-dot" aria-hidden="true" />
      {text}
    </span>
  )
}

/**
 * The exchange clock (UTC+8) and a status badge per market, from the same calendars as the data,
 * refreshed every 30 seconds.
 */
export function MarketStatusBadges() {
  const now = useNow(30_000)
  const t = useT()
  const { time } = exchangeClock(now)
  return (
    <div className="market-status" aria-label={t('Market status')} role="group">
      <time className="exchange-clock" dateTime={now} title={t('Exchange time (UTC+8)')}>
        {time} <span className="exchange-zone">UTC+8</span>
      </time>
      <MarketStatusBadge status={marketStatus('HK', now)} />
      <MarketStatusBadge status={marketStatus('A', now)} />
    </div>
  )
}
