/**
 * A GBK encoder for the mocks (the Tencent quote emulation serves GBK bytes on `/q=` as the real
 * host does). Browsers and Node only decode GBK, so the table is built once, lazily, by decoding
 * every two-byte GBK code with `TextDecoder('gbk')` and inverting the result — in one call: the
 * codes are written one per line (`lead trail \n`) and the decoded text split at the line ends. A
 * code without a character decodes to U+FFFD (plus its trail byte when that is ASCII), so its line
 * is not one character long and is skipped; `\n` is never swallowed, so the lines stay aligned.
 */
let table: Map<string, [number, number]> | null = null

function gbkTable(): Map<string, [number, number]> {
  if (table) return table
  const codes: [number, number][] = []
  for (let lead = 0x81; lead <= 0xfe; lead += 1)
    for (let trail = 0x40; trail <= 0xfe; trail += 1) if (trail !== 0x7f) codes.push([lead, trail])
  const bytes = new Uint8Array(codes.length * 3)
  codes.forEach(([lead, trail], i) => bytes.set([lead, trail, 0x0a], i * 3))
  const lines = new TextDecoder('gbk').decode(bytes).split('\n')
  const built = new Map<string, [number, number]>()
  codes.forEach((code, i) => {
    const char = lines[i] ?? ''
    if (char.length === 1 && char !== '\ufffd' && !built.has(char)) built.set(char, code)
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
    const pair = gbkTable().get(char)
    if (!pair) throw new RangeError(`"${char}" (U+${point.toString(16)}) has no GBK code`)
    bytes.push(...pair)
  }
  return new Uint8Array(bytes)
}
