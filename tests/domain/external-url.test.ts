import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maxExternalUrlLength, safeExternalUrl } from '@/domain/external-url'

describe('safeExternalUrl', () => {
  it.each([
    ['a plain https URL', 'https://www.cls.cn/detail/1957329', 'https://www.cls.cn/detail/1957329'],
    [
      'a plain http URL',
      'http://finance.eastmoney.com/a/2025.html',
      'http://finance.eastmoney.com/a/2025.html',
    ],
    [
      'scheme and host in capitals',
      'HTTPS://WWW1.HKEXNEWS.HK/a.pdf',
      'https://www1.hkexnews.hk/a.pdf',
    ],
    ['surrounding spaces and newlines', '  https://example.com/x \n', 'https://example.com/x'],
    ['a host only', 'https://example.com', 'https://example.com/'],
    ['a port', 'https://example.com:8443/a', 'https://example.com:8443/a'],
    ['an IPv4 host', 'http://127.0.0.1/a', 'http://127.0.0.1/a'],
    [
      'Chinese in the query (percent-encoded)',
      'https://www.cls.cn/searchPage?keyword=创新药&type=all',
      'https://www.cls.cn/searchPage?keyword=%E5%88%9B%E6%96%B0%E8%8D%AF&type=all',
    ],
    ['an IDN host, in its ASCII form', 'https://例え.jp/a', 'https://xn--r8jz45g.jp/a'],
    [
      'a Cyrillic look-alike host, in its ASCII form',
      'https://еxample.com/',
      'https://xn--xample-2of.com/',
    ],
    [
      'percent-encoding in the path',
      'https://example.com/%6Aavascript:alert(1)',
      'https://example.com/%6Aavascript:alert(1)',
    ],
    ['a fragment', 'https://example.com/a#b', 'https://example.com/a#b'],
  ])('accepts %s', (_name, input, expected) => {
    expect(safeExternalUrl(input)).toBe(expected)
  })

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in mixed case', 'JaVaScRiPt:alert(document.cookie)'],
    ['javascript: after spaces', '   javascript:alert(1)'],
    ['javascript: after a NUL', '\u0000javascript:alert(1)'],
    ['javascript: after a C0 control', '\u0001\u001fjavascript:alert(1)'],
    ['javascript: with a tab inside the scheme', 'java\tscript:alert(1)'],
    ['javascript: with a newline inside the scheme', 'java\nscript:alert(1)'],
    ['javascript: with an escaped newline', 'jav&#x0A;ascript:alert(1)'],
    ['javascript: percent-encoded', '%6A%61%76%61%73%63%72%69%70%74:alert(1)'],
    ['javascript: with one encoded letter', '%6Aavascript:alert(1)'],
    ['javascript: behind a zero-width space', '\u200bjavascript:alert(1)'],
    ['javascript: behind a byte-order mark', '\ufeffjavascript:alert(1)'],
    ['javascript: in full-width letters', 'ｊａｖａｓｃｒｉｐｔ:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['data: in capitals', 'DATA:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['VBScript: in mixed case', 'VbScRiPt:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://example.com/a'],
    ['blob:', 'blob:https://example.com/uuid'],
    ['mailto:', 'mailto:someone@example.com'],
    ['protocol-relative', '//evil.example/a'],
    ['protocol-relative with backslashes', '\\\\evil.example/a'],
    ['a relative path', '/search/titlesearch.xhtml'],
    ['a bare host', 'www.example.com/a'],
    ['https without slashes', 'https:evil.example'],
    ['https with one slash', 'https:/evil.example'],
    ['https with backslashes', 'https:\\\\evil.example/a'],
    ['https with a slash and a backslash', 'https:/\\evil.example/a'],
    ['https with three slashes', 'https:///evil.example'],
    ['http with an empty host', 'http://'],
    ['user-info that looks like the host', 'https://www1.hkexnews.hk@evil.example/a.pdf'],
    ['user and password', 'https://user:pass@example.com/'],
    ['an empty user-info', 'https://@example.com/'],
    ['an encoded @ in user-info', 'https://trusted.example%40evil.example@evil.example/'],
    ['a space inside', 'https://example.com/a b'],
    ['a tab inside the host', 'https://exa\tmple.com/'],
    ['a newline inside', 'https://example.com/\nx'],
    ['a DEL character', 'https://example.com/\u007f'],
    ['a C1 control', 'https://example.com/\u0085'],
    ['a right-to-left override', 'https://example.com/\u202egpj.exe'],
    ['a no-break space', 'https://example.com/\u00a0'],
    ['a malformed IPv6 host', 'https://[::1/a'],
    ['a malformed IDN label', 'https://xn--/'],
    ['a host with a forbidden code point', 'https://exa<mple.com/'],
    ['an empty string', ''],
    ['only spaces', '   '],
    ['longer than the limit', `https://example.com/${'a'.repeat(maxExternalUrlLength)}`],
  ])('refuses %s', (_name, input) => {
    expect(safeExternalUrl(input)).toBeNull()
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object', { href: 'https://example.com/' }],
    ['a URL object', new URL('https://example.com/')],
    ['an array', ['https://example.com/']],
  ])('refuses %s (not a string)', (_name, input) => {
    expect(safeExternalUrl(input)).toBeNull()
  })

  it('returns only absolute http(s) URLs without user-info, and is idempotent', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      // fc.webUrl is slow (its path arbitrary): a URL from faster parts.
      fc
        .tuple(fc.constantFrom('http', 'HTTPS', 'https'), fc.webAuthority(), fc.string())
        .map(([scheme, authority, rest]) => `${scheme}://${authority}/${rest}`),
      fc.tuple(fc.domain(), fc.string()).map(([host, user]) => `https://${user}@${host}/`),
      fc
        .tuple(
          fc.constantFrom('javascript:', 'data:', 'vbscript:', '//', 'https:', 'http://'),
          fc.string(),
        )
        .map(([scheme, rest]) => scheme + rest),
    )
    fc.assert(
      fc.property(text, (input) => {
        const url = safeExternalUrl(input)
        if (url === null) return
        const parsed = new URL(url)
        expect(['http:', 'https:']).toContain(parsed.protocol)
        expect(parsed.hostname).not.toBe('')
        expect(parsed.username + parsed.password).toBe('')
        expect(url).toMatch(/^https?:\/\/[^/@\\]+(\/|$)/)
        expect(safeExternalUrl(url)).toBe(url)
      }),
      { numRuns: 150 },
    )
  })
})
