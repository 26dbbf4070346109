// Renders the built dashboard (sample data) in headless Chromium and saves screenshots.
// Usage: npm run screenshot [-- --out tests/browser/screenshots] ; builds into dist-screenshot first.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { build, preview } from 'vite'
import launch from '../support/chromium-launch.json' with { type: 'json' }

const outDir = process.argv.includes('--out')
  ? process.argv[process.argv.indexOf('--out') + 1]
  : 'tests/browser/screenshots'
const { args } = launch // shared with the browser tests (tests/browser/chromium.ts)

await build({ logLevel: 'warn', build: { outDir: 'dist-screenshot', emptyOutDir: true } })
const server = await preview({
  logLevel: 'warn',
  build: { outDir: 'dist-screenshot' },
  preview: { port: 0, host: '127.0.0.1' },
})
const base = server.resolvedUrls.local[0]
await mkdir(outDir, { recursive: true })

/** The showcase: Henlius over 3 years with the 26 Feb 2025 session marked from its news item. */
async function showcase(page) {
  await page.getByRole('button', { name: '复宏汉霖 Henlius' }).click()
  await page.getByRole('group', { name: 'Range' }).getByRole('button', { name: '3Y' }).click()
  await page.getByRole('button', { name: 'Show 26 Feb 2025 on chart' }).click()
  await page.evaluate(() => window.scrollTo(0, 0))
}

const shots = [
  {
    name: 'dashboard',
    width: 1440,
    height: 1000,
    scheme: 'light',
    path: '?source=sample',
    act: showcase,
  },
  { name: 'dashboard-dark', width: 1440, height: 1000, scheme: 'dark', path: '?source=sample' },
  { name: 'dashboard-mobile', width: 390, height: 1600, scheme: 'light', path: '?source=sample' },
  {
    name: 'valuation',
    width: 1440,
    height: 1400,
    scheme: 'light',
    path: '?source=sample&view=valuation',
    ready: 'Valuation summary',
  },
  {
    name: 'movers',
    width: 1440,
    height: 1200,
    scheme: 'light',
    path: '?source=sample&view=movers&day=2025-02-26',
    ready: null,
  },
  {
    name: 'compare',
    width: 1440,
    height: 1100,
    scheme: 'light',
    path: '?source=sample&view=compare',
    ready: null,
  },
  // A fault scenario: every upstream answers HTTP 502; each panel says so, with Retry.
  {
    name: 'fault-bad-gateway',
    width: 1440,
    height: 1000,
    scheme: 'light',
    path: '?source=sample&scenario=badGateway&day=2025-02-26',
    ready: null,
  },
]
for (const shot of shots) {
  const profile = await mkdtemp(join(tmpdir(), 'biopulse-shot-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? launch.executablePath,
    headless: true,
    args,
    viewport: { width: shot.width, height: shot.height },
    colorScheme: shot.scheme,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const errors = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto(base + shot.path)
  if (shot.ready === undefined) {
    await page
      .getByRole('figure', { name: 'Daily moves vs sector PE' })
      .locator('svg.recharts-surface')
      .first()
      .waitFor({ timeout: 30_000 })
    await page
      .getByRole('table', { name: 'Watchlist' })
      .getByText('n/m')
      .first()
      .waitFor({ timeout: 30_000 })
  } else if (shot.ready !== null) {
    await page.getByRole('region', { name: shot.ready }).first().waitFor({ timeout: 30_000 })
  }
  if (shot.act) await shot.act(page)
  // Views without a named landmark to wait for: the network goes quiet, then one more beat.
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(shot.ready === undefined ? 600 : 2_000)
  await page.screenshot({
    path: join(outDir, `${shot.name}.png`),
    fullPage: shot.name.includes('mobile'),
  })
  console.log(
    `${shot.name}.png`,
    errors.length
      ? `console errors: ${[...new Set(errors)]
          .map((text) => `${text} (×${errors.filter((e) => e === text).length})`)
          .join(' | ')}`
      : 'no console errors',
  )
  await context.close()
  await rm(profile, { recursive: true, force: true })
}
await server.close()
