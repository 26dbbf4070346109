import { compareColours, formatLevel } from '@/charts/compare-theme'
import type { CompareSeriesId } from '@/domain/compare'
import { formatLongDate } from '@/format'
import type { Translate } from '@/i18n'
import type { CompareLevels } from '@/queries/use-compare-data'
import type { Language } from '@/state/dashboard-store'
import { ChangeText } from '@/components/change-cell'
import { seriesNames } from '@/components/compare/compare-labels'
import type { CompareChartData } from '@/components/compare/compare-summary'

/**
 * The legend is the series list: each row names a series with its colour, says where it starts
 * and ends in the range and how much it changed, and removes it.
 */
export function CompareLegend({
  ids,
  names,
  series,
  chart,
  mode,
  onRemove,
  t,
  language,
}: {
  ids: readonly CompareSeriesId[]
  names: readonly ReturnType<typeof seriesNames>[]
  series: readonly CompareLevels[]
  chart: CompareChartData | null
  mode: 'rebased' | 'percent'
  onRemove: (id: CompareSeriesId) => void
  t: Translate
  language: Language
}) {
  return (
    <div className="table-scroll">
      <table className="data-table compare-legend" aria-label={t('Compared series')}>
        <thead>
          <tr>
            <th scope="col">{t('Series')}</th>
            <th scope="col" className="col-base">
              {t('Base session')}
            </th>
            <th scope="col" className="num col-start">
              {t('Start')}
            </th>
            <th scope="col" className="num">
              {t('Last')}
            </th>
            <th scope="col" className="num">
              {t('Change')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('Remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id, k) => {
            const name = names[k] ?? seriesNames(id, t, language)
            const part = chart?.summaries[k] ?? null
            const entry = series[k]
            return (
              <tr key={id}>
                <th scope="row">
                  <span className="legend-name">
                    <span
                      className="compare-swatch"
                      aria-hidden="true"
                      style={{ background: compareColours[k % compareColours.length] }}
                    />
                    <span>
                      {name.nameZh && (
                        <span className="name-zh" lang="zh-Hans">
                          {name.nameZh}{' '}
                        </span>
                      )}
                      <span className="name-en">{name.detail}</span>
                    </span>
                  </span>
                </th>
                <td className="code col-base">
                  {part
                    ? formatLongDate(part.from, language)
                    : entry?.isPending
                      ? t('Loading…')
                      : t('no sessions in range')}
                </td>
                <td className="num col-start">{part ? formatLevel(part.first, mode) : '—'}</td>
                <td className="num">{part ? formatLevel(part.last, mode) : '—'}</td>
                <td className="num">
                  <ChangeText value={part?.change} />
                </td>
                <td>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('Remove {name} from the comparison', { name: name.label })}
                    onClick={() => onRemove(id)}
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
  )
}
