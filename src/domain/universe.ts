import type { Board, Currency, Exchange, IsoDate, Market, Ticker } from '@/domain/types'

/** One company, which may have an H-share and an A-share listing. */
export interface Issuer {
  id: string
  nameZh: string
  nameEn: string
  /** Currency of the published accounts (BeiGene reports in USD). */
  reportingCurrency: Currency
}

/** One listing of the biomedical universe. */
export interface Listing {
  ticker: Ticker
  issuerId: string
  /** Short name as the exchange shows it. */
  nameZh: string
  nameEn: string
  market: Market
  exchange: Exchange
  board: Board
  /** Trading currency. */
  currency: Currency
  /**
   * Board lot in shares. HK lots vary per stock; A-share main boards trade in 100s;
   * STAR Market orders are at least 200 shares, then any whole number above.
   */
  lotSize: number
  /** First trading day. */
  listingDate: IsoDate
  /** The other listing of the same issuer (A+H pairs), if any. */
  pair: Ticker | null
}

export const issuers: readonly Issuer[] = [
  { id: 'henlius', nameZh: '复宏汉霖', nameEn: 'Henlius', reportingCurrency: 'CNY' },
  { id: 'junshi', nameZh: '君实生物', nameEn: 'Junshi Biosciences', reportingCurrency: 'CNY' },
  { id: 'remegen', nameZh: '荣昌生物', nameEn: 'RemeGen', reportingCurrency: 'CNY' },
  { id: 'beigene', nameZh: '百济神州', nameEn: 'BeiGene', reportingCurrency: 'USD' },
  { id: 'innovent', nameZh: '信达生物', nameEn: 'Innovent Biologics', reportingCurrency: 'CNY' },
  { id: 'simcere', nameZh: '先声药业', nameEn: 'Simcere Pharmaceutical', reportingCurrency: 'CNY' },
  { id: 'hengrui', nameZh: '恒瑞医药', nameEn: 'Jiangsu Hengrui Pharma', reportingCurrency: 'CNY' },
  {
    id: 'sinobio',
    nameZh: '中国生物制药',
    nameEn: 'Sino Biopharmaceutical',
    reportingCurrency: 'CNY',
  },
  { id: 'wuxibio', nameZh: '药明生物', nameEn: 'WuXi Biologics', reportingCurrency: 'CNY' },
  { id: 'wuxiapptec', nameZh: '药明康德', nameEn: 'WuXi AppTec', reportingCurrency: 'CNY' },
  { id: 'cspc', nameZh: '石药集团', nameEn: 'CSPC Pharmaceutical', reportingCurrency: 'CNY' },
  { id: 'mindray', nameZh: '迈瑞医疗', nameEn: 'Mindray Medical', reportingCurrency: 'CNY' },
  { id: 'changchun', nameZh: '长春高新', nameEn: 'Changchun High-Tech', reportingCurrency: 'CNY' },
]

function hk(
  code: string,
  issuerId: string,
  nameZh: string,
  nameEn: string,
  lotSize: number,
  listingDate: IsoDate,
  pair: Ticker | null = null,
): Listing {
  return {
    ticker: `${code}.HK`,
    issuerId,
    nameZh,
    nameEn,
    market: 'HK',
    exchange: 'HKEX',
    board: 'HK Main',
    currency: 'HKD',
    lotSize,
    listingDate,
    pair,
  }
}

function a(
  ticker: Ticker,
  board: Exclude<Board, 'HK Main'>,
  issuerId: string,
  nameZh: string,
  nameEn: string,
  listingDate: IsoDate,
  pair: Ticker | null = null,
): Listing {
  return {
    ticker,
    issuerId,
    nameZh,
    nameEn,
    market: 'A',
    exchange: ticker.endsWith('.SH') ? 'SSE' : 'SZSE',
    board,
    currency: 'CNY',
    lotSize: board === 'STAR' ? 200 : 100,
    listingDate,
    pair,
  }
}

/**
 * The biomedical universe: 11 Hong Kong and 7 A-share listings, five of them A+H pairs.
 * Listing dates are the real first trading days; the sample snapshot starts each series there.
 */
export const universe: readonly Listing[] = [
  hk('02696', 'henlius', '复宏汉霖', 'Henlius', 100, '2019-09-25'),
  hk('01877', 'junshi', '君实生物', 'Junshi Biosciences', 200, '2018-12-24', '688180.SH'),
  hk('09995', 'remegen', '荣昌生物', 'RemeGen', 500, '2020-11-09', '688331.SH'),
  hk('06160', 'beigene', '百济神州', 'BeiGene', 100, '2018-08-08', '688235.SH'),
  hk('01801', 'innovent', '信达生物', 'Innovent Biologics', 500, '2018-10-31'),
  hk('02096', 'simcere', '先声药业', 'Simcere Pharmaceutical', 1000, '2020-10-27'),
  hk('01276', 'hengrui', '恒瑞医药', 'Jiangsu Hengrui Pharma', 200, '2025-05-23', '600276.SH'),
  hk('01177', 'sinobio', '中国生物制药', 'Sino Biopharmaceutical', 1000, '2000-09-29'),
  hk('02269', 'wuxibio', '药明生物', 'WuXi Biologics', 500, '2017-06-13'),
  hk('02359', 'wuxiapptec', '药明康德', 'WuXi AppTec', 100, '2018-12-13', '603259.SH'),
  hk('01093', 'cspc', '石药集团', 'CSPC Pharmaceutical', 2000, '1994-06-21'),
  a(
    '600276.SH',
    'SSE Main',
    'hengrui',
    '恒瑞医药',
    'Jiangsu Hengrui Pharma',
    '2000-10-18',
    '01276.HK',
  ),
  a('688235.SH', 'STAR', 'beigene', '百济神州', 'BeiGene', '2021-12-15', '06160.HK'),
  a('688180.SH', 'STAR', 'junshi', '君实生物', 'Junshi Biosciences', '2020-07-15', '01877.HK'),
  a('688331.SH', 'STAR', 'remegen', '荣昌生物', 'RemeGen', '2022-03-31', '09995.HK'),
  a('603259.SH', 'SSE Main', 'wuxiapptec', '药明康德', 'WuXi AppTec', '2018-05-08', '02359.HK'),
  a('300760.SZ', 'ChiNext', 'mindray', '迈瑞医疗', 'Mindray Medical', '2018-10-16'),
  a('000661.SZ', 'SZSE Main', 'changchun', '长春高新', 'Changchun High-Tech', '1996-12-18'),
]

const byTicker = new Map(universe.map((listing) => [listing.ticker, listing]))
const issuerById = new Map(issuers.map((issuer) => [issuer.id, issuer]))

/** The listing with this canonical ticker, or undefined when it is not in the universe. */
export function findListing(ticker: Ticker): Listing | undefined {
  return byTicker.get(ticker)
}

/** The issuer of a universe listing. Throws for a ticker outside the universe (a programming error). */
export function issuerOf(ticker: Ticker): Issuer {
  const issuer = issuerById.get(byTicker.get(ticker)?.issuerId ?? '')
  if (!issuer) throw new Error(`${ticker} is not in the universe`)
  return issuer
}

/** Every listing of a market, in universe order. */
export function listingsOf(market: Market): Listing[] {
  return universe.filter((listing) => listing.market === market)
}

/** The default watchlist: the whole universe, HK first. */
export const defaultWatchlist: readonly Ticker[] = universe.map((listing) => listing.ticker)
