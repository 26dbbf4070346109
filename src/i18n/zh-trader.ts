/**
 * Simplified Chinese for the trader features: market-status badges, watchlist editing and the
 * A/H premium column, the Compare view and its A/H premium section.
 */
export const zhTrader: Readonly<Record<string, string>> = {
  // Market status (header)
  'Market status': '市场状态',
  'Exchange time (UTC+8)': '交易所时间（UTC+8）',
  HK: '港股',
  'A-share': 'A股',
  'Hong Kong market': '港股市场',
  'A-share market': 'A股市场',
  'Pre-open': '开市前时段',
  'Morning session': '早市',
  'Lunch break': '午间休市',
  'Afternoon session': '午市',
  'Closing auction': '收市竞价',
  Closed: '已收市',
  Holiday: '假期休市',
  'pre-open': '开市前时段',
  'morning session': '早市交易中',
  'lunch break': '午间休市',
  'afternoon session': '午市交易中',
  'closing auction': '收市竞价交易时段',
  closed: '已收市',
  'closed for a holiday': '假期休市',
  'Closed (severe weather)': '恶劣天气休市',
  'closed for severe weather': '因恶劣天气休市',
  'closed for the weekend': '周末休市',
  '{phase} · half day': '{phase} · 半日市',
  '{phase}, half day (no afternoon session)': '{phase}，半日市（无午市）',
  '{market}: {status}': '{market}：{status}',
  'Until {time} (UTC+8).': '持续至 {time}（UTC+8）。',
  'Next session {date}, {time} (UTC+8).': '下一交易时段：{date} {time}（UTC+8）。',
  'Holidays after the calendar’s last year are not known.': '交易日历最后一年之后的假期未知。',

  // Watchlist editing and the premium column
  'Code or name, e.g. 2696, 荣昌, RemeGen': '代码或名称，如 2696、荣昌、RemeGen',
  'Matches for {text}': '“{text}”的匹配结果',
  '{count} matches': '{count} 个匹配',
  'in watchlist': '已在自选股',
  'Order and remove': '排序与移除',
  'Move up': '上移',
  'Move down': '下移',
  'Move {name} ({ticker}) up': '上移 {name}（{ticker}）',
  'Move {name} ({ticker}) down': '下移 {name}（{ticker}）',
  'Remove {name} ({ticker}) from the watchlist': '从自选股移除 {name}（{ticker}）',
  'A/H prem.': 'A/H溢价',
  'A/H premium: A price ÷ (H price × CNY per HKD) − 1':
    'A/H溢价：A股价格 ÷（H股价格 × 港元兑人民币汇率）− 1',
  'A/H prem. = A price ÷ (H price × CNY per HKD) − 1 at the latest quotes and central parity.':
    'A/H溢价 = A股价格 ÷（H股价格 × 港元兑人民币汇率）− 1，按最新行情与中间价计算。',
  'A {a} CNY {aPrice} ÷ (H {h} HKD {hPrice} × {rate} CNY/HKD, {rateDate}) − 1':
    'A股 {a} CNY {aPrice} ÷（H股 {h} HKD {hPrice} × {rate} 人民币/港元，{rateDate}）− 1',
  'No premium: a quote or the HKD rate is missing.': '无溢价：缺少行情或港元汇率。',

  // Compare view
  'Show as': '显示方式',
  'Rebased to 100': '以100为基准',
  '% change': '涨跌幅%',
  'Log scale': '对数坐标',
  'Sector PE pane': '板块市盈率窗格',
  'Add a listing': '添加股票',
  'Add a sector basket': '添加板块组合',
  compared: '已对比',
  '{name} is already compared.': '{name} 已在对比中。',
  'Up to {max} series can be compared: remove one to add {name}.':
    '最多可对比 {max} 个序列：请先移除一个再添加 {name}。',
  'Pick up to {max} listings or baskets to compare.': '最多可选择 {max} 只股票或板块组合进行对比。',
  'Could not load {names}: {reason}': '无法加载 {names}：{reason}',
  'Performance rebased to 100 vs sector PE': '走势（以100为基准）与板块市盈率',
  'Performance in % vs sector PE': '涨跌幅与板块市盈率',
  'Each series = 100 at its first visible session, from {from} to {to}':
    '各序列以区间内首个交易日为100，{from}至{to}',
  'Change from each series’ first visible session, {from} to {to}':
    '各序列相对区间内首个交易日的涨跌幅，{from}至{to}',
  'no sessions in range': '区间内无交易',
  '{label} {value} on {date}; mean since {since} {mean}':
    '{label} {value}（{date}）；{since} 以来均值 {mean}',
  'Listings: forward-adjusted closes in their own currency. Baskets: cap-weighted daily moves compounded into an index. Every series is rebased at its first session in the range; lines bridge sessions on which a market was closed.':
    '个股：前复权收盘价（各自交易货币）。板块组合：市值加权日涨跌复合成指数。各序列以区间内首个交易日为基准；市场休市日以连线跨过。',
  'Sector PE band: mean ± 1σ since {since}.': '板块市盈率区间带：{since} 以来均值 ± 1σ。',
  '{label} · mean ± 1σ since {since}': '{label} · {since} 以来均值 ± 1σ',
  'Compared series': '对比序列',
  Series: '序列',
  'Base session': '基准交易日',
  Start: '起点',
  Change: '涨跌幅',
  'Loading…': '加载中…',
  'Remove {name} from the comparison': '从对比中移除 {name}',
  'basket, cap-weighted': '组合，市值加权',

  // A/H premium section
  'A/H premium': 'A/H溢价',
  'A+H pair': 'A+H股',
  '{name} A/H premium': '{name} A/H溢价',
  '{pair}: A/H premium vs sector PE': '{pair}：A/H溢价与板块市盈率',
  'Premium = A close ÷ (H close × CNY per HKD) − 1 on sessions both listings traded; the HKD rate is the PBoC central parity, carried forward over mainland holidays (at most 10 days). Band: mean ± 1σ since {since}; the range and sector PE basket follow the Compare panel.':
    '溢价 = A股收盘价 ÷（H股收盘价 × 港元兑人民币汇率）− 1，仅计两地均有交易的日子；港元汇率取人民银行中间价，内地假期沿用前值（最多10天）。区间带：{since} 以来均值 ± 1σ；区间与板块市盈率组合跟随对比面板。',
  'The premium could not be computed: {reason}': '无法计算溢价：{reason}',
  'No session on which both listings traded.': '两地无共同交易日。',
  'one side did not trade': '一方未交易',
  'CNY/HKD': '人民币/港元',
  'No premium since {since}.': '{since} 以来无溢价数据。',
  '{label} {value} on {date} (at {rate} CNY/HKD) is in line with its mean since {since} ({mean}), at the {percentile} percentile':
    '{label} {value}（{date}，汇率 {rate} 人民币/港元），与 {since} 以来均值（{mean}）持平，处于{percentile}',
  '{label} {value} on {date} (at {rate} CNY/HKD) is {gap} percentage points below its mean since {since} ({mean}), at the {percentile} percentile':
    '{label} {value}（{date}，汇率 {rate} 人民币/港元），低于 {since} 以来均值（{mean}）{gap} 个百分点，处于{percentile}',
  '{label} {value} on {date} (at {rate} CNY/HKD) is {gap} percentage points above its mean since {since} ({mean}), at the {percentile} percentile':
    '{label} {value}（{date}，汇率 {rate} 人民币/港元），高于 {since} 以来均值（{mean}）{gap} 个百分点，处于{percentile}',
  'range {min} to {max}': '区间 {min} 至 {max}',
  Highest: '最高',
  Lowest: '最低',
  Sessions: '交易日数',
}
