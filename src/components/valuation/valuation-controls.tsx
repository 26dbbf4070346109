import { useId, useState } from 'react'
import { seriesColour } from '@/charts/valuation-colours'
import { isIsoDate } from '@/domain/dates'
import { findReferenceIndex } from '@/domain/index-valuation'
import { useT, type Translate } from '@/i18n'
import { basketLabels } from '@/components/labels'
import { Panel } from '@/components/panel'
import { TickerCombobox } from '@/components/ticker-combobox'
import { CsvImport, ImportedSeriesList } from '@/components/valuation/csv-import'
import {
  exclusionNote,
  listingName,
  methodExplanation,
  methodLabels,
  metricLabels,
} from '@/components/valuation/valuation-labels'
import { useImportedSeries } from '@/state/imports-store'
import {
  defaultValuationSettings,
  indexCodes,
  seriesOf,
  useValuationActions,
  useValuationMethod,
  useValuationMetric,
  useValuationSeries,
  useWindowStart,
  valuationMethods,
  valuationMetrics,
  type SeriesId,
} from '@/state/valuation-store'

const metricHints = {
  pe: 'Price ÷ TTM net profit. Not meaningful (n/m) for a loss-maker: use PS-TTM for those.',
  pb: 'Price ÷ book value per share.',
  ps: 'Price ÷ TTM revenue: meaningful for loss-making biotechs too.',
} as const

/** One checkbox per series, with the colour it has on the chart while shown. */
function SeriesCheckbox({ id, label, shown }: { id: SeriesId; label: string; shown: SeriesId[] }) {
  const actions = useValuationActions()
  const position = shown.indexOf(id)
  return (
    <label className="series-option">
      <input type="checkbox" checked={position >= 0} onChange={() => actions.seriesToggled(id)} />
      <span
        className="legend-dot"
        style={{ background: position >= 0 ? seriesColour(position) : 'transparent' }}
        aria-hidden="true"
      />
      {label}
    </label>
  )
}

/** The window start as a date field; a draft while typing, committed when it is a real date. */
function WindowStartField({ t }: { t: Translate }) {
  const windowStart = useWindowStart()
  const actions = useValuationActions()
  const inputId = useId()
  const [draft, setDraft] = useState(windowStart)
  const [shownStart, setShownStart] = useState(windowStart)
  if (shownStart !== windowStart) {
    // The start moved elsewhere (dragged on the chart, read from the address): follow it.
    setShownStart(windowStart)
    setDraft(windowStart)
  }
  return (
    <div className="window-field">
      <label htmlFor={inputId}>{t('Window start')}</label>
      <input
        id={inputId}
        type="date"
        value={draft}
        min="1990-01-01"
        onChange={(event) => {
          const value = event.target.value
          setDraft(value)
          // Browsers report partial years (0002-…) while typing; wait for a plausible date.
          if (isIsoDate(value) && value >= '1990-01-01') actions.windowStartChosen(value)
        }}
      />
      {windowStart !== defaultValuationSettings.windowStart && (
        <button
          type="button"
          className="link-button"
          onClick={() => actions.windowStartChosen(defaultValuationSettings.windowStart)}
        >
          {t('Since {date}', { date: defaultValuationSettings.windowStart })}
        </button>
      )}
      <p className="control-hint">
        {t(
          'Or drag the marker on the chart (arrow keys: ± 1 week, Page Up/Down: ± 1 year). The window ends at each series’ latest observation.',
        )}
      </p>
    </div>
  )
}

/** Metric, method, window start and the series shown: everything the view is computed from. */
export function ValuationControls() {
  const t = useT()
  const metric = useValuationMetric()
  const method = useValuationMethod()
  const shown = useValuationSeries()
  const actions = useValuationActions()
  const imported = useImportedSeries()
  const missingImports = shown.filter((id) => {
    const series = seriesOf(id)
    return series.kind === 'imported' && !imported.some((entry) => entry.id === series.importId)
  })
  const companies = shown.flatMap((id) => {
    const series = seriesOf(id)
    return series.kind === 'company' ? [series.ticker] : []
  })

  return (
    <Panel title={t('Series and window')} className="valuation-controls">
      <div className="control-block">
        <h3 className="control-title">{t('Metric')}</h3>
        <div className="segmented" role="group" aria-label={t('Metric')}>
          {valuationMetrics.map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={option === metric}
              onClick={() => actions.metricChosen(option)}
            >
              {metricLabels[option]}
            </button>
          ))}
        </div>
        <p className="control-hint">{t(metricHints[metric])}</p>
      </div>

      <div className="control-block">
        <h3 className="control-title">{t('Sector method')}</h3>
        <div className="segmented" role="group" aria-label={t('Sector method')}>
          {valuationMethods.map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={option === method}
              onClick={() => actions.methodChosen(option)}
            >
              {t(methodLabels[option])}
            </button>
          ))}
        </div>
        <ul className="method-notes">
          {valuationMethods.map((option) => (
            <li key={option} className={option === method ? 'current' : undefined}>
              <strong>{t(methodLabels[option])}</strong>: {methodExplanation(option, metric, t)}
            </li>
          ))}
        </ul>
        <p className="control-hint">{exclusionNote(metric, t)}</p>
      </div>

      <div className="control-block">
        <WindowStartField t={t} />
      </div>

      <fieldset className="control-block">
        <legend className="control-title">{t('Sector baskets (Biopulse)')}</legend>
        {(['HK', 'A', 'ALL'] as const).map((basket) => (
          <SeriesCheckbox key={basket} id={basket} label={t(basketLabels[basket])} shown={shown} />
        ))}
      </fieldset>

      <fieldset className="control-block">
        <legend className="control-title">{t('Companies')}</legend>
        {companies.map((ticker) => (
          <SeriesCheckbox key={ticker} id={ticker} label={listingName(ticker)} shown={shown} />
        ))}
        <TickerCombobox
          className="valuation-company-picker"
          label={t('Add a company')}
          placeholder={t('e.g. 02696 or Henlius')}
          submitLabel={t('Add')}
          t={t}
          onPick={(ticker) => {
            if (shown.includes(ticker)) return t('{ticker} is already shown.', { ticker })
            actions.seriesToggled(ticker)
            return null
          }}
          noteOf={(ticker) => (shown.includes(ticker) ? t('shown') : null)}
        />
        <p className="control-hint">
          {t(
            'A-share history: Eastmoney datacenter. HK history: Baidu 股市通, the only free per-company source known (unverified in live mode); HK PS-TTM is computed from Eastmoney HK results.',
          )}
        </p>
      </fieldset>

      <fieldset className="control-block">
        <legend className="control-title">{t('Official index (not ours)')}</legend>
        {indexCodes.map((code) => (
          <SeriesCheckbox
            key={code}
            id={`csi:${code}`}
            label={t('{name} ({code})', {
              code,
              name: t(findReferenceIndex(code)?.nameEn ?? 'CSI index'),
            })}
            shown={shown}
          />
        ))}
        <p className="control-hint">
          {t(
            'PE-TTM as China Securities Index publishes it (its constituents, its method); drawn dashed and never mixed into the sector series.',
          )}
        </p>
      </fieldset>

      <fieldset className="control-block">
        <legend className="control-title">{t('Imported series')}</legend>
        {imported.map((entry) => (
          <SeriesCheckbox
            key={entry.id}
            id={`imp:${entry.id}`}
            label={t('Show {name} ({file})', { name: entry.name, file: entry.fileName })}
            shown={shown}
          />
        ))}
        {missingImports.map((id) => (
          <SeriesCheckbox
            key={id}
            id={id}
            label={t('{id} (not in this browser)', { id })}
            shown={shown}
          />
        ))}
        <CsvImport
          onImported={(importIds) => {
            for (const importId of importIds)
              if (!shown.includes(`imp:${importId}`)) actions.seriesToggled(`imp:${importId}`)
          }}
        />
        <ImportedSeriesList />
      </fieldset>
    </Panel>
  )
}
