import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CsvImport, ImportedSeriesList } from '@/components/valuation/csv-import'
import { addDays } from '@/domain/dates'
import { csvIssueMessages } from '@/domain/csv-series'
import { chineseKeys } from '@/i18n'
import { csvReadErrorMessages } from '@/providers/csv-file/read-csv'
import { importsStorageKey, importsStore, restoreImports } from '@/state/imports-store'
import { renderWithProviders, resetDashboardStore } from '../support/render'

const lixinger = [
  '日期,市盈率TTM,市净率,名称',
  '2025-02-26,24.1,1.5,恒瑞医药',
  '2025-02-25,21,1.4,恒瑞医药',
  '2025-02-30,20,1.3,恒瑞医药',
  '2025-02-24,20.5,abc,恒瑞医药',
].join('\n')

const csvFile = (text: BlobPart, name = 'lixinger.csv') =>
  new File([text], name, { type: 'text/csv' })

function renderImport(onImported?: (ids: string[]) => void) {
  return renderWithProviders(
    <>
      <CsvImport onImported={onImported} />
      <ImportedSeriesList />
    </>,
  )
}

describe('CsvImport', () => {
  beforeEach(() => {
    resetDashboardStore()
    importsStore.setState(importsStore.getInitialState(), true)
  })

  it('previews the file and imports nothing before the user consents', async () => {
    const onImported = vi.fn()
    const { user } = renderImport(onImported)
    await user.upload(screen.getByLabelText('Import CSV'), csvFile(lixinger))

    const preview = await screen.findByRole('region', { name: 'Preview of lixinger.csv' })
    expect(preview).toHaveTextContent('Date column日期')
    expect(preview).toHaveTextContent('Ordernewest first')
    expect(preview).toHaveTextContent('Rows read4')
    const pe = within(preview).getByRole('checkbox', {
      name: '市盈率TTM 3 points, 2025-02-24 to 2025-02-26',
    })
    const pb = within(preview).getByRole('checkbox', {
      name: '市净率 2 points, 2025-02-25 to 2025-02-26',
    })
    expect(pe).toBeChecked()
    expect(pb).toBeChecked()
    expect(within(preview).queryByRole('checkbox', { name: /名称/ })).not.toBeInTheDocument()

    const problems = within(preview).getByRole('list', { name: 'Problems' })
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'line 4: "2025-02-30" is not a real date; the row is skipped',
      'line 5, 市净率: "abc" is not a number',
    ])

    expect(importsStore.getState().series).toEqual([])
    expect(localStorage.getItem(importsStorageKey)).toBeNull()
    expect(screen.getByText('No imported series yet.')).toBeInTheDocument()
    expect(onImported).not.toHaveBeenCalled()

    await user.click(within(preview).getByRole('button', { name: 'Import 2 series' }))

    const { series } = importsStore.getState()
    expect(series.map(({ name, fileName, points }) => ({ name, fileName, points }))).toEqual([
      {
        name: '市盈率TTM',
        fileName: 'lixinger.csv',
        points: [
          { date: '2025-02-24', value: 20.5 },
          { date: '2025-02-25', value: 21 },
          { date: '2025-02-26', value: 24.1 },
        ],
      },
      {
        name: '市净率',
        fileName: 'lixinger.csv',
        points: [
          { date: '2025-02-25', value: 1.4 },
          { date: '2025-02-26', value: 1.5 },
        ],
      },
    ])
    for (const { id, importedAt } of series) {
      expect(id).toMatch(/^[\w.-]{1,80}$/)
      expect(importedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/)
    }
    expect(onImported).toHaveBeenCalledWith(series.map(({ id }) => id))
    expect(screen.queryByRole('region', { name: /Preview/ })).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Imported 2 series from lixinger.csv.')
    expect(
      restoreImports(JSON.parse(localStorage.getItem(importsStorageKey) ?? 'null')).series,
    ).toEqual(series)

    const list = screen.getByRole('list', { name: 'Imported series' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(2)
    expect(list).toHaveTextContent('lixinger.csv · 3 points, 2025-02-24 to 2025-02-26')
    await user.click(within(list).getByRole('button', { name: 'Remove 市盈率TTM' }))
    expect(importsStore.getState().series.map(({ name }) => name)).toEqual(['市净率'])
  })

  it('imports only the series left checked', async () => {
    const { user } = renderImport()
    await user.upload(screen.getByLabelText('Import CSV'), csvFile(lixinger))
    const preview = await screen.findByRole('region', { name: 'Preview of lixinger.csv' })
    await user.click(within(preview).getByRole('checkbox', { name: /市净率/ }))
    await user.click(within(preview).getByRole('checkbox', { name: /市盈率TTM/ }))
    expect(within(preview).getByRole('button', { name: 'Import 0 series' })).toBeDisabled()
    await user.click(within(preview).getByRole('checkbox', { name: /市净率/ }))
    await user.click(within(preview).getByRole('button', { name: 'Import 1 series' }))
    expect(importsStore.getState().series.map(({ name }) => name)).toEqual(['市净率'])
  })

  it('discards the preview without importing anything', async () => {
    const { user } = renderImport()
    await user.upload(screen.getByLabelText('Import CSV'), csvFile(lixinger))
    const preview = await screen.findByRole('region', { name: 'Preview of lixinger.csv' })
    await user.click(within(preview).getByRole('button', { name: 'Discard' }))

    expect(screen.queryByRole('region', { name: /Preview/ })).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Discarded lixinger.csv: nothing was imported.',
    )
    expect(importsStore.getState().series).toEqual([])
    expect(localStorage.getItem(importsStorageKey)).toBeNull()
  })

  it.each([
    [
      'an Excel workbook renamed to .csv',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]),
      'This looks like an Excel/ZIP file: export it as CSV.',
    ],
    [
      'binary data',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      'This is not a text file (it contains binary data): choose a CSV file.',
    ],
    ['an empty file', '', 'The file is empty.'],
  ])('says why %s cannot be imported', async (_case, content, message) => {
    const { user } = renderImport()
    await user.upload(screen.getByLabelText('Import CSV'), csvFile(content, 'valuation.csv'))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(`valuation.csv could not be imported. ${message}`)
    expect(screen.queryByRole('region', { name: /Preview/ })).not.toBeInTheDocument()
    expect(importsStore.getState().series).toEqual([])
  })

  it('says why nothing can be imported from a file without dates', async () => {
    const { user } = renderImport()
    await user.upload(screen.getByLabelText('Import CSV'), csvFile('name,PE\nfoo,1\nbar,2'))
    const preview = await screen.findByRole('region', { name: 'Preview of lixinger.csv' })
    expect(preview).toHaveTextContent('Nothing in this file can be imported.')
    expect(within(preview).getByRole('listitem')).toHaveTextContent(
      'line 1: no date column: name one "date" or "日期"',
    )
    expect(within(preview).getByRole('button', { name: 'Import 0 series' })).toBeDisabled()
  })

  it('shows progress while reading a large file and can cancel it', async () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => `${addDays('1800-01-01', i)},${i % 97}`)
    // Slices after the first 1 MiB wait for the gate: the test decides when reading may go on.
    let open = () => {}
    const gate = new Promise<void>((resolve) => (open = resolve))
    class SlowFile extends File {
      slice(start?: number, end?: number, type?: string): Blob {
        const blob = super.slice(start, end, type)
        if ((start ?? 0) < 1024 * 1024) return blob
        return { arrayBuffer: () => gate.then(() => blob.arrayBuffer()) } as Blob
      }
    }
    const file = new SlowFile([['date,PE', ...rows].join('\n')], 'big.csv', { type: 'text/csv' })
    const { user } = renderImport()
    await user.upload(screen.getByLabelText('Import CSV'), file)

    const bar = await screen.findByRole('progressbar', { name: 'Reading big.csv' })
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '50'))
    expect(screen.getByText('Reading big.csv: 50%')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    open()

    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Reading big.csv was cancelled.')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(screen.queryByRole('region', { name: /Preview/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(importsStore.getState().series).toEqual([])
  })

  it('warns before importing what is too large to save, and marks it in the list', async () => {
    const points = Array.from({ length: 199_999 }, (_, i) => ({
      date: addDays('1500-01-01', i),
      value: 1,
    }))
    const big = { id: 'big', name: 'PE', fileName: 'old.csv', importedAt: '', points }
    importsStore.setState({ series: [big], savedIds: ['big'], storageProblem: null })
    const { user } = renderImport()
    await user.upload(screen.getByLabelText('Import CSV'), csvFile(lixinger))
    const preview = await screen.findByRole('region', { name: 'Preview of lixinger.csv' })
    expect(preview).toHaveTextContent(
      'Not saved: too large. 2 of these series will last only until you close the page (this browser keeps up to 200,000 points).',
    )
    await user.click(within(preview).getByRole('checkbox', { name: /市盈率TTM/ }))
    expect(preview).toHaveTextContent('Not saved: too large. 1 of these series')

    importsStore.setState({ savedIds: [], storageProblem: 'too-large' })
    expect(await screen.findByText('not saved: too large')).toBeInTheDocument()
  })

  it('speaks Chinese', async () => {
    resetDashboardStore({ language: 'zh' })
    const { user } = renderImport()
    await user.upload(screen.getByLabelText('导入 CSV'), csvFile(lixinger))
    const preview = await screen.findByRole('region', { name: 'lixinger.csv 预览' })
    expect(within(preview).getByRole('list', { name: '问题' })).toHaveTextContent(
      '第 4 行："2025-02-30" 不是真实存在的日期，已跳过该行',
    )
    expect(within(preview).getByRole('button', { name: '导入 2 个序列' })).toBeEnabled()
  })

  it('has Chinese for every problem and read-error message', () => {
    const zh = chineseKeys()
    const templates = [...Object.values(csvIssueMessages), ...Object.values(csvReadErrorMessages)]
    expect(templates.filter((template) => !zh.has(template))).toEqual([])
  })
})
