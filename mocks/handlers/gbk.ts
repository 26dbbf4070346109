/**
 * A GBK encoder for the mocks (the Tencent quote emulation serves GBK bytes on `/q=` as the real
 * host does). Browsers and Node only decode GBK, so the table is built once, lazily, by decoding
 * every two-byte GBK code with `TextDecoder('gbk')` and inverting the result.
 */
let table: Map<string, [number, number]> | null = null

function gbkTable(): Map<string, [number, number]> {
  if (table) return table
  const decoder = new TextDecoder('gbk')
  const built = new Map<string, [number, number]>()
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue
      const char = decoder.decode(new Uint8Array([lead, trail]))
      // A code without a character decodes to U+FFFD (plus the trail byte when it is ASCII).
      if (char.length === 1 && char !== '\ufffd' && !built.has(char)) built.set(char, [lead, trail])
    }
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
    const pair = gbkTable().get(char)
    if (!pair) throw new RangeError(`"${char}" (U+${point.toString(16)}) has no GBK code`)
    bytes.push(...pair)
  }
  return new Uint8Array(bytes)
}
