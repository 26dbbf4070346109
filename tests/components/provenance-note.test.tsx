import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SampleSnapshotContext } from '@/components/data-mode'
import { ProvenanceNote } from '@/components/provenance-note'
import type { Provenance } from '@/providers/provenance'
import { dashboardStore } from '@/state/dashboard-store'
import { renderWithProviders, resetDashboardStore } from '../support/render'

const quotes: Provenance = {
  sources: ['Eastmoney ulist'],
  fetchedAt: '2026-11-24T10:30:20+08:00',
  asOf: '2026-11-24T10:30:05+08:00',
  freshness: 'delayed',
  freshnessByMarket: { HK: 'delayed', A: 'real-time' },
  fallbackUsed: true,
  failures: [
    { source: 'Tencent quotes', message: 'Tencent quotes answered HTTP 502', skipped: false },
  ],
}

const valuation: Provenance = {
  sources: ['Eastmoney datacenter', 'Baidu valuation'],
  fetchedAt: '2026-11-24T10:30:20+08:00',
  asOf: '2026-11-20T16:00:00+08:00',
  freshness: 'end-of-day',
  fallbackUsed: false,
  failures: [],
}

/** The provenance line whose text matches `pattern` (its parts are separate spans). */
const note = (pattern: RegExp) =>
  screen.getByText(
    (_, element) =>
      element?.classList.contains('provenance-note') === true && pattern.test(element.textContent),
  )

describe('ProvenanceNote', () => {
  afterEach(() => resetDashboardStore())

  it('says mode, source, freshness per market, as-of and fetch time, and the fallback', () => {
    resetDashboardStore({ dataSource: 'live' })
    renderWithProviders(<ProvenanceNote entries={[{ label: 'Quotes', provenance: quotes }]} />)
    const line = note(/^Live upstream data/)
    expect(line).toHaveTextContent(
      'Live upstream data · Quotes: Eastmoney ulist · HK Delayed, A-shares Real-time · as of 2026-11-24 10:30 UTC+8 · fetched 10:30 · fallback: Tencent quotes failed (answered HTTP 502)',
    )
  })

  it('marks the unverified source and says when the data is the synthetic sample', () => {
    renderWithProviders(
      <ProvenanceNote entries={[{ label: 'Sector PE', provenance: valuation }]} />,
    )
    expect(note(/^Synthetic sample data/)).toHaveTextContent(
      'Sector PE: Eastmoney datacenter + Baidu valuation (unverified source) · End of day · as of 2026-11-20 16:00 UTC+8',
    )
  })

  it('names a recorded snapshot as real data served offline', () => {
    renderWithProviders(
      <SampleSnapshotContext value={{ name: 'recorded', recordedAt: '2026-11-24T18:05:00+08:00' }}>
        <ProvenanceNote entries={[{ provenance: valuation }]} />
      </SampleSnapshotContext>,
    )
    expect(
      screen.getByText('Recorded snapshot of 2026-11-24 (real data, served offline)'),
    ).toBeInTheDocument()
  })

  it('speaks Chinese', () => {
    dashboardStore.setState({ language: 'zh', dataSource: 'live' })
    renderWithProviders(<ProvenanceNote entries={[{ label: '行情', provenance: quotes }]} />)
    expect(note(/^实时上游数据/)).toHaveTextContent(
      /港股 延时, A股 实时 · 截至 2026-11-24 10:30（UTC\+8） · 获取于 10:30 · 已切换备用来源/,
    )
  })
})

describe('ProvenanceNote with many failures of one source', () => {
  it('names each source once, with the count', () => {
    const failures = ['01877', '09995', '06160'].map((code) => ({
      source: 'HKEXnews' as const,
      message: `HKEXnews: no stock ${code} in the prefix search`,
      skipped: false,
    }))
    renderWithProviders(
      <ProvenanceNote entries={[{ label: 'News', provenance: { ...valuation, failures } }]} />,
    )
    expect(note(/News:/)).toHaveTextContent(
      'unavailable: HKEXnews failed (no stock 01877 in the prefix search) (and 2 more)',
    )
  })
})
