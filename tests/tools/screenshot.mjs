// Renders the built dashboard (sample data) in headless Chromium and saves screenshots.
// Usage: npm run screenshot [-- --out tests/browser/screenshots] ; builds into dist-screenshot first.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { build, preview } from 'vite'

const outDir = process.argv.includes('--out')
  ? process.argv[process.argv.indexOf('--out') + 1]
  : 'tests/browser/screenshots'
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

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
]
for (const shot of shots) {
  const profile = await mkdtemp(join(tmpdir(), 'biopulse-shot-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args,
    viewport: { width: shot.width, height: shot.height },
    colorScheme: shot.scheme,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const errors = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto(base + shot.path)
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
  if (shot.act) await shot.act(page)
  await page.waitForTimeout(600)
  await page.screenshot({
    path: join(outDir, `${shot.name}.png`),
    fullPage: shot.name.includes('mobile'),
  })
  console.log(
    `${shot.name}.png`,
    errors.length ? `console errors: ${errors.join(' | ')}` : 'no console errors',
  )
  await context.close()
  await rm(profile, { recursive: true, force: true })
}
await server.close()
