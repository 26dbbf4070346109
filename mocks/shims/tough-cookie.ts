/**
 * Stand-in for `tough-cookie` in the browser bundle (aliased in vite.config.ts). MSW keeps a cookie
 * jar for the requests it intercepts (msw/lib/core/utils/cookieStore), and tough-cookie brings the
 * public-suffix list (tldts) with it: about 200 KB of the mock chunk's 465 KB, compiled and
 * evaluated on every cold load in sample mode. No upstream the sample emulates sets or reads a
 * cookie, so this jar keeps none: what msw's cookie store calls, and nothing more.
 */

/** A stored cookie; never restored (the jar keeps none). */
export class Cookie {
  static fromJSON(): Cookie | null {
    return null
  }

  toJSON(): Record<string, never> {
    return {}
  }
}

/** The in-memory store msw hands the jar; its index stays empty. */
export class MemoryCookieStore {
  idx: Record<string, Record<string, Record<string, Cookie>>> = {}
}

/** A jar that keeps no cookie: requests carry none, responses' Set-Cookie are dropped. */
export class CookieJar {
  getCookiesSync(): Cookie[] {
    return []
  }

  async setCookie(): Promise<undefined> {
    return undefined
  }
}
