import type { ExportContext } from '@/domain/valuation-csv'
import type { Translate } from '@/i18n'

/** What every export of the view says about itself (the title is set by each export). */
export function exportContextOf(
  method: string,
  windowStart: string,
  dataSource: 'sample' | 'live',
  t: Translate,
): ExportContext {
  return {
    title: '',
    method,
    windowStart,
    source:
      dataSource === 'sample'
        ? t('Sample data (synthetic), not real market data')
        : t('Live data through the /upstream proxy'),
    exportedAt: new Date().toISOString(),
  }
}

/** The PNG footer: "Biopulse · data · metric and method · series method · window · exported …". */
export function pngFooter(context: ExportContext, method: string, t: Translate): string {
  return [
    'Biopulse',
    context.source,
    context.method,
    method,
    t('window {since} → latest', { since: context.windowStart }),
    t('exported {date}', { date: context.exportedAt.slice(0, 10) }),
  ]
    .filter(Boolean)
    .join(' · ')
}
