import fc from 'fast-check'
import type { DailyBar, FxHistory, IsoDate, NewsItem, Ticker, ValuationPoint } from '@/domain/types'
import { universe } from '@/domain/universe'

/**
 * Shared fast-check arbitraries for the property tests of the parsers (tests/providers) and the
 * domain transforms (tests/domain): hostile text, numbers that break arithmetic, dates that are
 * almost dates, and mutations of real payloads. fast-check's `unit: 'binary'` strings are avoided:
 * their first use costs seconds.
 */

/** Characters that parsers trip on: separators, quotes, markup, controls, wide and astral text. */
export const trickyChar = fc.constantFrom(
  ...[',', '~', '"', "'", ';', '=', '(', ')', '{', '}', '[', ']', '<', '>', '&', '\\', '/', ':'],
  ...['-', '+', '.', 'e', 'E', '0', '1', '9', ' ', '\t', '\n', '\r', '%', '#', '@', '_'],
  ...['\u0000', '\u001f', '\u007f', '\u0085', '\u00a0', '\u2028', '\u202e', '\ufeff', '\ufffd'],
  ...['中', '港', '元', '亿', '－', '１', '．', '𠀋', '😀'],
)

/** Any text: ordinary strings, ASCII with controls, and strings of tricky characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary-ascii', maxLength: 60 }),
  fc.string({ unit: trickyChar, maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
)

/** Number-like text a vendor might send: overflow, underflow, exponents, signs, blanks, words. */
export const numericText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ...['1e999', '-1e999', '1e-999', '5e-324', '1e308', '-1e308', '1.7976931348623157e308'],
      ...[
        '9'.repeat(400),
        `0.${'0'.repeat(330)}1`,
        `-0.${'0'.repeat(330)}1`,
        `1${'0'.repeat(310)}`,
      ],
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ...['-0', '+0', '0', '00', '.5', '5.', '1,234.5', '12%', 'NaN', 'Infinity', '-Infinity'],
      ...['0x10', '1_000', ' 1 ', '', '-', '--', 'null', 'undefined', '１２．５', '1e5', '-1'],
      ...['2147483648', '20250226', '2025-02-26', '2025/02/26 16:08:23', '20250226150003'],
    ),
  },
  { weight: 2, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.integer().map(String) },
)

/** Finite numbers at the edges of arithmetic (JSON can carry them). */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 1e308, -1e308, 5e-324, -5e-324, 1e-300, 2 ** 53 + 1, 0.1),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
)

/** Any number, NaN and the infinities included (for domain inputs typed `number`). */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  edgeNumber,
  fc.constantFrom(Number.NaN, Infinity, -Infinity),
  fc.double({ min: 0.01, max: 1000, noNaN: true }),
)

/**
 * Sentinels that JSON.stringify cannot write, replaced in the text by {@link toJsonText}: a JSON
 * number that overflows (`1e999` parses as Infinity) or underflows.
 */
const overflowSentinels: Record<string, string> = {
  '\u0000big\u0000': '1e999',
  '\u0000-big\u0000': '-1e999',
  '\u0000tiny\u0000': '1e-999',
}

/** A JSON value for a leaf: any JSON, an edge number, number-like text, or an overflow. */
export const jsonLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 2, arbitrary: edgeNumber },
  { weight: 2, arbitrary: numericText },
  { weight: 1, arbitrary: anyText },
  { weight: 1, arbitrary: fc.constantFrom(...Object.keys(overflowSentinels)) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, '', '-') },
)

/** JSON text, with overflow sentinels written as the numbers JSON.stringify cannot produce. */
export function toJsonText(value: unknown): string {
  let text = JSON.stringify(value) ?? 'null'
  for (const [sentinel, number] of Object.entries(overflowSentinels)) {
    text = text.replaceAll(JSON.stringify(sentinel), number)
  }
  return text
}

/** Arbitrary JSON text: any JSON value, overflow numbers included. */
export const anyJsonText: fc.Arbitrary<string> = fc
  .oneof(fc.jsonValue({ maxDepth: 4 }), fc.array(jsonLeaf), fc.dictionary(anyText, jsonLeaf))
  .map(toJsonText)

/** One change to a payload; `at` picks the node (modulo the count), `cell` the CSV / `~` field. */
export interface Mutation {
  /** `number`: a numeric leaf (or numeric field of a CSV / `~` string) gets number-like text. */
  kind: 'replace' | 'delete' | 'cell' | 'duplicate' | 'number'
  at: number
  cell: number
  value: unknown
  text: string
}

/** An index into a list of unknown length (modulo it), spread evenly: no bias to small values. */
export const anyIndex: fc.Arbitrary<number> = fc.noBias(fc.integer({ min: 0, max: 2 ** 31 - 1 }))

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'delete', 'cell', 'cell', 'duplicate', 'number', 'number'),
  at: anyIndex,
  cell: anyIndex,
  value: jsonLeaf,
  text: fc.oneof({ weight: 3, arbitrary: numericText }, { weight: 1, arbitrary: anyText }),
})

export const mutations: fc.Arbitrary<Mutation[]> = fc.array(mutation, {
  minLength: 1,
  maxLength: 4,
})

type Path = (string | number)[]

/** Every node of a JSON tree (the root excluded), as paths, and which of them are leaves. */
function nodePaths(value: unknown, path: Path = [], out: Path[] = [], leaves: Path[] = []) {
  if (out.length <= 5_000) {
    const children = Array.isArray(value)
      ? value.map((child, i) => [i, child] as const)
      : value !== null && typeof value === 'object'
        ? Object.entries(value)
        : []
    for (const [key, child] of children) {
      const childPath = [...path, key]
      out.push(childPath)
      if (child === null || typeof child !== 'object') leaves.push(childPath)
      nodePaths(child, childPath, out, leaves)
    }
  }
  return { all: out, leaves }
}

/** A number, or text holding a number somewhere (`"12.5"`, `"2025-01-02,12.5,13"`). */
function isNumeric(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && /\d/.test(value))
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, unknown>)[key]
  }
  return node
}

/** A JSON number for number-like text: the overflow sentinels for the overflowing ones. */
function overflowOf(text: string): unknown {
  if (/^9{300,}$|^1e999$|^10{300,}$/.test(text)) return '\u0000big\u0000'
  if (text === '-1e999') return '\u0000-big\u0000'
  if (text === '1e-999') return '\u0000tiny\u0000'
  const value = Number(text)
  return Number.isFinite(value) ? value : text
}

/** One numeric field of a `,`/`~`-separated string (the whole string when it has none) replaced. */
export function replaceNumericCell(text: string, cell: number, replacement: string): string {
  const separator = ['~', ','].find((candidate) => text.includes(candidate))
  if (separator === undefined) return replacement
  const cells = text.split(separator)
  const numeric = cells.flatMap((value, i) => (/^\s*[-+]?\d/.test(value) ? [i] : []))
  const at = numeric.length > 0 ? (numeric[cell % numeric.length] ?? 0) : cell % cells.length
  cells[at] = replacement
  return cells.join(separator)
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | null {
  let node = root
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return null
    node = (node as Record<string | number, unknown>)[key]
  }
  return node !== null && typeof node === 'object'
    ? (node as Record<string | number, unknown>)
    : null
}

/** `text` with one `,`- or `~`-separated field replaced (or the whole text when it has none). */
export function replaceCell(text: string, cell: number, replacement: string): string {
  const separator = ['~', ','].find((candidate) => text.includes(candidate))
  if (separator === undefined) return replacement
  const cells = text.split(separator)
  cells[cell % cells.length] = replacement
  return cells.join(separator)
}

/** A JSON string that holds JSON (HKEX `result`) is mutated inside, then written back. */
function mutateString(text: string, change: Mutation): unknown {
  const trimmed = text.trim()
  if (/^[[{]/.test(trimmed)) {
    try {
      return toJsonText(mutateJson(JSON.parse(trimmed), [change]))
    } catch {
      // not JSON after all: mutate as text
    }
  }
  return change.kind === 'cell' ? replaceCell(text, change.cell, change.text) : change.value
}

/** A deep copy of `value` with the mutations applied in order. */
export function mutateJson(value: unknown, changes: readonly Mutation[]): unknown {
  const root: { value: unknown } = { value: structuredClone(value) }
  for (const change of changes) {
    const { all, leaves } = nodePaths(root.value)
    // Values change at the leaves (numbers at numeric ones); rows and fields go or repeat anywhere.
    const numeric = leaves.filter((path) => isNumeric(valueAt(root.value, path)))
    const paths =
      change.kind === 'delete' || change.kind === 'duplicate'
        ? all
        : change.kind === 'number' && numeric.length > 0
          ? numeric
          : leaves
    if (paths.length === 0) {
      root.value = change.value
      continue
    }
    const path = paths[change.at % paths.length] ?? []
    const parent = parentOf(root.value, path)
    const key = path.at(-1)
    if (parent === null || key === undefined) continue
    const current = parent[key]
    if (change.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else delete parent[key]
    } else if (change.kind === 'duplicate' && Array.isArray(parent)) {
      parent.splice(Number(key), 0, structuredClone(current))
    } else if (change.kind === 'number' && typeof current === 'number') {
      parent[key] = typeof change.value === 'number' ? change.value : overflowOf(change.text)
    } else if (change.kind === 'number' && typeof current === 'string') {
      parent[key] = replaceNumericCell(current, change.cell, change.text)
    } else if (typeof current === 'string') {
      parent[key] = mutateString(current, change)
    } else {
      parent[key] = change.kind === 'cell' ? change.text : change.value
    }
  }
  return root.value
}

/** A JSONP or JS-variable body split into wrapper and JSON (`cb(` + json + `);`). */
export function splitWrapper(text: string): { before: string; json: string; after: string } {
  const jsonp = /^(\s*[A-Za-z_$][\w$.]*\s*\()([\s\S]*)(\)\s*;?\s*)$/.exec(text)
  if (jsonp) return { before: jsonp[1] ?? '', json: jsonp[2] ?? '', after: jsonp[3] ?? '' }
  const variable = /^(\s*[A-Za-z_$][\w$]*\s*=\s*)([[{][\s\S]*?)(;?\s*)$/.exec(text)
  if (variable)
    return { before: variable[1] ?? '', json: variable[2] ?? '', after: variable[3] ?? '' }
  return { before: '', json: text, after: '' }
}

/**
 * A real payload with `changes` applied: as JSON (inside its JSONP or variable wrapper) when it
 * parses, else as text (`~` / `,` fields, lines).
 */
export function mutatePayload(text: string, changes: readonly Mutation[]): string {
  const { before, json, after } = splitWrapper(text)
  try {
    return before + toJsonText(mutateJson(JSON.parse(json), changes)) + after
  } catch {
    return changes.reduce((body, change) => mutateText(body, change), text)
  }
}

/** One change to plain text: a field replaced, a line dropped or doubled, or text spliced in. */
export function mutateText(text: string, change: Mutation): string {
  const lines = text.split('\n')
  const line = change.at % Math.max(1, lines.length)
  if (change.kind === 'delete') lines.splice(line, 1)
  else if (change.kind === 'duplicate') lines.splice(line, 0, lines[line] ?? '')
  else if (change.kind === 'cell')
    lines[line] = replaceCell(lines[line] ?? '', change.cell, change.text)
  else if (change.kind === 'number') {
    lines[line] = replaceNumericCell(lines[line] ?? '', change.cell, change.text)
  } else {
    const at = change.cell % Math.max(1, text.length)
    return text.slice(0, at) + change.text + text.slice(at)
  }
  return lines.join('\n')
}

/** Arrays of a real payload cut to their first `keep` items (small samples mutate faster). */
export function trimArrays(value: unknown, keep = 6): unknown {
  if (Array.isArray(value)) return value.slice(0, keep).map((item) => trimArrays(item, keep))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, trimArrays(child, keep)]),
    )
  }
  if (typeof value === 'string' && /^\s*\[/.test(value)) {
    try {
      return JSON.stringify(trimArrays(JSON.parse(value), keep))
    } catch {
      return value
    }
  }
  return value
}

// ---------------------------------------------------------------------------------------------
// Domain values

/** Real dates around the sample's history (2017–2026), plus near-dates and garbage. */
export const isoDate: fc.Arbitrary<IsoDate> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 3_600 }).map(dayFrom('2017-01-01')) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ...['', 'garbage', '2024-02-30', '2024-13-01', '2023-02-29', '0000-01-01', '9999-12-31'],
      ...['2024-1-5', '20240105', '2024-01-05T00:00:00', ' 2024-01-05', '1899-12-31'],
    ),
  },
)

/** Real dates only, in a short span so that series overlap. */
export const nearDate = (span = 60): fc.Arbitrary<IsoDate> =>
  fc.integer({ min: 0, max: span }).map(dayFrom('2025-02-03'))

function dayFrom(start: IsoDate) {
  const base = Date.parse(`${start}T00:00:00Z`)
  return (n: number): IsoDate => new Date(base + n * 86_400_000).toISOString().slice(0, 10)
}

/** An instant with an offset, sometimes malformed. */
export const isoDateTime: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(nearDate(400), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([date, h, m]) => `${date}T${pad(h)}:${pad(m)}:00+08:00`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', 'garbage', '2025-02-30T10:00:00+08:00', '2025-02-26'),
  },
)

const pad = (n: number) => String(n).padStart(2, '0')

/** Universe tickers (both markets). */
export const universeTicker: fc.Arbitrary<Ticker> = fc.constantFrom(
  ...universe.map((listing) => listing.ticker),
)

/** A daily bar whose numbers may be anything, NaN and infinities included. */
export const anyBar = (date: fc.Arbitrary<IsoDate> = nearDate()): fc.Arbitrary<DailyBar> =>
  fc.record({
    date,
    open: anyNumber,
    close: anyNumber,
    high: anyNumber,
    low: anyNumber,
    volume: anyNumber,
    amount: fc.option(anyNumber, { nil: null }),
  })

/** Plausible bars (positive finite prices) with occasional edge values. */
export const plausibleBar = (date: fc.Arbitrary<IsoDate> = nearDate()): fc.Arbitrary<DailyBar> =>
  fc
    .record({
      date,
      close: fc.oneof(fc.double({ min: 0.01, max: 2_000, noNaN: true }), anyNumber),
      volume: fc.double({ min: 0, max: 1e9, noNaN: true }),
    })
    .map(({ date: day, close, volume }) => ({
      date: day,
      open: close,
      close,
      high: close,
      low: close,
      volume,
      amount: null,
    }))

export const valuationPoint = (
  date: fc.Arbitrary<IsoDate> = nearDate(),
): fc.Arbitrary<ValuationPoint> =>
  fc.record({
    date,
    marketCap: anyNumber,
    peTtm: fc.option(anyNumber, { nil: null }),
    pb: fc.option(anyNumber, { nil: null }),
    psTtm: fc.option(anyNumber, { nil: null }),
  })

export const fxHistory: fc.Arbitrary<FxHistory> = fc.record({
  HKD: fc.array(fc.record({ date: nearDate(), cnyPerUnit: anyNumber }), { maxLength: 12 }),
  USD: fc.array(fc.record({ date: nearDate(), cnyPerUnit: anyNumber }), { maxLength: 6 }),
})

export const newsItem: fc.Arbitrary<NewsItem> = fc.record({
  id: fc.string({ maxLength: 6 }),
  publishedAt: isoDateTime,
  source: anyText,
  title: anyText,
  url: fc.option(anyText, { nil: null }),
  tickers: fc.array(universeTicker, { maxLength: 3 }),
  kind: fc.constantFrom('news', 'announcement'),
})

// ---------------------------------------------------------------------------------------------
// Checks

/** Paths of every number in `value` that is NaN or infinite (empty when all are finite). */
export function nonFiniteNumbers(value: unknown, path = '$', out: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`)
  } else if (value instanceof Map) {
    for (const [key, child] of value) nonFiniteNumbers(child, `${path}.get(${String(key)})`, out)
  } else if (Array.isArray(value)) {
    value.forEach((child, i) => nonFiniteNumbers(child, `${path}[${i}]`, out))
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) nonFiniteNumbers(child, `${path}.${key}`, out)
  }
  return out
}
