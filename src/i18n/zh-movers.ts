/** Simplified Chinese for the sector movers, heat map, day detail and the main chart's news marks. */
export const zhMovers: Readonly<Record<string, string>> = {
  // Movers view
  'Sector movers': '板块异动',
  Period: '周期',
  Market: '市场',
  'HK + A': '港股+A股',
  HK: '港股',
  'A-shares': 'A股',
  'Hong Kong': '港股',
  'Latest session': '最新交易日',
  'Previous session': '上一交易日',
  'Next session': '下一交易日',
  Day: '日期',
  'Chg {period}': '{period}涨跌幅',
  'Mkt cap': '总市值',
  Turnover: '成交额',
  'Market cap at the last close: trading currency, and CNY (sorted by CNY)':
    '最近收盘时的总市值：交易币种及人民币（按人民币排序）',
  'Turnover of the session, trading currency': '当日成交额，交易币种',
  'Date of the last close': '最近收盘日期',
  suspended: '停牌',
  'listed {date}': '{date}上市',
  'listed within {period}': '上市不足{period}',
  'Listed after the start of the period': '在周期开始后上市',
  'no data': '无数据',
  'limit up': '涨停',
  'limit down': '跌停',
  'Breadth over {period}: {advancers} up, {decliners} down, {unchanged} unchanged':
    '{period}涨跌家数：上涨 {advancers}，下跌 {decliners}，平盘 {unchanged}',
  '{count} suspended': '停牌 {count}',
  'Shown listings over {period}:': '所列个股{period}：',
  'cap-weighted': '市值加权',
  'equal-weighted': '等权',
  '{count} without a change': '无涨跌幅 {count}',
  'A-share limit closes on {date}: {up} limit-up, {down} limit-down.':
    'A股 {date}：涨停 {up} 家，跌停 {down} 家。',
  '{exchange} did not trade on {date}; its rows are as of {session}.':
    '{exchange}于{date}休市；相关行情截至{session}。',
  HKEX: '港交所',
  'SSE/SZSE': '沪深交易所',
  'Shown without {tickers} (data unavailable).': '未包含 {tickers}（数据不可用）。',
  'Movers could not be loaded: {reason}': '异动数据加载失败：{reason}',
  'Loading the movers…': '异动数据加载中…',
  'Change over the period on forward-adjusted closes: 1D against the previous printed close; 5D against the close 5 sessions earlier; 1M, 3M and 1Y against the last close on or before the same date that many months earlier; YTD against the last close of the previous year.':
    '周期涨跌幅按前复权收盘价计算：1D 对比前一收盘价；5D 对比 5 个交易日前的收盘价；1M、3M、1Y 对比相应月数前同一日期（或之前最近）的收盘价；YTD 对比上年最后一个收盘价。',
  'Market cap at the last close (CNY at that day’s central parity); turnover of the as-of session. Limit closes: A-share close at previous close × (1 ± 10%, or 20% on STAR and on ChiNext from 2020-08-24), rounded half up to the cent; no limit in a new listing’s first sessions.':
    '总市值为最近收盘时的市值（人民币按当日中间价折算）；成交额为所选交易日的成交额。涨跌停：A股收盘价等于前收盘价 ×（1 ± 10%，科创板及 2020-08-24 起的创业板为 20%），四舍五入至分；新股上市初期不设涨跌幅限制。',
  // Heat map
  'Heat map · {period} to {date}: area = market cap (CNY), colour = change':
    '热力图 · 截至{date}的{period}：面积 = 总市值（人民币），颜色 = 涨跌幅',
  'Change over {period}': '{period}涨跌幅',
  'Largest tiles: {list}.': '市值最大：{list}。',
  'Largest rises: {list}.': '涨幅最大：{list}。',
  'Largest falls: {list}.': '跌幅最大：{list}。',
  'No rises.': '无上涨。',
  'No falls.': '无下跌。',
  // Day detail
  'Why did it move? {date}': '异动归因：{date}',
  'Close the day detail': '关闭当日详情',
  'The day could not be loaded: {reason}': '当日数据加载失败：{reason}',
  'Loading the day…': '当日数据加载中…',
  'Computed without {tickers} (data unavailable).': '计算未包含 {tickers}（数据不可用）。',
  'Sector move on {date}': '{date}板块涨跌',
  Basket: '组合',
  'Cap-weighted': '市值加权',
  'Equal-weighted': '等权',
  'Up / down': '涨 / 跌',
  'Largest contributions': '主要贡献',
  'no session': '无交易',
  'Moves on {date}': '{date}个股涨跌',
  Weight: '权重',
  'Share of its market basket, by market cap in CNY at the previous close':
    '按前一收盘时人民币市值计算、在所属市场组合中的占比',
  Contribution: '贡献',
  'Weight × move, in percentage points of its market basket’s move':
    '权重 × 涨跌幅，即对所属市场组合涨跌的贡献（百分点）',
  'News of the session': '当日新闻',
  '{count} more in the news list': '另有 {count} 条见新闻列表',
  'market closed': '休市',
  'listing day': '上市首日',
  '{exchange} closed on {date}: {reason}. News published that day belongs to its next session, {next}.':
    '{exchange}于{date}休市（{reason}）。当日发布的新闻归入下一交易日 {next}。',
  '{exchange} closed on {date}: {reason}.': '{exchange}于{date}休市（{reason}）。',
  '{exchange}: {date} is outside the trading calendar.': '{exchange}：{date} 不在交易日历范围内。',
  'No data for {date} yet: the latest session is {latest}.':
    '暂无 {date} 的数据：最新交易日为 {latest}。',
  weekend: '周末',
  'public holiday': '公众假期',
  'severe weather (typhoon signal No. 8 or black rainstorm)': '恶劣天气（八号风球或黑色暴雨）',
  'after the previous close': '前一交易日收盘后',
  'before the open': '开盘前',
  'during the morning session': '早盘时段',
  'during the lunch break': '午间休市时',
  'during the afternoon session': '午盘时段',
  'News rule:': '新闻归属规则：',
  'an item belongs to the session it could have moved: published on a trading day before the close (16:00 HKT for HK, 15:00 CST for A-shares), pre-open and lunch break included, it counts for that day; published at or after the close, or on a weekend or holiday, it counts for the market’s next session.':
    '新闻归入其可能影响的交易日：在交易日收盘前（港股 16:00、A股 15:00，北京时间）发布的，包括开盘前和午间休市，归入当日；收盘时或收盘后、周末或假期发布的，归入该市场的下一交易日。',
  'Move: close-to-close on forward-adjusted closes. Weight: market cap in CNY at the previous close, as a share of the listing’s market basket (HK or A); contribution = weight × move, so a basket’s contributions add up to its cap-weighted move.':
    '涨跌：按前复权收盘价计算的日涨跌。权重：前一收盘时的人民币市值在所属市场组合（港股或A股）中的占比；贡献 = 权重 × 涨跌幅，组合内贡献之和即市值加权涨跌幅。',
  // Main chart
  'Band: mean ± 1σ since {since}.': '区间带：{since} 以来均值 ± 1σ。',
  '▲ under a bar: a session with news (hover for the headlines). Click a session to see why it moved.':
    '柱下 ▲ 表示当日有新闻（悬停查看标题）。点击交易日可查看异动归因。',
  '{count} sessions with news are marked under the bars.': '柱下标记了 {count} 个有新闻的交易日。',
}
