/** Simplified Chinese for the CSV import of the user's own series. */
export const zhImports: Readonly<Record<string, string>> = {
  // Picker, progress, outcome
  'Import CSV': '导入 CSV',
  'Your own series, e.g. a Lixinger or Wind export: a date column and one or more value columns.':
    '导入自己的序列，例如理杏仁或 Wind 导出的文件：一列日期，加一列或多列数值。',
  'Reading {file}': '正在读取 {file}',
  'Reading {file}: {percent}%': '正在读取 {file}：{percent}%',
  Cancel: '取消',
  'Reading {file} was cancelled.': '已取消读取 {file}。',
  '{file} could not be imported.': '{file} 无法导入。',
  'Imported {count} series from {file}.': '已从 {file} 导入 {count} 个序列。',
  'Discarded {file}: nothing was imported.': '已放弃 {file}，未导入任何内容。',
  // Preview
  'Preview of {file}': '{file} 预览',
  'Date column': '日期列',
  'none found': '未找到',
  Order: '顺序',
  'oldest first': '由旧到新',
  'newest first': '由新到旧',
  'not in date order (sorted on import)': '未按日期排列（导入时排序）',
  'Rows read': '读取行数',
  Format: '格式',
  'comma-separated': '逗号分隔',
  'tab-separated': '制表符分隔',
  'semicolon-separated, decimal commas': '分号分隔，逗号为小数点',
  'Series found': '找到的序列',
  '{count} points, {from} to {to}': '{count} 个数据点，{from} 至 {to}',
  'Nothing in this file can be imported.': '此文件中没有可导入的内容。',
  'Problems ({count})': '问题（{count}）',
  Problems: '问题',
  '…and {count} more not listed.': '……另有 {count} 个未列出。',
  'Not saved: too large. {count} of these series will last only until you close the page (this browser keeps up to {limit} points).':
    '不保存：数据过大。其中 {count} 个序列仅保留到关闭页面为止（本浏览器最多保存 {limit} 个数据点）。',
  'Import {count} series': '导入 {count} 个序列',
  Discard: '放弃',
  'line {line}: {reason}': '第 {line} 行：{reason}',
  'line {line}, {column}: {reason}': '第 {line} 行，{column}：{reason}',
  // Imported series
  'No imported series yet.': '尚未导入任何序列。',
  'Imported series': '已导入的序列',
  '{file} · {count} points, {from} to {to}': '{file} · {count} 个数据点，{from} 至 {to}',
  'not saved: too large': '未保存：数据过大',
  'not saved: browser storage is full or blocked': '未保存：浏览器存储已满或被禁用',
  'Remove {name}': '移除 {name}',
  // Problems found in a file (csvIssueMessages in src/domain/csv-issues.ts)
  'the file has no rows': '文件没有任何行',
  'skipped: comes before the header row': '已跳过：位于表头之前',
  'no date column: name one "date" or "日期", or put dates such as 2025-02-26 in a column':
    '没有日期列：请将其命名为 "date" 或 "日期"，或在某一列中填写 2025-02-26 这样的日期',
  'there are no data rows below the header': '表头下方没有数据行',
  'no row has a date that could be read': '没有任何一行的日期可以识别',
  'no column besides the date has numbers': '除日期外没有包含数字的列',
  'no date; the row is skipped': '缺少日期，已跳过该行',
  '"{cell}" is not a date; the row is skipped': '"{cell}" 不是日期，已跳过该行',
  '"{cell}" is not a real date; the row is skipped': '"{cell}" 不是真实存在的日期，已跳过该行',
  '"{cell}" is not a number': '"{cell}" 不是数字',
  '"{cell}" is too large to use': '"{cell}" 数值过大，无法使用',
  'more cells than the header has columns; the extra cells are ignored':
    '单元格数多于表头列数，多出的单元格已忽略',
  '{date} already appeared on line {first}; the later value is used':
    '{date} 已在第 {first} 行出现，采用后出现的值',
  'dates are written in several formats ({formats}); all of them were read':
    '日期使用了多种格式（{formats}），均已识别',
  // Files that cannot be read (csvReadErrorMessages in src/providers/csv-file/read-csv.ts)
  'The file is empty.': '文件为空。',
  'This looks like an Excel/ZIP file: export it as CSV.':
    '这似乎是 Excel/ZIP 文件：请先导出为 CSV。',
  'This is not a text file (it contains binary data): choose a CSV file.':
    '这不是文本文件（包含二进制数据）：请选择 CSV 文件。',
  'A quoted field that starts on line {line} never ends (a stray " character?).':
    '从第 {line} 行开始的引号字段没有结束（是否多了一个 " 字符？）。',
  'The file could not be read: {reason}': '无法读取文件：{reason}',
}
