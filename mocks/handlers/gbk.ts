/**
 * A GBK encoder for the mocks (the Tencent quote emulation serves GBK bytes on `/q=` as the real
 * host does). Browsers and Node only decode GBK, so the table is built once, lazily, by decoding
 * every two-byte GBK code with `TextDecoder('gbk')` and inverting the result — in one call: the
 * codes are written one per line (`lead trail \n`) and the decoded text split at the line ends. A
 * code without a character decodes to U+FFFD (plus its trail byte when that is ASCII), so its line
 * is not one character long and is skipped; `\n` is never swallowed, so the lines stay aligned.
 */
let table: Uint16Array | null = null

/** GBK code (lead × 256 + trail) per UTF-16 code unit; 0 where GBK has none (or for ASCII). */
function gbkTable(): Uint16Array {
  if (table) return table
  const codes: number[] = []
  for (let lead = 0x81; lead <= 0xfe; lead += 1)
    for (let trail = 0x40; trail <= 0xfe; trail += 1)
      if (trail !== 0x7f) codes.push(lead * 256 + trail)
  const bytes = new Uint8Array(codes.length * 3)
  codes.forEach((code, i) => {
    bytes[i * 3] = code >> 8
    bytes[i * 3 + 1] = code & 0xff
    bytes[i * 3 + 2] = 0x0a
  })
  const lines = new TextDecoder('gbk').decode(bytes).split('\n')
  const built = new Uint16Array(0x10000)
  codes.forEach((code, i) => {
    const char = lines[i] ?? ''
    const unit = char.charCodeAt(0)
    // One UTF-16 unit, a real character, the first code found for it.
    if (char.length === 1 && char !== '\ufffd' && built[unit] === 0) built[unit] = code
  })
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
