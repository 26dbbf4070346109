/** Text helpers shared by the news and announcement adapters of every source. */

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

/**
 * Vendor markup to plain text: tags removed (`<em>` highlights and `<br/>` included), entities
 * decoded, whitespace collapsed. The result is rendered as text, never as HTML.
 */
export function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
      if (!name.startsWith('#')) return entities[name.toLowerCase()] ?? entity
      const codePoint =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity
    })
    .replace(/\s+/g, ' ')
    .trim()
}

/** FNV-1a 32-bit hash as 8 hex digits: a stable id for an item without a vendor id. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0
    hash ^= point
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}
