import type { BasketChange, Breadth, MoverPeriod } from '@/domain/movers'
import type { IsoDate } from '@/domain/types'
import { formatLongDate } from '@/format'
import type { Translate } from '@/i18n'
import type { Language } from '@/state/dashboard-store'
import { ChangeText } from '@/components/change-cell'

/** The shown listings' basket change, the breadth over the period and the A-share limit closes. */
export function BreadthLine({
  counts,
  basket,
  period,
  limitDate,
  t,
  language,
}: {
  counts: Breadth
  basket: BasketChange | null
  period: MoverPeriod
  /** The A-share session of the limit counts; null when A-shares are not shown. */
  limitDate: IsoDate | null
  t: Translate
  language: Language
}) {
  const parts = [
    t('Breadth over {period}: {advancers} up, {decliners} down, {unchanged} unchanged', {
      period,
      advancers: counts.advancers,
      decliners: counts.decliners,
      unchanged: counts.unchanged,
    }),
  ]
  if (counts.suspended > 0) parts.push(t('{count} suspended', { count: counts.suspended }))
  if (counts.unavailable > 0)
    parts.push(t('{count} without a change', { count: counts.unavailable }))
  return (
    <p className="breadth">
      {basket && (
        <span className="breadth-basket">
          {t('Shown listings over {period}:', { period })} <ChangeText value={basket.capWeighted} />{' '}
          {t('cap-weighted')}, <ChangeText value={basket.equalWeighted} /> {t('equal-weighted')}
          .{' '}
        </span>
      )}
      <span>{parts.join(' · ')}.</span>
      {limitDate && (
        <span>
          {' '}
          {t('A-share limit closes on {date}: {up} limit-up, {down} limit-down.', {
            date: formatLongDate(limitDate, language),
            up: counts.limitUp,
            down: counts.limitDown,
          })}
        </span>
      )}
    </p>
  )
}
