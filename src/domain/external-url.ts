/**
 * The one gate for links to other sites: every URL that came from an upstream or a file passes
 * here before it is stored as a link (providers) and again before it is rendered as one
 * (components). Anything it refuses is shown as plain text.
 */

/** Longer than any article or filing address seen; a longer value is not a link worth opening. */
export const maxExternalUrlLength = 2048

/**
 * The URL parser silently drops tabs and newlines inside a URL and C0 controls and spaces around
 * it (`java\tscript:`, `\u0000javascript:`), so none may appear; nor may other invisible or
 * direction-changing characters that would make the address read differently from what it is.
 */
function hasForbiddenCharacter(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code <= 0x20 || (code >= 0x7f && code <= 0xa0)) return true
  }
  return /[\u1680\u2000-\u200f\u2028-\u202f\u205f\u2060-\u206f\u3000\ufeff]/.test(text)
}

/**
 * The URL to put in an `href`, or null when the value must stay plain text.
 *
 * Accepted: a string, trimmed of ordinary surrounding spaces, that starts with `http://` or
 * `https://` (any letter case), parses as an absolute URL with a host and carries no user
 * name or password; at most {@link maxExternalUrlLength} characters. Returned in the parser's
 * normal form (`url.href`): scheme and host lower-cased, an international domain name in its
 * ASCII (`xn--…`) form, so a look-alike host shows as such.
 *
 * Refused (null): anything not a string; `javascript:`, `data:`, `vbscript:`, `file:` and every
 * other scheme, whatever its case or percent-encoding; protocol-relative (`//host`), relative and
 * scheme-only (`https:host`) values; control characters, tabs, newlines or inner spaces anywhere
 * (the parser would silently drop some of them); backslashes before the host (`https:\\host`);
 * user-info (`https://trusted.example@evil.example/`); a malformed or empty host.
 */
export function safeExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const text = value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '')
  if (text.length === 0 || text.length > maxExternalUrlLength) return null
  if (hasForbiddenCharacter(text)) return null
  if (!/^https?:\/\/[^/\\]/i.test(text)) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null
  // A raw `@` before the path is user-info even when the parser left both fields empty (`https://@host`).
  if (/^https?:\/\/[^/?#]*@/i.test(text)) return null
  return url.href
}
