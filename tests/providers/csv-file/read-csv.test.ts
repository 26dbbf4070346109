import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '@/domain/dates'
import { CsvReadError, readCsvFile, type CsvReadResult } from '@/providers/csv-file/read-csv'

const csvFile = (parts: BlobPart[], name = 'export.csv') =>
  new File(parts, name, { type: 'text/csv' })

const points = (result: CsvReadResult, name: string) =>
  result.interpretation.series
    .find((series) => series.name === name)
    ?.points.map(({ date, value }) => [date, value])

/** UTF-16 code units as bytes, little- or big-endian, with a byte-order mark. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array<ArrayBuffer> {
  const bytes = [endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]]
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    bytes.push(endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff])
  }
  return new Uint8Array(bytes.flat())
}

async function readError(file: File): Promise<CsvReadError> {
  const error: unknown = await readCsvFile(file).then(
    () => null,
    (reason: unknown) => reason,
  )
  if (!(error instanceof CsvReadError)) throw new Error(`expected a CsvReadError, got ${error}`)
  return error
}

describe('readCsvFile: text files', () => {
  it('reads a UTF-8 file with a BOM and Chinese headers', async () => {
    const result = await readCsvFile(
      csvFile(['\uFEFF日期,市盈率TTM,市净率\n2025-02-26,24.1,1.5\n2025-02-25,21,1.4\n']),
    )
    expect(result).toMatchObject({
      fileName: 'export.csv',
      encoding: 'utf-8',
      delimiter: ',',
      interpretation: { dateColumn: '日期', order: 'newest-first', rowsRead: 2, issues: [] },
    })
    expect(points(result, '市盈率TTM')).toEqual([
      ['2025-02-25', 21],
      ['2025-02-26', 24.1],
    ])
  })

  it('detects tab and semicolon delimiters (a semicolon file has decimal commas)', async () => {
    const tab = await readCsvFile(csvFile(['交易日期\tPB\n2025/2/6\t1.5\n2025/2/7\t1.6\n']))
    expect(tab.delimiter).toBe('\t')
    expect(points(tab, 'PB')).toEqual([
      ['2025-02-06', 1.5],
      ['2025-02-07', 1.6],
    ])
    const semicolon = await readCsvFile(csvFile(['Date;KGV\n2025-02-06;24,1\n2025-02-07;25\n']))
    expect(semicolon.delimiter).toBe(';')
    expect(points(semicolon, 'KGV')).toEqual([
      ['2025-02-06', 24.1],
      ['2025-02-07', 25],
    ])
  })

  it('reads quoted cells with grouping commas, CRLF line ends and line breaks inside quotes', async () => {
    const text = [
      'date,市值,备注',
      '2025-02-06,"1,234.5",ok',
      '2025-02-07,"12,345","two',
      'lines"',
      '2025-02-30,1,bad',
      '',
    ].join('\r\n')
    const result = await readCsvFile(csvFile([text]))
    expect(points(result, '市值')).toEqual([
      ['2025-02-06', 1234.5],
      ['2025-02-07', 12345],
    ])
    // The quoted line break makes the impossible date's row line 5, not 4.
    expect(result.interpretation.issues.map((i) => [i.line, i.code])).toEqual([
      [5, 'impossible-date'],
    ])
  })

  it('reads GB18030 (Excel on Chinese Windows) and UTF-16 with a byte-order mark', async () => {
    // 日期,市盈率 in GBK, then ASCII rows.
    const gbk = new Uint8Array([
      0xc8,
      0xd5,
      0xc6,
      0xda,
      0x2c,
      0xca,
      0xd0,
      0xd3,
      0xaf,
      0xc2,
      0xca,
      0x0a,
      ...new TextEncoder().encode('2025-02-06,24.1\n2025-02-07,25\n'),
    ])
    expect(new TextDecoder('gb18030').decode(gbk.slice(0, 11))).toBe('日期,市盈率')
    const fromGbk = await readCsvFile(csvFile([gbk]))
    expect(fromGbk.encoding).toBe('gb18030')
    expect(points(fromGbk, '市盈率')).toEqual([
      ['2025-02-06', 24.1],
      ['2025-02-07', 25],
    ])

    const text = '日期\t市盈率\r\n2025-02-06\t24.1\r\n'
    for (const endian of ['le', 'be'] as const) {
      const result = await readCsvFile(csvFile([utf16(text, endian)], 'export.txt'))
      expect(result.encoding).toBe(`utf-16${endian}`)
      expect(points(result, '市盈率')).toEqual([['2025-02-06', 24.1]])
    }
  })

  it('gives the same result whatever the slice size, even across multi-byte characters', async () => {
    const text = [
      '指标名称,市盈率(TTM),名称',
      '２０２５－０２－０７,２４．１,恒瑞医药',
      '2025-02-06,"1,234.5","多行',
      '备注"',
      '2025-02-06,２５．５,复宏汉霖',
      '2025-02-30,1,信达生物',
      '2025/2/5,１２％,百济神州',
    ].join('\n')
    const whole = await readCsvFile(csvFile([text]))
    expect(points(whole, '市盈率(TTM)')).toEqual([
      ['2025-02-05', 0.12],
      ['2025-02-06', 25.5],
      ['2025-02-07', 24.1],
    ])
    const crlf = text.replaceAll('\n', '\r\n')
    const wholeCrlf = await readCsvFile(csvFile([crlf]))
    expect(wholeCrlf.interpretation).toEqual(whole.interpretation)
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 64 }), fc.boolean(), async (chunkSize, isCrlf) => {
        const read = await readCsvFile(csvFile([isCrlf ? crlf : text]), { chunkSize })
        expect(read).toEqual(isCrlf ? wholeCrlf : whole)
      }),
      { numRuns: 30 },
    )
  })

  it('keeps the first 200 issues and counts the rest', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `not a date ${i},1`)
    const result = await readCsvFile(csvFile([['date,PE', ...rows].join('\n')]))
    expect(result.interpretation.issues).toHaveLength(200)
    expect(result.interpretation.issueCount).toBe(1001)
    expect(result.interpretation.issues[1]).toMatchObject({ line: 2, code: 'not-a-date' })
  })
})

describe('readCsvFile: files that are not CSV', () => {
  it('rejects an empty file', async () => {
    expect(await readError(csvFile([]))).toMatchObject({
      code: 'empty',
      message: 'The file is empty.',
    })
    expect((await readError(csvFile(['\uFEFF\n \n\n']))).code).toBe('empty')
  })

  it('rejects an Excel workbook or a ZIP archive with a hint to export CSV', async () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00])
    expect(await readError(csvFile([xlsx], 'valuation.xlsx'))).toMatchObject({
      code: 'spreadsheet',
      message: 'This looks like an Excel/ZIP file: export it as CSV.',
    })
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])
    expect((await readError(csvFile([xls], 'valuation.xls'))).code).toBe('spreadsheet')
  })

  it('rejects binary data: NUL bytes, or many control characters', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect(await readError(csvFile([png], 'chart.csv'))).toMatchObject({
      code: 'binary',
      message: 'This is not a text file (it contains binary data): choose a CSV file.',
    })
    const noisy = Uint8Array.from({ length: 4096 }, (_, i) => 1 + ((i * 37) % 255))
    expect((await readError(csvFile([noisy]))).code).toBe('binary')
  })

  it('stops at a quote that never closes instead of reading on without end', async () => {
    const small = await readError(csvFile(['date,PE\n2025-02-05,1\n2025-02-06,"2\n2025-02-07,3\n']))
    expect(small).toMatchObject({ code: 'unclosed-quote', values: { line: 3 } })
    expect(small.message).toBe(
      'A quoted field that starts on line 3 never ends (a stray " character?).',
    )
    // In a large file, reading stops once the open row has grown past 4 MiB.
    const filler = '2025-02-06,1\n'.repeat(500_000) // 6.5 MB after the stray quote
    const progress: number[] = []
    const file = csvFile([`date,PE\n2025-02-05,"1\n${filler}`])
    const error: unknown = await readCsvFile(file, {
      onProgress: ({ bytesRead }) => progress.push(bytesRead),
    }).catch((reason: unknown) => reason)
    expect(error).toMatchObject({ code: 'unclosed-quote', values: { line: 2 } })
    expect(progress.at(-1)).toBeLessThan(file.size)
  })
})

describe('readCsvFile: large files', () => {
  // 150,000 daily rows of ~23 bytes: about 3.4 MB, four 1 MiB slices.
  const rowCount = 150_000
  const lines = ['日期,市盈率,市净率,市销率']
  for (let i = 0; i < rowCount; i++) {
    const date = addDays('1800-01-01', i)
    lines.push(`${date},${(20 + (i % 100) / 10).toFixed(2)},${i % 7 === 0 ? '--' : '1.5'},3`)
  }
  const big = lines.join('\n')

  it('reports progress slice by slice and reads every row', async () => {
    const file = csvFile([big], 'big.csv')
    const progress: number[] = []
    const result = await readCsvFile(file, {
      onProgress: ({ bytesRead, totalBytes }) => {
        expect(totalBytes).toBe(file.size)
        progress.push(bytesRead)
      },
    })
    expect(file.size).toBeGreaterThan(3 * 1024 * 1024)
    expect(progress.length).toBeGreaterThanOrEqual(3)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(progress.at(-1)).toBe(file.size)
    expect(result.interpretation.rowsRead).toBe(rowCount)
    expect(result.interpretation.series.map((s) => [s.name, s.points.length])).toEqual([
      ['市盈率', rowCount],
      ['市净率', rowCount - Math.ceil(rowCount / 7)],
      ['市销率', rowCount],
    ])
    expect(result.interpretation.dateRange).toEqual({
      from: '1800-01-01',
      to: addDays('1800-01-01', rowCount - 1),
    })
    expect(result.interpretation.issues).toEqual([])
  })

  it('stops when aborted, with the signal’s reason', async () => {
    const controller = new AbortController()
    let calls = 0
    const reading = readCsvFile(csvFile([big]), {
      signal: controller.signal,
      onProgress: () => {
        calls++
        controller.abort()
      },
    })
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' })
    expect(calls).toBe(1)

    const aborted = AbortSignal.abort()
    await expect(readCsvFile(csvFile([big]), { signal: aborted })).rejects.toMatchObject({
      name: 'AbortError',
    })
  })
})
