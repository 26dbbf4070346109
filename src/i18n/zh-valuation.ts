/** Simplified Chinese for the Valuation view (keys already in zh-core are not repeated). */
export const zhValuation: Readonly<Record<string, string>> = {
  // Controls
  'Series and window': '序列与区间',
  Metric: '指标',
  'Price ÷ TTM net profit. Not meaningful (n/m) for a loss-maker: use PS-TTM for those.':
    '股价 ÷ 近十二个月净利润。亏损公司无意义（n/m），请改看 PS-TTM。',
  'Price ÷ book value per share.': '股价 ÷ 每股净资产。',
  'Price ÷ TTM revenue: meaningful for loss-making biotechs too.':
    '股价 ÷ 近十二个月营收：对亏损的生物科技公司同样有意义。',
  'Sector method': '板块计算方法',
  Aggregate: '整体法',
  Median: '中位数',
  Harmonic: '调和平均',
  'TTM net profit': '近十二个月净利润',
  'book value': '净资产',
  'TTM revenue': '近十二个月营收',
  'Σ market cap ÷ Σ {what}, both in CNY at the day’s rate: the sector as one company, big caps weigh more.':
    '总市值 ÷ {what}之和，均按当日汇率折算人民币：把板块视为一家公司，大市值权重更高。',
  'The middle constituent’s multiple: one outlier cannot move it.':
    '成分股估值倍数的中位数：单个极端值无法左右它。',
  'n ÷ Σ (1 ÷ multiple): the inverse of the average {what} yield, every company weighted equally.':
    'n ÷ Σ(1 ÷ 倍数)：平均{what}收益率的倒数，每家公司等权。',
  'Loss-makers (PE below zero) are excluded and counted.': '亏损公司（PE 为负）被剔除并计数。',
  'Companies with negative book value are excluded and counted.': '净资产为负的公司被剔除并计数。',
  'Companies without positive TTM revenue are excluded and counted.':
    '近十二个月营收不为正的公司被剔除并计数。',
  'Window start': '区间起点',
  'Since {date}': '自 {date} 起',
  'Or drag the marker on the chart (arrow keys: ± 1 week, Page Up/Down: ± 1 year). The window ends at each series’ latest observation.':
    '也可拖动图上的标记（方向键 ± 1 周，Page Up/Down ± 1 年）。区间终点为各序列的最新观测。',
  'Sector baskets (Biopulse)': '板块组合（Biopulse 计算）',
  Companies: '公司',
  'Add a company': '添加公司',
  'e.g. 02696 or Henlius': '例如 02696 或 复宏汉霖',
  '{ticker} is already shown.': '{ticker} 已在图中。',
  shown: '已显示',
  'A-share history: Eastmoney datacenter. HK history: Baidu 股市通, the only free per-company source known (unverified in live mode); HK PS-TTM is computed from Eastmoney HK results.':
    'A股历史：东方财富数据中心。港股历史：百度股市通，目前已知唯一的免费个股来源（实时模式下未经验证）；港股 PS-TTM 由东方财富港股财报计算。',
  'Official index (not ours)': '官方指数（非本站计算）',
  '{name} ({code})': '{name}（{code}）',
  'CSI All Share Health Care Index': '中证全指医药卫生指数',
  'CSI index': '中证指数',
  'PE-TTM as China Securities Index publishes it (its constituents, its method); drawn dashed and never mixed into the sector series.':
    '中证指数公司公布的 PE-TTM（其成分股与方法）；以虚线绘制，绝不与板块序列混合。',
  'Show {name} ({file})': '显示 {name}（{file}）',
  '{id} (not in this browser)': '{id}（不在此浏览器中）',
  // Series labels and methods
  '{name} ({code}) PE-TTM, published by CSI': '{name}（{code}）PE-TTM，中证公布',
  'Imported series {id}': '导入序列 {id}',
  'Biopulse, {method}': 'Biopulse 计算，{method}',
  'Baidu market cap ÷ TTM revenue from Eastmoney HK results (computed)':
    '百度市值 ÷ 东方财富港股财报近十二个月营收（计算所得）',
  'Baidu 股市通 (unverified in live mode)': '百度股市通（实时模式下未经验证）',
  'Eastmoney datacenter, as published': '东方财富数据中心，原样公布',
  'China Securities Index, its own constituents and method': '中证指数公司，其自身成分股与方法',
  'Imported file, not checked by Biopulse': '导入文件，Biopulse 未校验',
  'Imported from {file} on {date}, not checked by Biopulse':
    '于 {date} 从 {file} 导入，Biopulse 未校验',
  'CSI publishes PE-TTM only for this index; shown with PE-TTM.':
    '中证仅公布该指数的 PE-TTM；选择 PE-TTM 时显示。',
  'This imported series is not in this browser (imports stay on the device that made them).':
    '此导入序列不在本浏览器中（导入数据只保存在导入它的设备上）。',
  '{used} of {constituents} used, {excluded} loss-makers excluded':
    '{constituents} 家中采用 {used} 家，剔除亏损 {excluded} 家',
  '{used} of {constituents} used, {excluded} not meaningful excluded':
    '{constituents} 家中采用 {used} 家，剔除无意义 {excluded} 家',
  // Band chart
  'Valuation bands': '估值通道',
  'Bands on': '通道基于',
  '{metric} against its own history: mean and ±1σ / ±2σ bands since {since}':
    '{metric} 与自身历史对比：{since} 以来均值及 ±1σ / ±2σ 通道',
  '±2σ band': '±2σ 区间',
  'Before the window start (not in the statistics)': '区间起点之前（不计入统计）',
  'Window start (drag, or use the arrow keys)': '区间起点（可拖动或用方向键）',
  'no observation': '无观测',
  'Bands on {label}.': '通道基于{label}。',
  'Also drawn: {labels}.': '同时绘制：{labels}。',
  'the band chart': '估值通道图',
  'Log scale: only values above zero can be drawn; a band reaching below zero is cut at the axis.':
    '对数坐标：只能绘制大于零的数值；低于零的通道在坐标轴处截断。',
  'Solid: computed by Biopulse; dashed: published by a vendor; dotted: imported. Gaps are days on which a value is not meaningful.':
    '实线：Biopulse 计算；虚线：数据商公布；点线：导入。断开处为数值无意义的交易日。',
  '{label} could not be loaded: {reason}': '{label} 加载失败：{reason}',
  'Loading {label}…': '正在加载{label}…',
  '{label} computed without {tickers} (data unavailable).':
    '{label} 计算时缺少 {tickers}（数据不可用）。',
  'No series chosen: pick one under “Series and window”.': '未选择序列：请在“序列与区间”中选择。',
  'Nothing to draw yet.': '暂无可绘制的数据。',
  // Summary
  'Valuation summary': '估值摘要',
  'Generated summary': '自动生成的摘要',
  Mean: '均值',
  σ: 'σ',
  '−2σ': '−2σ',
  '−1σ': '−1σ',
  '+1σ': '+1σ',
  '+2σ': '+2σ',
  'vs mean': '相对均值',
  Min: '最低',
  Max: '最高',
  'Current ÷ trough': '当前 ÷ 谷值',
  'Days used': '采用天数',
  'n/m days': '无意义天数',
  'Days in the window with a meaningful value: the statistics are computed over them':
    '区间内数值有意义的天数：统计量据此计算',
  'Share of observations ≤ current': '不高于当前值的观测占比',
  'Population standard deviation over the window': '区间内的总体标准差',
  'Days in the window whose value is not meaningful (excluded from every statistic)':
    '区间内数值无意义的天数（不计入任何统计）',
  'Current ÷ mean − 1': '当前 ÷ 均值 − 1',
  'Window: {since} to each series’ latest observation. Percentile = share of observations ≤ current; σ = population standard deviation; n/m = not meaningful (e.g. PE of a loss-maker), excluded from every statistic and counted.':
    '区间：{since} 至各序列的最新观测。分位 = 不高于当前值的观测占比；σ = 总体标准差；n/m = 无意义（如亏损公司的 PE），不计入任何统计并单独计数。',
  'Some PE values are not meaningful (loss-makers).': '部分 PE 无意义（亏损公司）。',
  'Show PS-TTM instead': '改看 PS-TTM',
  'Could not be loaded: {reason}': '加载失败：{reason}',
  'No observation in the window.': '区间内无观测。',
  'Not meaningful on any day of the window.': '区间内每一天都无意义。',
  '{label}: no observation since {since}.': '{label}：自 {since} 起无观测。',
  '{label} is not meaningful on {date} ({reason})': '{label} 在 {date} 无意义（{reason}）',
  '; its last meaningful value was {value} on {date}': '；最近一次有意义的数值为 {date} 的 {value}',
  '; it has no meaningful value since {since}': '；自 {since} 起没有有意义的数值',
  'PS-TTM is the meaningful multiple for loss-makers.': '对亏损公司而言，PS-TTM 才是有意义的倍数。',
  'loss-making: PE below zero': '亏损：PE 为负',
  'no constituent is profitable': '没有盈利的成分股',
  'negative book value': '净资产为负',
  'no positive TTM revenue': '近十二个月营收不为正',
  // Scatter
  'Valuation vs what came next': '估值与其后走势',
  'Forward horizon': '前瞻期',
  '{count} sessions': '{count} 个交易日',
  'the scatter': '散点图',
  '{metric} percentile vs the basket’s next {horizon} sessions':
    '{metric} 分位与组合其后 {horizon} 个交易日收益',
  'Sector {metric} percentile, point-in-time (no look-ahead)':
    '板块 {metric} 分位（时点口径，无前视）',
  'Return, next {horizon} sessions': '其后 {horizon} 个交易日收益',
  '{market} today': '{market} 当前',
  'Percentile (point-in-time)': '分位（时点口径）',
  'Next {horizon} sessions': '其后 {horizon} 个交易日',
  '{label}: {count} days. In the bottom fifth of its point-in-time range the basket returned {low} on average over the next {horizon} sessions ({lowCount} days); in the top fifth {high} ({highCount} days). Today: {today} percentile, return not known yet.':
    '{label}：共 {count} 天。时点分位处于最低五分之一时，组合其后 {horizon} 个交易日平均收益 {low}（{lowCount} 天）；处于最高五分之一时为 {high}（{highCount} 天）。当前：{today} 分位，其后收益尚未可知。',
  'Point-in-time: each day’s percentile ranks it only against the window up to that day, as an investor could have known it (no look-ahead); the first {warmUp} sessions of the window only build the history. Return: the cap-weighted basket’s daily moves compounded over the next sessions. Consecutive days share most of their window, so the dots are not independent observations.':
    '时点口径：每天的分位只与区间起点至当日的数据比较，即投资者当时可知的信息（无前视）；区间的前 {warmUp} 个交易日只用于积累历史。收益：市值加权组合的日涨跌在其后交易日内复利累计。相邻交易日的收益期大部分重叠，因此各点并非独立观测。',
  'The scatter could not be computed: {reason}': '散点图无法计算：{reason}',
  'Loading the scatter…': '正在加载散点图…',
  'Mean return over the next {horizon} sessions by percentile fifth':
    '按分位五等分的其后 {horizon} 个交易日平均收益',
  '{count} days, {up} up': '{count} 天，{up} 上涨',
  // Export
  'Download {subject} as CSV': '将{subject}下载为 CSV',
  'Download {subject} as PNG': '将{subject}下载为 PNG',
  'The CSV could not be made: {reason}': '无法生成 CSV：{reason}',
  'The PNG could not be made: {reason}': '无法生成 PNG：{reason}',
  'there is no chart to export yet': '尚无可导出的图表',
  'Sample data (synthetic), not real market data': '样例数据（合成），并非真实行情',
  'Live data through the /upstream proxy': '经 /upstream 代理获取的实时数据',
  'window {since} → latest': '区间 {since} → 最新',
  'exported {date}': '导出于 {date}',
}
