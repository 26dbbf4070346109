import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '@/domain/dates'
import {
  createCsvInterpreter,
  csvIssueMessages,
  interpretCsv,
  isDateHeader,
  parseDateCell,
  parseNumberCell,
  type CsvInterpretation,
  type CsvRow,
} from '@/domain/csv-series'

/** Rows of a CSV text without quoting, split as a CSV parser would, lines numbered from 1. */
function rowsOf(text: string, delimiter = ','): CsvRow[] {
  return text.split('\n').map((line, i) => ({ line: i + 1, cells: line.split(delimiter) }))
}

type Points = [string, number][]
const pointsOf = (result: CsvInterpretation, name: string): Points =>
  result.series.find((series) => series.name === name)?.points.map((p) => [p.date, p.value]) ?? []
const issueLines = (result: CsvInterpretation) => result.issues.map((i) => [i.line, i.code])

describe('parseDateCell', () => {
  it.each<[string, string, string]>([
    ['2025-02-26', '2025-02-26', 'YYYY-MM-DD'],
    ['2025-2-6', '2025-02-06', 'YYYY-MM-DD'],
    ['2025/2/26', '2025-02-26', 'YYYY/M/D'],
    ['2025/02/06', '2025-02-06', 'YYYY/M/D'],
    ['2025.02.26', '2025-02-26', 'YYYY.M.D'],
    ['20250226', '2025-02-26', 'YYYYMMDD'],
    ['2025年2月26日', '2025-02-26', 'YYYY年M月D日'],
    ['  2025-02-26 ', '2025-02-26', 'YYYY-MM-DD'],
    ['２０２５－０２－２６', '2025-02-26', 'YYYY-MM-DD'],
    ['2025-02-26 15:00:00', '2025-02-26', 'YYYY-MM-DD hh:mm'],
    ['2025-02-26 00:00', '2025-02-26', 'YYYY-MM-DD hh:mm'],
    ['2025-02-26T09:30:00+08:00', '2025-02-26', 'YYYY-MM-DD hh:mm'],
    ['2025-02-26 23:59:59+0800', '2025-02-26', 'YYYY-MM-DD hh:mm'],
    ['2025/2/26 9:30', '2025-02-26', 'YYYY/M/D hh:mm'],
    ['2025-02-26T10:15:00.000Z', '2025-02-26', 'YYYY-MM-DD hh:mm'],
    // 20:00 UTC is 04:00 the next day in exchange time (UTC+8).
    ['2025-02-25T20:00:00Z', '2025-02-26', 'YYYY-MM-DD hh:mm'],
    ['2025-02-26T01:00:00+09:00', '2025-02-26', 'YYYY-MM-DD hh:mm'],
    ['2025-02-26T07:00:00+09:00', '2025-02-26', 'YYYY-MM-DD hh:mm'],
    ['2025-02-26T23:00:00-05:00', '2025-02-27', 'YYYY-MM-DD hh:mm'],
    ['2024-12-31T20:00:00Z', '2025-01-01', 'YYYY-MM-DD hh:mm'],
    ['2024-02-29', '2024-02-29', 'YYYY-MM-DD'],
  ])('%s → %s', (cell, date, format) => {
    expect(parseDateCell(cell)).toEqual({ ok: true, date, format })
  })

  it.each<[string, string]>([
    ['', 'blank'],
    ['   ', 'blank'],
    ['2025-02-30', 'impossible-date'],
    ['2025-02-29', 'impossible-date'],
    ['2025-13-01', 'impossible-date'],
    ['2025/4/31', 'impossible-date'],
    ['20250230', 'impossible-date'],
    ['2025年2月30日', 'impossible-date'],
    ['2025-02-26 25:00', 'impossible-date'],
    ['2025-02-26 10:75', 'impossible-date'],
    ['2025-00-10', 'impossible-date'],
    ['2025-02-26T10:00:00+25:00', 'impossible-date'],
    ['26/02/2025', 'not-a-date'],
    ['2025-02/26', 'not-a-date'],
    ['Feb 26, 2025', 'not-a-date'],
    ['45713', 'not-a-date'],
    ['2025', 'not-a-date'],
    ['date', 'not-a-date'],
    ['数据来源：Wind', 'not-a-date'],
    ['2025-02-26abc', 'not-a-date'],
  ])('%j is %s', (cell, reason) => {
    expect(parseDateCell(cell)).toEqual({ ok: false, reason })
  })

  it('never leaves the years 0000–9999 through a time-zone shift', () => {
    expect(parseDateCell('9999-12-31T20:00:00Z')).toEqual({ ok: false, reason: 'impossible-date' })
    expect(parseDateCell('0000-01-01T00:30:00+09:00')).toEqual({
      ok: false,
      reason: 'impossible-date',
    })
  })
})

describe('parseNumberCell', () => {
  it.each<[string, number]>([
    ['24.1', 24.1],
    ['-3', -3],
    ['+3.5', 3.5],
    ['0', 0],
    ['-0', 0],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['1.5E-2', 0.015],
    ['  24.1 ', 24.1],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['-1,234', -1234],
    ['２４．１', 24.1],
    ['－３', -3],
    ['\u22123.2', -3.2],
    ['１，２３４．５', 1234.5],
    ['12.5%', 0.125],
    ['-3 %', -0.03],
    ['１２．５％', 0.125],
    ['1,234%', 12.34],
    ['24.1\r', 24.1],
  ])('%j → %d', (cell, value) => {
    expect(parseNumberCell(cell)).toEqual({ ok: true, value })
  })

  it.each<[string, string]>([
    ['', 'blank'],
    [' ', 'blank'],
    ['\u3000', 'blank'],
    ['-', 'missing'],
    ['--', 'missing'],
    ['—', 'missing'],
    ['－－', 'missing'],
    ['N/A', 'missing'],
    ['n/a', 'missing'],
    ['NaN', 'missing'],
    ['null', 'missing'],
    ['None', 'missing'],
    ['#N/A', 'missing'],
    ['#DIV/0!', 'missing'],
    ['abc', 'not-a-number'],
    ['24.1倍', 'not-a-number'],
    ['1,23', 'not-a-number'],
    ['12,34.5', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['%', 'not-a-number'],
    ['1e999', 'not-finite'],
    ['-1e400', 'not-finite'],
  ])('%j is %s', (cell, reason) => {
    expect(parseNumberCell(cell)).toEqual({ ok: false, reason })
  })

  it.each<[string, number | string]>([
    ['24,1', 24.1],
    ['-0,5', -0.5],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1,234.5', 1234.5],
    ['24.1', 24.1],
    ['12,5%', 0.125],
    ['1,2,3', 'not-a-number'],
  ])('with a decimal comma, %j → %s', (cell, expected) => {
    const parsed = parseNumberCell(cell, { decimalComma: true })
    expect(parsed).toEqual(
      typeof expected === 'number'
        ? { ok: true, value: expected }
        : { ok: false, reason: expected },
    )
  })
})

describe('isDateHeader', () => {
  it.each([
    'date',
    'Date',
    'DATE',
    ' 日期 ',
    '交易日期',
    '时间',
    'trade_date',
    'Trade Date',
    '日期(Date)',
  ])('%j names a date column', (header) => expect(isDateHeader(header)).toBe(true))
  it.each(['PE-TTM', '市盈率', 'update', 'dated value', ''])('%j does not', (header) =>
    expect(isDateHeader(header)).toBe(false),
  )
})

describe('interpretCsv: formats', () => {
  it.each<[string, string, string | undefined, string, Points]>([
    [
      'English header, ISO dates, oldest first',
      'date,pe_ttm\n2025-02-24,20.5\n2025-02-25,21\n2025-02-26,24.1',
      undefined,
      'pe_ttm',
      [
        ['2025-02-24', 20.5],
        ['2025-02-25', 21],
        ['2025-02-26', 24.1],
      ],
    ],
    [
      'Chinese header (Lixinger), newest first',
      '日期,市盈率TTM\n2025-02-26,24.1\n2025-02-25,21\n2025-02-24,20.5',
      undefined,
      '市盈率TTM',
      [
        ['2025-02-24', 20.5],
        ['2025-02-25', 21],
        ['2025-02-26', 24.1],
      ],
    ],
    [
      'BOM before the header',
      '\uFEFF日期,PE\n2025-02-26,24.1',
      undefined,
      'PE',
      [['2025-02-26', 24.1]],
    ],
    [
      'tab-separated, 交易日期 and YYYY/M/D',
      '交易日期\t市净率\n2025/2/6\t1.5\n2025/2/7\t1.6',
      '\t',
      '市净率',
      [
        ['2025-02-06', 1.5],
        ['2025-02-07', 1.6],
      ],
    ],
    [
      'semicolon-separated',
      'Date;PB\n2025-02-06;1.5\n2025-02-07;1.6',
      ';',
      'PB',
      [
        ['2025-02-06', 1.5],
        ['2025-02-07', 1.6],
      ],
    ],
    [
      'YYYYMMDD dates under 时间',
      '时间,收盘\n20250206,10.5\n20250207,11',
      undefined,
      '收盘',
      [
        ['2025-02-06', 10.5],
        ['2025-02-07', 11],
      ],
    ],
    [
      'timestamps with an offset',
      'Date,PE-TTM\n2025-02-06 00:00:00+08:00,30\n2025-02-07 00:00:00+08:00,31',
      undefined,
      'PE-TTM',
      [
        ['2025-02-06', 30],
        ['2025-02-07', 31],
      ],
    ],
    [
      'blank cells are skipped without a word',
      'date,PE\n2025-02-06,\n2025-02-07,31\n2025-02-10, ',
      undefined,
      'PE',
      [['2025-02-07', 31]],
    ],
    [
      'full-width digits',
      '日期,市盈率\n２０２５－０２－０６,２４．１',
      undefined,
      '市盈率',
      [['2025-02-06', 24.1]],
    ],
    [
      'percent cells as fractions',
      'date,股息率\n2025-02-06,1.5%\n2025-02-07,2%',
      undefined,
      '股息率',
      [
        ['2025-02-06', 0.015],
        ['2025-02-07', 0.02],
      ],
    ],
    [
      'missing markers',
      'date,PS\n2025-02-06,--\n2025-02-07,N/A\n2025-02-10,NaN\n2025-02-11,-\n2025-02-12,3.2',
      undefined,
      'PS',
      [['2025-02-12', 3.2]],
    ],
    [
      'non-positive values are kept (the statistics decide)',
      'date,PE\n2025-02-06,-12.5\n2025-02-07,0',
      undefined,
      'PE',
      [
        ['2025-02-06', -12.5],
        ['2025-02-07', 0],
      ],
    ],
    [
      'CRLF line ends leave a \\r on the last cell',
      'date,PE\r\n2025-02-06,24.1\r\n2025-02-07,25\r',
      undefined,
      'PE',
      [
        ['2025-02-06', 24.1],
        ['2025-02-07', 25],
      ],
    ],
  ])('%s', (_case, text, delimiter, name, expected) => {
    const result = interpretCsv(rowsOf(text, delimiter))
    expect(pointsOf(result, name)).toEqual(expected)
    expect(result.issues).toEqual([])
  })

  it('reads quoted grouped numbers (cells as a CSV parser returns them)', () => {
    const rows: CsvRow[] = [
      { line: 1, cells: ['date', '市值'] },
      { line: 2, cells: ['2025-02-06', '1,234.5'] },
      { line: 3, cells: ['2025-02-07', '12,345'] },
    ]
    expect(pointsOf(interpretCsv(rows), '市值')).toEqual([
      ['2025-02-06', 1234.5],
      ['2025-02-07', 12345],
    ])
  })

  it('reads decimal commas when asked (semicolon files from European spreadsheets)', () => {
    const result = interpretCsv(rowsOf('Datum;KGV\n2025-02-06;24,1\n2025-02-07;1.234,5', ';'), {
      decimalComma: true,
    })
    expect(pointsOf(result, 'KGV')).toEqual([
      ['2025-02-06', 24.1],
      ['2025-02-07', 1234.5],
    ])
    expect(result.dateColumn).toBe('Datum') // found by content
  })

  it('makes a series of every column with a number, and ignores text columns', () => {
    const result = interpretCsv(
      rowsOf(
        [
          '日期,名称,市盈率,市净率,市销率,备注',
          '2025-02-06,恒瑞医药,50.1,6.2,10.5,',
          '2025-02-07,恒瑞医药,51.3,6.3,,节前',
        ].join('\n'),
      ),
    )
    expect(result.dateColumn).toBe('日期')
    expect(result.series.map((s) => [s.name, s.points.length])).toEqual([
      ['市盈率', 2],
      ['市净率', 2],
      ['市销率', 1],
    ])
    expect(result.issues).toEqual([])
    expect(result.rowsRead).toBe(2)
    expect(result.dateRange).toEqual({ from: '2025-02-06', to: '2025-02-07' })
  })

  it('reports the order of the file and sorts points ascending', () => {
    const newest = interpretCsv(rowsOf('date,PE\n2025-02-07,2\n2025-02-06,1\n2025-02-05,0.5'))
    expect(newest.order).toBe('newest-first')
    expect(pointsOf(newest, 'PE').map(([d]) => d)).toEqual([
      '2025-02-05',
      '2025-02-06',
      '2025-02-07',
    ])
    expect(interpretCsv(rowsOf('date,PE\n2025-02-05,1\n2025-02-06,2')).order).toBe('oldest-first')
    const unsorted = interpretCsv(rowsOf('date,PE\n2025-02-06,2\n2025-02-05,1\n2025-02-07,3'))
    expect(unsorted.order).toBe('unsorted')
    expect(pointsOf(unsorted, 'PE')).toEqual([
      ['2025-02-05', 1],
      ['2025-02-06', 2],
      ['2025-02-07', 3],
    ])
    expect(interpretCsv(rowsOf('date,PE\n2025-02-05,1')).order).toBe('oldest-first')
  })

  it('finds the date column by content when no header names it', () => {
    const result = interpretCsv(rowsOf('指标名称,市盈率(TTM)\n2025-02-06,24.1\n2025-02-07,25'))
    expect(result.dateColumn).toBe('指标名称')
    expect(pointsOf(result, '市盈率(TTM)')).toEqual([
      ['2025-02-06', 24.1],
      ['2025-02-07', 25],
    ])
  })

  it('reads a file without a header, naming the columns', () => {
    const result = interpretCsv(rowsOf('2025-02-06,24.1,3\n2025-02-07,25,3.1'))
    expect(result.dateColumn).toBe('Column 1')
    expect(result.series.map((s) => s.name)).toEqual(['Column 2', 'Column 3'])
    expect(pointsOf(result, 'Column 2')).toEqual([
      ['2025-02-06', 24.1],
      ['2025-02-07', 25],
    ])
    expect(result.rowsRead).toBe(2)
  })

  it('skips a title above the header and blank lines anywhere, reporting the title', () => {
    const result = interpretCsv(
      rowsOf('恒瑞医药 估值历史\n\n日期,PE\n\n2025-02-06,24.1\n,\n2025-02-07,25\n'),
    )
    expect(pointsOf(result, 'PE')).toHaveLength(2)
    expect(issueLines(result)).toEqual([[1, 'before-header']])
    expect(result.rowsRead).toBe(2)
  })

  it('names blank and repeated headers', () => {
    const result = interpretCsv(rowsOf('date,PE,PE,\n2025-02-06,1,2,3'))
    expect(result.series.map((s) => s.name)).toEqual(['PE', 'PE (2)', 'Column 4'])
  })
})

describe('interpretCsv: problems', () => {
  it('reports an impossible date with its line and skips the row', () => {
    const result = interpretCsv(rowsOf('date,PE\n2025-02-27,1\n2025-02-28,2\n2025-02-30,3'))
    expect(pointsOf(result, 'PE')).toEqual([
      ['2025-02-27', 1],
      ['2025-02-28', 2],
    ])
    expect(result.issues).toEqual([
      {
        line: 4,
        code: 'impossible-date',
        values: { cell: '2025-02-30' },
        reason: '"2025-02-30" is not a real date; the row is skipped',
      },
    ])
    expect(result.dateRange).toEqual({ from: '2025-02-27', to: '2025-02-28' })
  })

  it('reports bad dates, missing dates and bad numbers by line (numbers with their column)', () => {
    const text = [
      '日期,市盈率,市净率',
      '2025-02-06,24.1,1.5',
      'yesterday,25,1.6',
      ',26,1.7',
      '2025-02-10,abc,1.8',
      '2025-02-11,27,1e999',
      '数据来源：Wind,,',
    ].join('\n')
    const result = interpretCsv(rowsOf(text))
    expect(result.issues.map((i) => [i.line, i.column, i.reason])).toEqual([
      [3, undefined, '"yesterday" is not a date; the row is skipped'],
      [4, undefined, 'no date; the row is skipped'],
      [5, '市盈率', '"abc" is not a number'],
      [6, '市净率', '"1e999" is too large to use'],
      [7, undefined, '"数据来源：Wind" is not a date; the row is skipped'],
    ])
    expect(pointsOf(result, '市盈率')).toEqual([
      ['2025-02-06', 24.1],
      ['2025-02-11', 27],
    ])
    expect(pointsOf(result, '市净率')).toEqual([
      ['2025-02-06', 1.5],
      ['2025-02-10', 1.8],
    ])
    expect(result.rowsRead).toBe(6)
    expect(result.issueCount).toBe(5)
  })

  it('accepts mixed date formats and reports them once, at the first change', () => {
    const result = interpretCsv(
      rowsOf('date,PE\n2025-02-05,1\n2025/2/6,2\n20250207,3\n2025-02-10,4\n2025/2/11,5'),
    )
    expect(pointsOf(result, 'PE')).toHaveLength(5)
    expect(result.issues).toEqual([
      {
        line: 3,
        code: 'mixed-date-formats',
        values: { formats: 'YYYY-MM-DD, YYYY/M/D, YYYYMMDD' },
        reason:
          'dates are written in several formats (YYYY-MM-DD, YYYY/M/D, YYYYMMDD); all of them were read',
      },
    ])
  })

  it('reports duplicate dates and keeps, per column, the last value in the file', () => {
    const text = [
      'date,PE,PB',
      '2025-02-06,1,10',
      '2025-02-07,2,20',
      '2025-02-06,1.5,', // corrects PE; PB blank, so PB keeps 10
      '2025-02-07,2.5,25',
    ].join('\n')
    const result = interpretCsv(rowsOf(text))
    expect(pointsOf(result, 'PE')).toEqual([
      ['2025-02-06', 1.5],
      ['2025-02-07', 2.5],
    ])
    expect(pointsOf(result, 'PB')).toEqual([
      ['2025-02-06', 10],
      ['2025-02-07', 25],
    ])
    expect(result.issues.map((i) => [i.line, i.reason])).toEqual([
      [4, '2025-02-06 already appeared on line 2; the later value is used'],
      [5, '2025-02-07 already appeared on line 3; the later value is used'],
    ])
    expect(result.order).toBe('unsorted')
  })

  it('keeps the later row for duplicates in a newest-first file too', () => {
    const result = interpretCsv(rowsOf('date,PE\n2025-02-07,3\n2025-02-06,1\n2025-02-06,2'))
    expect(result.order).toBe('newest-first')
    expect(pointsOf(result, 'PE')).toEqual([
      ['2025-02-06', 2],
      ['2025-02-07', 3],
    ])
    expect(issueLines(result)).toEqual([[4, 'duplicate-date']])
  })

  it('reports cells beyond the header', () => {
    const result = interpretCsv(rowsOf('date,PE\n2025-02-06,1,\n2025-02-07,2,oops'))
    expect(issueLines(result)).toEqual([[3, 'extra-cells']])
    expect(pointsOf(result, 'PE')).toHaveLength(2)
  })

  it.each<[string, string, [number, string][], string | null]>([
    ['an empty input', '', [[1, 'empty']], null],
    ['only blank lines', '\n , \n\n', [[1, 'empty']], null],
    ['a header only', '日期,市盈率\n', [[1, 'no-data-rows']], '日期'],
    ['no date column', 'name,PE\nfoo,1\nbar,2', [[1, 'no-date-column']], null],
    [
      'no numeric column',
      '日期,名称\n2025-02-06,恒瑞\n2025-02-07,恒瑞',
      [[1, 'no-value-column']],
      '日期',
    ],
    ['a date column only', 'date\n2025-02-06\n2025-02-07', [[1, 'no-value-column']], 'date'],
    [
      'every cell bad',
      'date,PE\nfoo,x\n2025-02-30,y',
      [
        [1, 'no-valid-dates'],
        [2, 'not-a-date'],
        [3, 'impossible-date'],
      ],
      'date',
    ],
    [
      'good dates but no number anywhere',
      'date,PE\n2025-02-06,x\n2025-02-07,--',
      [[1, 'no-value-column']],
      'date',
    ],
  ])('%s: no series, and says why', (_case, text, expected, dateColumn) => {
    const result = interpretCsv(rowsOf(text))
    expect(result.series).toEqual([])
    expect(issueLines(result)).toEqual(expected)
    expect(result.dateColumn).toBe(dateColumn)
  })

  it('keeps the first issues by line when capped, counts them all, and never drops the verdict', () => {
    const bad = Array.from({ length: 500 }, () => 'nope,1')
    const result = interpretCsv(rowsOf(['date,PE', ...bad].join('\n')), { maxIssues: 200 })
    expect(result.issues).toHaveLength(200)
    expect(result.issueCount).toBe(501)
    expect(result.issues[0]?.code).toBe('no-valid-dates')
    expect(result.issues[1]?.line).toBe(2)
    expect(result.issues[199]?.line).toBe(200)
  })

  it('caps duplicates and bad numbers too', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `2025-02-06,${i % 2 ? 'x' : i}`)
    const result = interpretCsv(rowsOf(['date,PE', ...rows].join('\n')), { maxIssues: 10 })
    expect(result.issues.map((i) => i.line)).toEqual([3, 3, 4, 5, 5, 6, 7, 7, 8, 9])
    expect(result.issueCount).toBe(150 + 299)
    expect(pointsOf(result, 'PE')).toEqual([['2025-02-06', 298]])
  })

  it('has a message for every issue code', () => {
    for (const [code, template] of Object.entries(csvIssueMessages)) {
      expect({ code, template: template.length > 10 }).toEqual({ code, template: true })
    }
  })
})

describe('createCsvInterpreter', () => {
  it('gives the same interpretation in chunks as in one piece', () => {
    const text = [
      '指标名称,市盈率(TTM),市净率',
      '频率,日,日',
      '2025-02-07,3,1',
      '2025-02-06,2,1',
      '2025-02-06,2.5,',
      '2025-02-30,1,1',
      '2025-02-05,1,x',
    ].join('\n')
    const rows = rowsOf(text)
    const whole = interpretCsv(rows)
    for (const size of [1, 2, 3]) {
      const interpreter = createCsvInterpreter()
      for (let i = 0; i < rows.length; i += size) interpreter.push(rows.slice(i, i + size))
      expect(interpreter.finish()).toEqual(whole)
    }
    expect(whole.dateColumn).toBe('指标名称')
    expect(issueLines(whole)).toEqual([
      [2, 'not-a-date'],
      [5, 'duplicate-date'],
      [6, 'impossible-date'],
      [7, 'not-a-number'],
    ])
  })
})

describe('finishInSteps', () => {
  it('pauses on a large file and ends with the same interpretation as finish', () => {
    const rows = rowsOf(
      ['date,PE', ...Array.from({ length: 40_000 }, (_, i) => `${addDays('1900-01-01', i)},${i}`)]
        .reverse()
        .join('\n'),
    )
    rows.unshift(rows.pop() ?? { line: 0, cells: [] }) // the header back on top, data newest first
    const stepped = createCsvInterpreter()
    stepped.push(rows)
    const steps = stepped.finishInSteps()
    let pauses = 0
    let step = steps.next()
    while (!step.done) {
      pauses++
      step = steps.next()
    }
    expect(pauses).toBeGreaterThan(3)
    expect(step.value).toEqual(interpretCsv(rows))
    expect(step.value.order).toBe('newest-first')
    expect(step.value.series[0]?.points).toHaveLength(40_000)
    expect(step.value.series[0]?.points[0]).toEqual({ date: '1900-01-01', value: 0 })
  })
})

describe('interpretCsv: properties', () => {
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom('', '--', 'N/A', '1,234.5', '２４．１', '12%', '1e999', '-0', '2025-02-30'),
    fc.double().map(String),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    fc.integer({ min: 19000101, max: 21001231 }).map(String),
  )
  const rows = fc
    .array(fc.array(cell, { maxLength: 6 }), { maxLength: 40 })
    .map((table) => table.map((cells, i) => ({ line: i + 1, cells })))

  it('cell parsers never throw and never return a non-finite number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), cell), fc.boolean(), (text, decimalComma) => {
        const number = parseNumberCell(text, { decimalComma })
        if (number.ok) expect(Number.isFinite(number.value)).toBe(true)
        const date = parseDateCell(text)
        if (date.ok) expect(date.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      }),
      { numRuns: 2000 },
    )
  })

  it('never throws, yields finite values and strictly ascending dates, and counts its issues', () => {
    fc.assert(
      fc.property(rows, fc.boolean(), (input, decimalComma) => {
        const result = interpretCsv(input, { decimalComma, maxIssues: 5 })
        for (const series of result.series) {
          expect(series.points.length).toBeGreaterThan(0)
          series.points.forEach((point, i) => {
            expect(Number.isFinite(point.value)).toBe(true)
            const previous = series.points[i - 1]
            if (previous) expect(previous.date < point.date).toBe(true)
          })
        }
        expect(result.issues.length).toBeLessThanOrEqual(Math.min(5, result.issueCount))
        const lines = result.issues.map((i) => i.line)
        expect(lines).toEqual([...lines].sort((a, b) => a - b))
      }),
      { numRuns: 500 },
    )
  })

  it('chunking never changes the result', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 7 }), (input, size) => {
        const interpreter = createCsvInterpreter()
        for (let i = 0; i < input.length; i += size) interpreter.push(input.slice(i, i + size))
        expect(interpreter.finish()).toEqual(interpretCsv(input))
      }),
      { numRuns: 300 },
    )
  })
})
