/** Simplified Chinese for failure states: failed refreshes, panels that could not be shown. */
export const zhFaults: Readonly<Record<string, string>> = {
  'Refresh failed at {time}': '{time} 刷新失败',
  'showing data as of {time} (UTC+8)': '显示截至 {time}（UTC+8）的数据',
  'Retrying…': '正在重试…',
  '{part} could not be shown: {reason}': '{part}无法显示：{reason}',
  'This panel could not be shown: {reason}': '此面板无法显示：{reason}',
  '{label}: not loaded': '{label}：未加载',
  'not loaded': '未加载',
  FX: '汇率',
  'No A/H premium: the HKD rate could not be loaded ({reason}).':
    '无法计算 A/H 溢价：港币汇率加载失败（{reason}）。',
  'News of {count} issuers could not be loaded: {reason}':
    '{count} 家发行人的新闻加载失败：{reason}',
  'Moves and market caps': '涨跌与市值',
  'The movers table': '涨跌排行表',
  'The heat map': '热力图',
  'Sector {metric}': '板块{metric}',
  'Basket moves': '板块组合涨跌',
  Prices: '价格',
  Premium: '溢价',
}
