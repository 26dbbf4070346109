import type { IsoDate } from '@/domain/types'
import type { WireTencentAQuote, WireTencentHkQuote } from '@/providers/tencent/wire'

/**
 * Tencent batch-quote statements (`v_hk02696="100~复宏汉霖~…";`) written from plain figures, for the
 * quote emulation (mocks/handlers/tencent.ts) and for tests that need a line of their own.
 */

/** What one quote line reports, in plain units: shares, trading currency, not 100 m or lots. */
export interface TencentQuoteInput {
  /** `hk02696`, `sh600276`, `sz300760`: the market is read from the prefix. */
  symbol: string
  name: string
  date: IsoDate
  /** `hh:mm:ss`; default 16:08:00 (HK) / 15:00:00 (A-share), end-of-day stamps. */
  time?: string
  last: number
  previousClose: number
  open?: number
  high?: number
  low?: number
  /** Shares traded; default 0. */
  volume?: number
  /** Turnover in the trading currency; default last × volume. */
  amount?: number
  /** Total market value in the trading currency; null or absent leaves the fields empty. */
  marketCap?: number | null
  totalShares?: number | null
  peTtm?: number | null
  /** A-share lines only (HK lines carry no PB field that is known). */
  pb?: number | null
  yearHigh?: number
  yearLow?: number
  /** HK line only; default HKD. */
  currency?: string
  nameEn?: string
  lotSize?: number
  /** A-share daily limit as a fraction (0.1 main boards, 0.2 STAR / ChiNext); default 0.1. */
  priceLimit?: number
}

const fixed = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined ? '' : value.toFixed(digits)

/**
 * The `~` fields of one line, positions as Tencent sends them (written out here independently of
 * the provider's field table). HK: 78 fields, A-share: 88; fields the app does not read carry
 * plausible filler.
 */
export function tencentQuoteFields(
  input: TencentQuoteInput,
): WireTencentHkQuote | WireTencentAQuote {
  const { symbol, last, previousClose } = input
  const hk = symbol.startsWith('hk')
  const code = symbol.slice(2)
  const open = input.open ?? previousClose
  const high = input.high ?? Math.max(open, last)
  const low = input.low ?? Math.min(open, last)
  const volume = input.volume ?? 0
  const amount = input.amount ?? last * volume
  const capIn100m = input.marketCap == null ? null : input.marketCap / 1e8
  const shares = input.totalShares ?? null
  const turnoverPercent = shares ? (volume / shares) * 100 : null
  const averagePrice = volume > 0 ? amount / volume : last
  const change = last - previousClose
  const changePercent = (last / previousClose - 1) * 100
  const amplitude = ((high - low) / previousClose) * 100
  const [yearHigh, yearLow] = [input.yearHigh ?? high, input.yearLow ?? low]

  if (hk) {
    const price = (value: number) => value.toFixed(3)
    const stamp = `${input.date.replaceAll('-', '/')} ${input.time ?? '16:08:00'}`
    const fields = Array.from({ length: 78 }, (_, i) => (i >= 10 && i <= 28 ? '0' : ''))
    Object.assign(fields, {
      0: '100',
      1: input.name,
      2: code,
      3: price(last),
      4: price(previousClose),
      5: price(open),
      6: volume.toFixed(1),
      7: '0',
      8: '0',
      9: price(last),
      19: price(last),
      29: volume.toFixed(1),
      30: stamp,
      31: change.toFixed(3),
      32: changePercent.toFixed(2),
      33: price(high),
      34: price(low),
      35: price(last),
      36: volume.toFixed(1),
      37: amount.toFixed(3),
      38: '0',
      39: fixed(input.peTtm, 2),
      41: '0',
      42: '0',
      43: amplitude.toFixed(2),
      44: fixed(capIn100m, 4), // float (H-share) value: the whole issuer here
      45: fixed(capIn100m, 4), // total value
      46: (input.nameEn ?? '').toUpperCase(),
      48: price(yearHigh),
      49: price(yearLow),
      59: fixed(turnoverPercent, 2),
      60: String(input.lotSize ?? 100),
      69: fixed(shares, 0),
      70: fixed(shares, 0),
      73: price(averagePrice),
      75: input.currency ?? 'HKD',
      76: '1',
      77: '50',
    })
    return fields
  }

  const price = (value: number) => value.toFixed(2)
  const lots = Math.round(volume / 100)
  const outer = Math.ceil(lots / 2)
  const limit = input.priceLimit ?? 0.1
  const stamp = `${input.date.replaceAll('-', '')}${(input.time ?? '15:00:00').replaceAll(':', '')}`
  const fields = Array.from({ length: 88 }, () => '')
  for (let level = 0; level < 5; level += 1) {
    fields[9 + level * 2] = price(last - level * 0.01) // bid 1..5
    fields[10 + level * 2] = String(10 * (level + 1))
    fields[19 + level * 2] = price(last + (level + 1) * 0.01) // ask 1..5
    fields[20 + level * 2] = String(10 * (level + 2))
  }
  Object.assign(fields, {
    0: symbol.startsWith('sh') ? '1' : '51',
    1: input.name,
    2: code,
    3: price(last),
    4: price(previousClose),
    5: price(open),
    6: String(lots),
    7: String(outer),
    8: String(lots - outer),
    30: stamp,
    31: change.toFixed(2),
    32: changePercent.toFixed(2),
    33: price(high),
    34: price(low),
    35: `${price(last)}/${lots}/${Math.round(amount)}`,
    36: String(lots),
    37: String(Math.round(amount / 10_000)),
    38: fixed(turnoverPercent, 2),
    39: fixed(input.peTtm, 2),
    41: price(high),
    42: price(low),
    43: amplitude.toFixed(2),
    44: fixed(capIn100m, 2), // float value: the whole issuer here
    45: fixed(capIn100m, 2), // total value
    46: fixed(input.pb, 2),
    47: price(previousClose * (1 + limit)),
    48: price(previousClose * (1 - limit)),
    49: '1.00',
    50: '0',
    51: price(averagePrice),
    57: (amount / 10_000).toFixed(4),
    58: '0.0000',
    59: '0',
    61: 'GP-A',
    67: price(yearHigh),
    68: price(yearLow),
    72: fixed(shares, 0),
    73: fixed(shares, 0),
    76: fixed(shares, 0),
    82: 'CNY',
    83: '0',
  })
  return fields
}

/** One statement as Tencent sends it: `v_hk02696="100~复宏汉霖~02696~…";`. */
export function tencentQuoteLine(input: TencentQuoteInput): string {
  return `v_${input.symbol}="${tencentQuoteFields(input).join('~')}";`
}
