/** Simplified Chinese for live-data provenance: sources, freshness, fallbacks, recorded snapshots. */
export const zhLive: Readonly<Record<string, string>> = {
  'Recorded snapshot of {date} (real data, served offline)':
    '{date} 录制的快照（真实数据，离线提供）',
  'Recorded snapshot': '录制快照',
  'Live upstream data': '实时上游数据',
  'Synthetic sample data': '合成样例数据',
  'Real upstream data recorded by npm run snapshot:record, served offline by the sample emulation.':
    '由 npm run snapshot:record 录制的真实上游数据，经样例模拟离线提供。',
  'Real-time': '实时',
  Delayed: '延时',
  'End of day': '收盘数据',
  HK: '港股',
  'A-shares': 'A股',
  'unverified source': '未经验证的来源',
  'as of {time} UTC+8': '截至 {time}（UTC+8）',
  'fetched {time}': '获取于 {time}',
  'fallback: {failures}': '已切换备用来源：{failures}',
  'unavailable: {failures}': '不可用：{failures}',
  '{source} skipped after a recent failure': '{source} 近期失败，已暂时跳过',
  '{source} failed ({message})': '{source} 失败（{message}）',
  '{failure} (and {count} more)': '{failure}（另有 {count} 次）',
  'Loading…': '加载中…',
  Quotes: '行情',
  Moves: '涨跌',
  'Sector PE': '板块市盈率',
  News: '新闻',
  'Moves: close-to-close on forward-adjusted daily closes; a suspension compares with the last printed close.':
    '涨跌：按前复权日收盘价计算的日涨跌；停牌后与最近一次收盘价比较。',
  'News could not be loaded: {reason}': '新闻加载失败：{reason}',
  'PE-TTM is not available from the Eastmoney fallback (it publishes a dynamic PE only).':
    '东方财富备用行情不提供市盈率TTM（仅有动态市盈率）。',
  'Hong Kong per-company valuation history: Baidu is the only free source known and is unverified; when it refuses, HK constituents are left out.':
    '港股个股估值历史：百度是已知唯一的免费来源，且未经验证；其拒绝服务时，港股成分股将被排除。',
}
