/**
 * A GBK encoder for the mocks (the Tencent quote emulation serves GBK bytes on `/q=` as the real
 * host does). Browsers and Node only decode GBK, so the table is built once, lazily, by decoding
 * every two-byte GBK code with `TextDecoder('gbk')` and inverting the result — in one call: the
 * codes are written one per line (`lead trail \n`) and the decoded text read line by line. A code
 * without a character decodes to U+FFFD (plus its trail byte when that is ASCII), so its line is
 * not one character long and is skipped; `\n` is never swallowed, so the lines stay aligned. The
 * quote batch is among the first answers of a cold load, so the table is built in one pass over
 * typed arrays, without a string per code.
 */
let table: Uint16Array | null = null

/** GBK code (lead × 256 + trail) per UTF-16 code unit; 0 where GBK has none (or for ASCII). */
function gbkTable(): Uint16Array {
  if (table) return table
  // Leads 0x81-0xFE, trails 0x40-0xFE without 0x7F: 126 × 190 codes, three bytes each.
  const bytes = new Uint8Array(126 * 190 * 3)
  let length = 0
  for (let lead = 0x81; lead <= 0xfe; lead += 1)
    for (let trail = 0x40; trail <= 0xfe; trail += 1)
      if (trail !== 0x7f) {
        bytes[length] = lead
        bytes[length + 1] = trail
        bytes[length + 2] = 0x0a
        length += 3
      }
  const text = new TextDecoder('gbk').decode(bytes)
  const built = new Uint16Array(0x10000)
  let start = 0
  for (let code = 0; code * 3 < length; code += 1) {
    const end = text.indexOf('\n', start)
    const unit = text.charCodeAt(start)
    // One UTF-16 unit, a real character, the first code found for it.
    if (end === start + 1 && unit !== 0xfffd && built[unit] === 0)
      built[unit] = (bytes[code * 3] ?? 0) * 256 + (bytes[code * 3 + 1] ?? 0)
    start = end + 1
  }
  table = built
  return built
}

/** `text` in GBK; throws for a character GBK cannot write (the mock's own data is the bug). */
export function encodeGbk(text: string): Uint8Array<ArrayBuffer> {
  const bytes: number[] = []
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0
    if (point < 0x80) {
      bytes.push(point)
      continue
    }
    const code = point > 0xffff ? 0 : (gbkTable()[point] ?? 0)
    if (code === 0) throw new RangeError(`"${char}" (U+${point.toString(16)}) has no GBK code`)
    bytes.push(code >> 8, code & 0xff)
  }
  return new Uint8Array(bytes)
}
