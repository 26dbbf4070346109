import { useMemo } from 'react'
import { PremiumChart, type PremiumChartRow } from '@/charts/premium-chart'
import { alignOnUnion, dateExtent } from '@/domain/compare'
import { ahPairs, type AhPair } from '@/domain/premium'
import { presetRange } from '@/domain/ranges'
import { valuationStats, type ValuationStats } from '@/domain/stats'
import type { IsoDate } from '@/domain/types'
import {
  formatLongDate,
  formatPercentile,
  formatSignedPercent,
  type DisplayLanguage,
} from '@/format'
import { useT, type Translate } from '@/i18n'
import { useAhPremium } from '@/queries/use-compare-data'
import { useSectorPe } from '@/queries/use-market-data'
import {
  useCompareActions,
  useComparePair,
  useComparePeBasket,
  useCompareRange,
} from '@/state/compare-store'
import { useLanguage, useSinceDate } from '@/state/dashboard-store'
import { basketLabels } from '@/components/labels'
import { issuerName, pairLabel } from '@/components/compare/compare-labels'
import { Panel, PanelError, Skeleton } from '@/components/panel'
import { ProvenanceNote } from '@/components/provenance-note'
import { StaleNotice } from '@/components/stale-notice'
import { SegmentedGroup } from '@/components/segmented-group'
import { StatsStrip } from '@/components/stats-strip'
import { useSectorPeBand } from '@/components/compare/use-sector-pe-band'

const fallbackPair: AhPair = ahPairs[0] ?? { issuerId: 'beigene', h: '06160.HK', a: '688235.SH' }
const pairTickers = ahPairs.map((pair) => pair.h)

/**
 * The A/H premium history of a chosen pair over the Compare range, with its mean and ±1σ band and
 * its percentile since the statistics start date (negative premiums included), above the sector
 * PE on the same session axis.
 */
export function PremiumPanel() {
  const chosen = useComparePair()
  const preset = useCompareRange()
  const peBasket = useComparePeBasket()
  const since = useSinceDate()
  const language = useLanguage()
  const actions = useCompareActions()
  const t = useT()
  const pair = ahPairs.find((candidate) => candidate.h === chosen) ?? fallbackPair
  const premium = useAhPremium(pair)
  const pe = useSectorPe(peBasket)
  const peLabel = `${t(basketLabels[peBasket])} PE-TTM`
  const premiumLabel = t('{name} A/H premium', { name: issuerName(pair, language) })

  const stats = useMemo(
    () =>
      premium.data
        ? valuationStats(
            premium.data.map((point) => ({ date: point.date, value: point.premium })),
            { from: since },
            { allowNonPositive: true },
          )
        : null,
    [premium.data, since],
  )
  const { levels: peLevels, band: peBand } = useSectorPeBand(pe.data, since)
  const chart = useMemo(() => {
    const extent = premium.data ? dateExtent(premium.data) : null
    if (!premium.data || !extent) return null
    const range = presetRange(preset, extent.to, extent.from)
    const byDate = new Map(premium.data.map((point) => [point.date, point]))
    const premiumLevels = premium.data.map((point) => ({ date: point.date, value: point.premium }))
    const rows: PremiumChartRow[] = alignOnUnion([premiumLevels, peLevels])
      .filter((row) => row.date >= range.from && row.date <= range.to)
      .map((row) => {
        const point = byDate.get(row.date)
        return {
          date: row.date,
          premium: row.values[0] ?? null,
          aClose: point?.aClose ?? null,
          hClose: point?.hClose ?? null,
          cnyPerHkd: point?.cnyPerHkd ?? null,
          pe: row.values[1] ?? null,
        }
      })
    return { range, rows }
  }, [premium.data, peLevels, preset])

  const latest = premium.data?.at(-1)
  // Stable props: the chart is memoised, and redraws only when what it shows changes.
  const band = useMemo(() => (stats ? { mean: stats.mean, stdDev: stats.stdDev } : null), [stats])
  const paneLabels = useMemo(
    () => ({
      main: t('{label} · mean ± 1σ since {since}', { label: premiumLabel, since }),
      pe: t('{label} · mean ± 1σ since {since}', { label: peLabel, since }),
    }),
    [t, premiumLabel, peLabel, since],
  )
  const tooltipLabels = useMemo(
    () => ({
      noValue: t('no session'),
      onlyOneSide: t('one side did not trade'),
      rate: t('CNY/HKD'),
    }),
    [t],
  )

  return (
    <Panel
      title={t('A/H premium')}
      className="premium-panel"
      actions={
        <SegmentedGroup
          label={t('A+H pair')}
          options={pairTickers}
          value={pair.h}
          onChange={actions.pairChosen}
          labelOf={(h) =>
            pairLabel(ahPairs.find((candidate) => candidate.h === h) ?? pair, language)
          }
        />
      }
      footer={
        <>
          <ProvenanceNote
            entries={[
              {
                label: t('Premium'),
                provenance: premium.provenance,
                failed: !!premium.error && !premium.data,
              },
              { label: t('Sector PE'), provenance: pe.provenance, failed: !!pe.error && !pe.data },
            ]}
          />
          <p className="panel-note">
            {t(
              'Premium = A close ÷ (H close × CNY per HKD) − 1 on sessions both listings traded; the HKD rate is the PBoC central parity, carried forward over mainland holidays (at most 10 days). Band: mean ± 1σ since {since}; the range and sector PE basket follow the Compare panel.',
              { since },
            )}
          </p>
        </>
      }
    >
      <StaleNotice
        stamps={[...premium.stamps, ...pe.stamps]}
        onRetry={() => {
          premium.refetch()
          pe.refetch()
        }}
      />
      {premium.error && !premium.data ? (
        <PanelError
          message={t('The premium could not be computed: {reason}', {
            reason: premium.error.message,
          })}
          onRetry={premium.refetch}
          retryLabel={t('Retry')}
        />
      ) : !chart ? (
        premium.isPending ? (
          <Skeleton label={t('Loading the chart…')} lines={8} height={320} />
        ) : (
          <p className="empty">{t('No session on which both listings traded.')}</p>
        )
      ) : (
        <>
          <PremiumChart
            caption={t('{pair}: A/H premium vs sector PE', { pair: pairLabel(pair, language) })}
            summary={premiumSentence(premiumLabel, stats, since, t, language, latest?.cnyPerHkd)}
            rows={chart.rows}
            premiumLabel={premiumLabel}
            band={band}
            peLabel={peLabel}
            peBand={peBand}
            paneLabels={paneLabels}
            language={language}
            labels={tooltipLabels}
          />
          {stats && (
            <PremiumStats
              label={premiumLabel}
              stats={stats}
              since={since}
              t={t}
              language={language}
            />
          )}
        </>
      )}
    </Panel>
  )
}

/** "BeiGene A/H premium +35.20% on 20 Nov 2026 is 5% above its mean since …, at the 62nd percentile." */
function premiumSentence(
  label: string,
  stats: ValuationStats | null,
  since: IsoDate,
  t: Translate,
  language: DisplayLanguage,
  rate: number | undefined,
): string {
  if (!stats) return t('No premium since {since}.', { since })
  const values = {
    label,
    value: formatSignedPercent(stats.current.value),
    date: formatLongDate(stats.current.date, language),
    since,
    mean: formatSignedPercent(stats.mean),
    gap: (Math.abs(stats.current.value - stats.mean) * 100).toLocaleString('en-US', {
      maximumFractionDigits: 1,
    }),
    percentile: formatPercentile(stats.percentile, language),
    rate: rate?.toFixed(4) ?? '—',
    min: formatSignedPercent(stats.min.value),
    max: formatSignedPercent(stats.max.value),
  }
  const level =
    Math.abs(stats.current.value - stats.mean) < 0.005
      ? t(
          '{label} {value} on {date} (at {rate} CNY/HKD) is in line with its mean since {since} ({mean}), at the {percentile} percentile',
          values,
        )
      : stats.current.value < stats.mean
        ? t(
            '{label} {value} on {date} (at {rate} CNY/HKD) is {gap} percentage points below its mean since {since} ({mean}), at the {percentile} percentile',
            values,
          )
        : t(
            '{label} {value} on {date} (at {rate} CNY/HKD) is {gap} percentage points above its mean since {since} ({mean}), at the {percentile} percentile',
            values,
          )
  return `${level}; ${t('range {min} to {max}', values)}.`
}

/** The premium statistics as a definition list under the chart. */
function PremiumStats({
  label,
  stats,
  since,
  t,
  language,
}: {
  label: string
  stats: ValuationStats
  since: IsoDate
  t: Translate
  language: DisplayLanguage
}) {
  return (
    <StatsStrip
      label={t('{label} statistics since {since}', { label, since })}
      stats={stats}
      since={since}
      format={formatSignedPercent}
      bandSeparator=" … "
      extremeTerms={[t('Highest'), t('Lowest')]}
      extra={[{ term: t('Sessions'), value: stats.count.toLocaleString('en-US') }]}
      t={t}
      language={language}
    />
  )
}
