import type { IsoDate } from '@/domain/types'
import type { WireIndustryValuationRow } from '@/providers/eastmoney/wire'
import type { Snapshot } from '@mocks/snapshot/types'

/**
 * Sample rows of datacenter report RPT_VALUEINDUSTRY_DET (Eastmoney industry valuation). Synthetic:
 * the boards, their codes and every figure are invented for the sample (only 016074 = 电池 is a
 * code the reference documents); the provider must find the pharma boards by name, as in live
 * mode, where their codes are not known in advance.
 *
 * Each board's PE-TTM follows a shared sector cycle (cheap in early 2019, a peak in early 2021,
 * low in 2022–2024, a 2025 rebound: the broad shape of A-share pharma valuations) at its own level,
 * with a slow wobble of its own; PB and PS follow PE at board-specific ratios; constituents grow
 * slowly; loss-makers are a board-specific share that rises after 2021. Rows exist on the A-share
 * trading days of the snapshot (the sessions of its A-share listings).
 */
interface BoardSpec {
  code: string
  name: string
  /** Typical PE-TTM. */
  pe: number
  pbPerPe: number
  psPerPe: number
  /** Constituents at the start of 2018, and added per year. */
  constituents: number
  growth: number
  /** Share of loss-makers before 2021, and after. */
  loss: [number, number]
  /** Whether the sector cycle applies (pharma boards) or a flat level with a wobble. */
  pharma: boolean
}

export const sampleIndustryBoards: readonly BoardSpec[] = [
  {
    code: '016074',
    name: '电池',
    pe: 28,
    pbPerPe: 0.11,
    psPerPe: 0.07,
    constituents: 60,
    growth: 6,
    loss: [0.1, 0.15],
    pharma: false,
  },
  {
    code: '016102',
    name: '银行',
    pe: 6,
    pbPerPe: 0.1,
    psPerPe: 0.35,
    constituents: 38,
    growth: 1,
    loss: [0, 0],
    pharma: false,
  },
  {
    code: '016211',
    name: '化学制药',
    pe: 32,
    pbPerPe: 0.1,
    psPerPe: 0.11,
    constituents: 118,
    growth: 3,
    loss: [0.08, 0.16],
    pharma: true,
  },
  {
    code: '016212',
    name: '生物制品',
    pe: 38,
    pbPerPe: 0.11,
    psPerPe: 0.16,
    constituents: 62,
    growth: 5,
    loss: [0.12, 0.3],
    pharma: true,
  },
  {
    code: '016213',
    name: '医疗器械',
    pe: 36,
    pbPerPe: 0.12,
    psPerPe: 0.15,
    constituents: 92,
    growth: 8,
    loss: [0.06, 0.14],
    pharma: true,
  },
  {
    code: '016214',
    name: '医疗服务',
    pe: 45,
    pbPerPe: 0.1,
    psPerPe: 0.13,
    constituents: 38,
    growth: 3,
    loss: [0.08, 0.2],
    pharma: true,
  },
  {
    code: '016215',
    name: '中药',
    pe: 26,
    pbPerPe: 0.09,
    psPerPe: 0.1,
    constituents: 66,
    growth: 1,
    loss: [0.05, 0.1],
    pharma: true,
  },
  {
    code: '016216',
    name: '医药商业',
    pe: 19,
    pbPerPe: 0.08,
    psPerPe: 0.03,
    constituents: 30,
    growth: 1,
    loss: [0.03, 0.08],
    pharma: true,
  },
]

/** Sector cycle anchors: [decimal year, multiple of the typical PE]; linear in between. */
const cycle: readonly [number, number][] = [
  [2018, 1.05],
  [2019.05, 0.78],
  [2019.9, 1.0],
  [2020.55, 1.45],
  [2021.15, 1.75],
  [2021.9, 1.15],
  [2022.35, 0.82],
  [2023.2, 0.92],
  [2024.1, 0.72],
  [2024.75, 0.88],
  [2025.6, 1.1],
  [2027, 1.05],
]

function cycleAt(t: number): number {
  for (let i = 1; i < cycle.length; i += 1) {
    const [t1, v1] = cycle[i] ?? [0, 1]
    const [t0, v0] = cycle[i - 1] ?? [0, 1]
    if (t <= t1) return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0)
  }
  return cycle.at(-1)?.[1] ?? 1
}

function yearOf(date: IsoDate): number {
  const start = Date.UTC(Number(date.slice(0, 4)), 0, 1)
  return (
    Number(date.slice(0, 4)) + (Date.parse(`${date}T00:00:00Z`) - start) / (365.25 * 86_400_000)
  )
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals))

function boardRow(board: BoardSpec, date: IsoDate): WireIndustryValuationRow {
  const t = yearOf(date)
  const phase = Number(board.code) % 7
  const wobble = 1 + 0.06 * Math.sin(t * 5.3 + phase) + 0.03 * Math.sin(t * 17.1 + 2 * phase)
  const pe = board.pe * (board.pharma ? cycleAt(t) : 1) * wobble
  const constituents = Math.round(board.constituents + board.growth * (t - 2018))
  const lossShare = t < 2021 ? board.loss[0] : board.loss[1]
  const lossMakers = Math.round(constituents * lossShare * (1 + 0.2 * Math.sin(t * 2 + phase)))
  const cap = pe * constituents * 2.5e9
  return {
    BOARD_CODE: board.code,
    BOARD_NAME: board.name,
    ORIGINALCODE: String(Number(board.code.slice(3)) + 400),
    TRADE_DATE: `${date} 00:00:00`,
    PE_TTM: round(pe, 4),
    PE_LAR: round(pe * 1.04, 4),
    PB_MRQ: round(pe * board.pbPerPe, 4),
    PS_TTM: round(pe * board.psPerPe, 4),
    PCF_OCF_TTM: round(pe * 0.9, 4),
    TOTAL_MARKET_CAP: round(cap, 2),
    NUM: constituents,
    LOSS_COUNT: Math.min(lossMakers, constituents),
  }
}

const sessionsOf = new WeakMap<Snapshot, IsoDate[]>()

/** The A-share sessions of a snapshot: every date with a bar of one of its A-share listings. */
function aShareDays(snapshot: Snapshot): IsoDate[] {
  const known = sessionsOf.get(snapshot)
  if (known) return known
  const days = new Set<IsoDate>()
  for (const listing of snapshot.listings) {
    if (!listing.ticker.endsWith('.HK')) for (const [date] of listing.bars) days.add(date)
  }
  const sorted = [...days].sort()
  sessionsOf.set(snapshot, sorted)
  return sorted
}

/**
 * Rows for one datacenter filter: `(TRADE_DATE='YYYY-MM-DD')` (every board on that day, the
 * listing the provider reads board codes from), `(BOARD_CODE="016211")` (one board's history), or
 * no filter (every row, e.g. for the latest date). Anything else selects nothing.
 */
export function industryValuationRows(
  snapshot: Snapshot,
  filter: string,
): WireIndustryValuationRow[] {
  const days = aShareDays(snapshot)
  if (filter === '')
    return days.flatMap((date) => sampleIndustryBoards.map((board) => boardRow(board, date)))
  const day = /^\(TRADE_DATE=(["'])(\d{4}-\d{2}-\d{2})\1\)$/.exec(filter)?.[2]
  if (day !== undefined) {
    return days.includes(day) ? sampleIndustryBoards.map((board) => boardRow(board, day)) : []
  }
  const code = /^\(BOARD_CODE=(["'])(\d{6})\1\)$/.exec(filter)?.[2]
  const board = sampleIndustryBoards.find((candidate) => candidate.code === code)
  return board ? days.map((date) => boardRow(board, date)) : []
}
