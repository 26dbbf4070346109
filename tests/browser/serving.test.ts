import { request } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openBrowser, type BrowserSession } from './chromium'

interface Answer {
  status: number
  encoding: string | undefined
  vary: string | undefined
  body: Buffer
}

/** GET with exactly the Accept-Encoding given, the body as sent (not decoded). */
function get(url: string, acceptEncoding: string | null): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === null ? {} : { 'Accept-Encoding': acceptEncoding }
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          encoding: response.headers['content-encoding'],
          vary: response.headers.vary,
          body: Buffer.concat(chunks),
        }),
      )
      response.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

/**
 * `vite preview` serves the build's precompressed copies (vite.config.ts, precompressedAssets):
 * brotli or gzip as the client accepts, the same bytes once decoded, the file itself otherwise.
 */
describe('precompressed assets (built app, vite preview)', () => {
  const base = inject('baseUrl')
  let assets: string[] = []

  beforeAll(async () => {
    const html = (await get(base, null)).body.toString('utf8')
    assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
      (match) => new URL(match[1] ?? '', base).href,
    )
  })

  it('finds the entry, its modulepreloads and the stylesheet in index.html', () => {
    expect(assets.length).toBeGreaterThanOrEqual(4)
    expect(assets.some((url) => url.endsWith('.css'))).toBe(true)
  })

  it('answers brotli, gzip or identity as accepted, with the same bytes once decoded', async () => {
    for (const url of assets) {
      const plain = await get(url, null)
      expect(plain.status, url).toBe(200)
      expect(plain.encoding, url).toBeUndefined()

      const br = await get(url, 'gzip, deflate, br, zstd')
      expect(br.encoding, url).toBe('br')
      expect(br.vary, url).toMatch(/Accept-Encoding/i)
      expect(br.body.length, url).toBeLessThan(plain.body.length)
      expect(brotliDecompressSync(br.body).equals(plain.body), url).toBe(true)

      const gz = await get(url, 'gzip')
      expect(gz.encoding, url).toBe('gzip')
      expect(gunzipSync(gz.body).equals(plain.body), url).toBe(true)
    }
  })

  describe('in Chromium', () => {
    let session: BrowserSession

    beforeAll(async () => {
      session = await openBrowser()
    })
    afterAll(async () => {
      await session.close()
    })

    it('downloads the scripts and the sample snapshot brotli-compressed', async () => {
      const encodings = new Map<string, string | null>()
      session.page.on('response', (response) => {
        const path = new URL(response.url()).pathname
        if (/^\/assets\/.+\.(js|json)$/.test(path))
          void response
            .headerValue('content-encoding')
            .then((value) => encodings.set(path, value))
            .catch(() => undefined)
      })
      await session.page.goto(`${base}?source=sample`)
      await session.page
        .getByRole('figure', { name: 'Daily moves vs sector PE' })
        .locator('path.move-bars-up')
        .first()
        .waitFor()
      const snapshot = [...encodings].find(([path]) => /\/snapshot-[^/]+\.json$/.test(path))
      expect(snapshot?.[1]).toBe('br')
      // Written in ASCII (vite.config.ts, asciiJsonAssets), read back with its Chinese names.
      const body = (await get(new URL(snapshot?.[0] ?? '', base).href, null)).body
      expect(body.every((byte) => byte < 0x80)).toBe(true)
      expect(body.toString('latin1')).toContain('\\u590d\\u5b8f\\u6c49\\u9716')
      // The emulated Tencent quote names the listing as the snapshot does (GBK on the wire).
      const quote = await session.page.evaluate(async () => {
        const response = await fetch('/upstream/tencent/qt/q=hk02696')
        return new TextDecoder('gbk').decode(await response.arrayBuffer())
      })
      expect(quote).toContain('~复宏汉霖~02696~')
      const scripts = [...encodings].filter(([path]) => path.endsWith('.js'))
      expect(scripts.length).toBeGreaterThan(3)
      expect(scripts.filter(([, encoding]) => encoding !== 'br')).toEqual([])
      expect(session.problems).toEqual([])
    })
  })
})
