// npm run bench: builds the app (and the chart bench page), serves the build with `vite preview`,
// drives headless Chromium and prints the MEDIAN of several runs of each figure next to its target.
// Every time is measured in the page (performance.now(), MutationObserver, requestAnimationFrame),
// never by polling from Node; the heap through the DevTools protocol after a forced GC. Each load
// starts in a fresh Chromium profile once the new browser has finished starting (untilQuiet).
//
//   npm run bench                  # the full set (about 5 minutes on the 2-core machine)
//   npm run bench -- --runs 3      # fewer runs per figure
//   npm run bench -- --no-build    # reuse dist-bench from the last run
//   npm run bench -- --cold-only   # only the cold loads (quick check while optimising them)
//
// Timing targets live here, never in the tests.
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { build, preview } from 'vite'
import launch from '../support/chromium-launch.json' with { type: 'json' }
import { startLocalUpstream } from './local-upstream.mjs'

const outDir = 'dist-bench'
const argument = (name, fallback) => {
  const at = process.argv.indexOf(name)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}
const runs = argument('--runs', 5)
const viewport = { width: 1440, height: 1000 }
const { args: chromiumArgs } = launch // shared with the browser tests (tests/browser/chromium.ts)
const executablePath = process.env.CHROMIUM_PATH ?? launch.executablePath

const median = (values) => {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const log = (...parts) => console.error('·', ...parts)

// ---------------------------------------------------------------------------------------------
// Build: the app as it ships, then the chart bench page into the same folder (its own entry, so
// the app's chunks are exactly the production ones).

if (!process.argv.includes('--no-build')) {
  log('building the app and the chart bench page into', outDir)
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production' // vite build under vitest/npm may inherit another value
  await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } })
  await build({
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: false,
      chunkSizeWarningLimit: 5000,
      rolldownOptions: { input: { 'chart-bench': 'tests/bench/chart-bench.html' } },
    },
  })
  process.env.NODE_ENV = nodeEnv
}

/** gzip size of the JS the first paint needs: the entry script and its modulepreloads. */
function initialJs() {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const files = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1])
  const sizes = files.map((file) => ({
    file,
    gzip: gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length,
  }))
  return { files: sizes, total: sizes.reduce((sum, entry) => sum + entry.gzip, 0) }
}

const server = await preview({
  logLevel: 'warn',
  build: { outDir },
  preview: { port: 0, host: '127.0.0.1', strictPort: false },
})
const base = server.resolvedUrls.local[0]

/** Busy share of every core since the last call, from /proc/stat (Linux); null where unreadable. */
function cpuMeter() {
  const read = () => {
    try {
      const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1)
      const values = fields.map(Number)
      const idle = (values[3] ?? 0) + (values[4] ?? 0) // idle + iowait
      return { total: values.reduce((sum, value) => sum + value, 0), idle }
    } catch {
      return null
    }
  }
  let last = read()
  return () => {
    const now = read()
    if (!now || !last) return null
    const total = now.total - last.total
    const busy = total > 0 ? 1 - (now.idle - last.idle) / total : 0
    last = now
    return busy
  }
}

const settleTimes = []
/**
 * Waits until the machine is quiet: every core under 10 % busy for two 100 ms windows in a row
 * (at most 5 s; a fixed 1.5 s where /proc/stat cannot be read). Chromium keeps both cores of the
 * development machines busy for another 0.4-0.6 s after Playwright's launch returns, setting up
 * the new profile; a page loaded in that time shares the cores with the browser's own start-up.
 * A user opens the app in a browser that is already running, so the loads start after it.
 */
async function untilQuiet() {
  const started = performance.now()
  const busy = cpuMeter()
  if (busy() === null) {
    await new Promise((resolve) => setTimeout(resolve, 1_500))
  } else {
    let quiet = 0
    while (quiet < 2 && performance.now() - started < 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      quiet = (busy() ?? 0) < 0.1 ? quiet + 1 : 0
    }
  }
  settleTimes.push(performance.now() - started)
}

/**
 * A fresh Chromium profile (no HTTP cache, compiled code, storage or service worker) in a browser
 * that has finished starting (see {@link untilQuiet}); `settle: false` navigates at once, as the
 * bench did before (reported beside the cold load).
 */
async function openBrowser(extraArgs = [], { settle = true } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'biopulse-bench-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
    viewport,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  if (settle) await untilQuiet()
  const errors = []
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  page.on('pageerror', (error) => errors.push(error.message))
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

// ---------------------------------------------------------------------------------------------
// In-page helpers, installed before the app's own scripts run.

function pageProbe() {
  const marks = {}
  const chartFigure = () =>
    [...document.querySelectorAll('figure')].find(
      (figure) => figure.querySelector('figcaption')?.textContent === 'Daily moves vs sector PE',
    )
  const barsDrawn = (figure) =>
    (figure?.querySelector('path.move-bars-up')?.getAttribute('d') ?? '').length > 10
  const chartDrawn = () => {
    const figure = chartFigure()
    if (!figure) return false
    const line = figure.querySelector('path.recharts-line-curve')?.getAttribute('d') ?? ''
    return barsDrawn(figure) || line.length > 10
  }
  const afterPaint = () =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  /** Runs `act`, then resolves with the time to the first paint after `done()` holds. */
  const timeUntil = async (act, done, timeout = 30_000) => {
    const reached = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out')), timeout)
      const observer = new MutationObserver(() => {
        if (!done()) return
        observer.disconnect()
        clearTimeout(timer)
        resolve()
      })
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      })
    })
    await afterPaint()
    const start = performance.now()
    act()
    if (!done()) await reached
    await afterPaint()
    return performance.now() - start
  }
  const rangeButton = (label) =>
    [...document.querySelectorAll('.chart-panel [role=group] button')].find(
      (button) => button.textContent === label,
    )
  const pointsTotal = () => chartFigure()?.dataset.pointsTotal
  window.__bench = {
    marks,
    chartFigure,
    barsDrawn,
    afterPaint,
    timeUntil,
    rangeButton,
    pointsTotal,
  }
  // Cold load: the first paint after the main chart's bars or line are in the DOM.
  new MutationObserver((_, observer) => {
    if (marks.chartInDom || !chartDrawn()) return
    observer.disconnect()
    marks.chartInDom = performance.now()
    void afterPaint().then(() => {
      marks.chartDrawn = performance.now()
      // Reported to the bench (see coldLoad), which does not poll the page while it loads.
      window.__benchChartDrawn?.(marks.chartDrawn)
    })
  }).observe(document, { subtree: true, childList: true, attributes: true })
}

/** Switches the main chart's range and times it until the chart shows `total` sessions (or any other than `not`). */
const switchRange = (page, label, { total, not }) =>
  page.evaluate(
    ({ label, total, not }) => {
      const { timeUntil, rangeButton, pointsTotal } = window.__bench
      return timeUntil(
        () => rangeButton(label).click(),
        () => (total !== undefined ? pointsTotal() === total : pointsTotal() !== not),
      )
    },
    { label, total, not },
  )

/**
 * Opens `url` in a fresh profile; the session stays open, with the time the main chart was drawn.
 * The page reports that time through an exposed function: no `waitForFunction`, whose polling
 * (Playwright's default is every animation frame) kept Chromium drawing frames through the whole
 * load and put Playwright's own 200 KB page script on the main thread mid-load, some 40-70 ms of a
 * cold load (interleaved runs, README) that no user's browser spends.
 */
async function coldLoad(url, { settle = true } = {}) {
  const session = await openBrowser([], { settle })
  let reportDrawn = () => {}
  const drawn = new Promise((resolve, reject) => {
    reportDrawn = resolve
    setTimeout(() => reject(new Error(`main chart not drawn within 60 s: ${url}`)), 60_000).unref()
  })
  drawn.catch(() => undefined) // awaited below; handled here too should goto throw first
  await session.page.exposeFunction('__benchChartDrawn', (time) => reportDrawn(time))
  await session.page.addInitScript(pageProbe)
  await session.page.goto(url)
  return { session, drawn: await drawn }
}

// ---------------------------------------------------------------------------------------------
// Cold load, range switch, ticker switch, crosshair: one fresh profile per run.

const cold = []
const coldAtLaunch = []
const rangeSwitch = []
const tickerSwitch = []
const crosshair = []
const drawnOnPage = []
const problems = []
// HK listings (their bars are cached: the HK basket loaded them) and A-shares (fetched on the switch).
const tickers = ['01877.HK', '688180.SH', '02696.HK', '600276.SH', '06160.HK', '300760.SZ']

/** A cold load that navigates as soon as the new browser is up, as the bench did before. */
async function coldLoadAtLaunch() {
  const { session, drawn } = await coldLoad(`${base}?source=sample`, { settle: false })
  problems.push(...session.errors)
  await session.close()
  coldAtLaunch.push(drawn)
}

for (let run = 0; run < runs; run += 1) {
  await coldLoadAtLaunch()
  const { session, drawn } = await coldLoad(`${base}?source=sample`)
  const { page } = session
  cold.push(drawn)
  const coldLog = () =>
    `run ${run + 1}/${runs}: cold load ${Math.round(drawn)} ms ` +
    `(at launch ${Math.round(coldAtLaunch.at(-1))} ms; browser settled in ${Math.round(settleTimes.at(-1))} ms)`
  if (process.argv.includes('--cold-only')) {
    log(coldLog())
    problems.push(...session.errors)
    await session.close()
    continue
  }
  // Let what arrives after the chart settle: the whole histories (the statistics under the chart;
  // the first draw came from recent windows), the news, the quotes and the markers.
  await page.locator('.chart-panel dl.stat-strip').waitFor()
  await page.getByRole('list', { name: 'Related news' }).getByRole('listitem').first().waitFor()
  await page.waitForTimeout(800)

  // Range switch 1Y → Max (back to 1Y unmeasured in between).
  const oneYear = await page.evaluate(() => window.__bench.pointsTotal())
  for (let i = 0; i < 3; i += 1) {
    rangeSwitch.push(await switchRange(page, 'Max', { not: oneYear }))
    await switchRange(page, '1Y', { total: oneYear })
  }
  await switchRange(page, 'Max', { not: oneYear })
  drawnOnPage.push(
    await page.evaluate(() => {
      const figure = window.__bench.chartFigure()
      return {
        total: Number(figure.dataset.pointsTotal),
        drawn: Number(figure.dataset.pointsDrawn),
      }
    }),
  )

  // Crosshair: 40 pointer moves across the Max chart; per move, the synchronous dispatch plus the
  // time from the animation frame that handles it (recharts throttles moves to frames) to the
  // tooltip's update in the DOM, layout included.
  crosshair.push(
    ...(await page.evaluate(async () => {
      const figure = window.__bench.chartFigure()
      figure.scrollIntoView({ block: 'center' })
      await window.__bench.afterPaint()
      const wrapper = figure.querySelector('.recharts-wrapper')
      const box = wrapper.getBoundingClientRect()
      const times = []
      for (let i = 0; i < 40; i += 1) {
        const clientX = box.left + 60 + ((box.width - 120) * i) / 39
        const clientY = box.top + box.height / 2
        await window.__bench.afterPaint()
        const frame = new Promise((resolve) =>
          requestAnimationFrame(() => resolve(performance.now())),
        )
        const updated = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect()
            wrapper.getBoundingClientRect() // the layout the update causes
            resolve(performance.now())
          })
          observer.observe(wrapper, {
            subtree: true,
            childList: true,
            characterData: true,
            attributes: true,
          })
          setTimeout(() => {
            observer.disconnect()
            resolve(null)
          }, 500)
        })
        const start = performance.now()
        wrapper.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX, clientY }))
        const dispatched = performance.now() - start
        const frameStart = await frame
        const end = await updated
        if (end !== null) times.push(dispatched + (end - frameStart))
      }
      return times
    })),
  )

  // Ticker switch: select listings in the watchlist; until the chart shows the new listing.
  for (const code of tickers) {
    tickerSwitch.push(
      await page.evaluate((code) => {
        const { timeUntil, chartFigure, barsDrawn } = window.__bench
        const row = [...document.querySelectorAll('.watchlist-table tbody tr')].find(
          (candidate) => candidate.querySelector('.col-code')?.textContent === code,
        )
        return timeUntil(
          () => row.querySelector('button.row-select').click(),
          () => {
            const figure = chartFigure()
            return (
              !!figure?.querySelector('.chart-summary')?.textContent.includes(`(${code})`) &&
              barsDrawn(figure)
            )
          },
        )
      }, code),
    )
  }
  problems.push(...session.errors)
  await session.close()
  log(
    `${coldLog()}; range switch ${rangeSwitch
      .slice(-3)
      .map(Math.round)
      .join(', ')} ms; ticker switch ${tickerSwitch
      .slice(-tickers.length)
      .map(Math.round)
      .join(', ')} ms`,
  )
}

// ---------------------------------------------------------------------------------------------
// Heap after 200 quote-refresh cycles (through the real query path: window.__biopulseBench, only
// with bench=1), minus the heap after the first one; each after a forced garbage collection.

async function heapGrowth() {
  const { session } = await coldLoad(`${base}?source=sample&bench=1`)
  const { page } = session
  await page.locator('.chart-panel dl.stat-strip').waitFor()
  await page.getByRole('list', { name: 'Related news' }).getByRole('listitem').first().waitFor()
  await page.waitForTimeout(1_000)
  const cdp = await session.context.newCDPSession(page)
  const heap = async () => {
    for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage')
    return (await cdp.send('Runtime.getHeapUsage')).usedSize
  }
  const cycles = (count) =>
    page.evaluate(async (count) => {
      for (let i = 0; i < count; i += 1) {
        await window.__biopulseBench.refreshQuotes()
        await window.__bench.afterPaint()
      }
    }, count)
  await cycles(1)
  const first = await heap()
  await cycles(199)
  await page.waitForTimeout(500)
  const last = await heap()
  problems.push(...session.errors)
  await session.close()
  return { first, last }
}
// ---------------------------------------------------------------------------------------------
// Cold load in live mode against a local stand-in of the upstreams (tests/bench/local-upstream.mjs):
// the same build and first view without MSW in the page, so the gap to the sample-mode figure is
// what emulating the upstreams in the browser costs. One warm-up load fills the stand-in's cache.

async function liveColdLoads() {
  const upstream = await startLocalUpstream()
  const saved = Object.fromEntries(Object.keys(upstream.env).map((key) => [key, process.env[key]]))
  Object.assign(process.env, upstream.env) // read by vite.config.ts's proxy
  const liveServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  })
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  const times = []
  for (let run = 0; run <= runs; run += 1) {
    const { session, drawn } = await coldLoad(`${liveServer.resolvedUrls.local[0]}?source=live`)
    const { page } = session
    if (run === 0) {
      // Warm-up: let the news and the rest of the page ask for their answers too.
      await page.getByRole('list', { name: 'Related news' }).getByRole('listitem').first().waitFor()
      await page.waitForTimeout(1_000)
    } else {
      times.push(drawn)
      log(`live run ${run}/${runs}: cold load ${Math.round(drawn)} ms`)
    }
    problems.push(...session.errors)
    await session.close()
  }
  await liveServer.close()
  await upstream.close()
  return times
}
log('cold load in live mode against a local stand-in of the upstreams')
const liveCold = await liveColdLoads()

if (process.argv.includes('--cold-only')) {
  await server.close()
  console.log(
    `cold load median ${Math.round(median(cold))} ms (${cold.map(Math.round).join(', ')}); ` +
      `at launch: median ${Math.round(median(coldAtLaunch))} ms (${coldAtLaunch.map(Math.round).join(', ')}); ` +
      `live mode, local stand-in: median ${Math.round(median(liveCold))} ms (${liveCold.map(Math.round).join(', ')})`,
  )
  if (problems.length > 0) console.log(`Console errors: ${[...new Set(problems)].join(' | ')}`)
  process.exit(0)
}
log('heap: 200 quote-refresh cycles')
const heap = await heapGrowth()

// ---------------------------------------------------------------------------------------------
// Draw time at 1k, 5k and 20k sessions per series: our compare chart (two panes, downsampled),
// our main chart (bars and line), and a plain recharts LineChart on the same data — each in a
// freshly loaded page, the same browser. The page collects garbage (V8's `gc()`, exposed to this
// browser only) after making the synthetic sessions and before the timed draw: otherwise the
// 20,000 fresh rows were copied by the collections the draw itself set off, some 20 ms of the
// figure for 20k that no chart of already-loaded data pays.

const sizes = [1_000, 5_000, 20_000]
const draws = {}
{
  const session = await openBrowser(['--js-flags=--expose-gc'])
  const { page } = session
  const drawOnce = async (kind, n) => {
    await page.goto(`${base}tests/bench/chart-bench.html`)
    await page.waitForFunction(() => window.__chartBench !== undefined)
    return page.evaluate(({ kind, n }) => window.__chartBench.draw(kind, n), { kind, n })
  }
  // One untimed draw of each chart first: the session's first page compiles every script (later
  // pages reuse the compiled code), which would otherwise count against whichever figure came
  // first, ours at 1k.
  for (const kind of ['ours', 'plain', 'main']) await drawOnce(kind, 1_000)
  // Interleaved (each run draws every chart at every size), so that the machine's drift over the
  // minute this takes falls on 1k and 20k alike rather than on whichever size came last.
  const times = {}
  const points = {}
  for (let run = 0; run < runs; run += 1) {
    for (const n of sizes) {
      for (const kind of ['ours', 'plain', 'main']) {
        const result = await drawOnce(kind, n)
        ;(times[`${kind}-${n}`] ??= []).push(result.ms)
        points[`${kind}-${n}`] = result.points
      }
    }
  }
  for (const n of sizes) {
    for (const kind of ['ours', 'plain', 'main']) {
      const key = `${kind}-${n}`
      draws[key] = { ms: median(times[key]), points: points[key] }
      log(
        `draw ${kind} ${n}: ${Math.round(draws[key].ms)} ms (${times[key].map(Math.round).join(', ')}), ${points[key]} points per series`,
      )
    }
  }
  problems.push(...session.errors)
  await session.close()
}
await server.close()

// ---------------------------------------------------------------------------------------------
// The table.

const js = initialJs()
const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`
const ratio = (value) => `${value.toFixed(2)}×`
const mark = (ok) => (ok === null ? '' : ok ? '✅ pass' : '❌ FAIL')
const ours = (n) => draws[`ours-${n}`]
const plain = (n) => draws[`plain-${n}`]
const main = (n) => draws[`main-${n}`]
const heapDelta = heap.last - heap.first
const oursRatio = ours(20_000).ms / ours(1_000).ms
const plainRatio = plain(20_000).ms / ours(20_000).ms
const onPage = drawnOnPage.at(-1)

const rows = [
  [
    'cold load to main chart drawn (built app, sample data)',
    ms(median(cold)),
    '≤ 1,000 ms',
    median(cold) <= 1_000,
  ],
  [
    'cold load, navigating as soon as a new browser is up (its start-up shares the cores)',
    ms(median(coldAtLaunch)),
    '(report)',
    null,
  ],
  [
    'cold load, live mode against a local stand-in of the upstreams (no MSW in the page)',
    ms(median(liveCold)),
    '(report)',
    null,
  ],
  ['range switch 1Y → Max', ms(median(rangeSwitch)), '≤ 100 ms', median(rangeSwitch) <= 100],
  [
    'ticker switch',
    `${ms(median(tickerSwitch))} (max ${ms(Math.max(...tickerSwitch))})`,
    '(report)',
    null,
  ],
  [
    'crosshair move (time per pointer move)',
    ms(median(crosshair)),
    '≤ 16 ms',
    median(crosshair) <= 16,
  ],
  ...sizes.map((n) => [
    `draw ${n / 1000}k points per series: ours · plain recharts (ratio)`,
    `${ms(ours(n).ms)} · ${ms(plain(n).ms)} (${ratio(plain(n).ms / ours(n).ms)})`,
    '',
    null,
  ]),
  ['draw: ours 20k ÷ ours 1k', ratio(oursRatio), '≤ 1.5×', oursRatio <= 1.5],
  ['draw: plain 20k ÷ ours 20k', ratio(plainRatio), '≥ 20×', plainRatio >= 20],
  [
    'main chart (bars + line) draw at 1k · 5k · 20k sessions',
    sizes.map((n) => ms(main(n).ms)).join(' · '),
    '(report)',
    null,
  ],
  [
    'points drawn per series at 1k · 5k · 20k: compare chart · main chart',
    `${sizes.map((n) => ours(n).points).join(' · ')} · ${sizes.map((n) => main(n).points).join(' · ')}`,
    '(report)',
    null,
  ],
  [
    'points drawn on the dashboard at Max (HK basket, 1440 px window)',
    `${onPage.drawn} of ${onPage.total} sessions`,
    '(report)',
    null,
  ],
  ['initial JS (gzip): entry + modulepreloads', kb(js.total), '≤ 250 KB', js.total <= 250 * 1024],
  [
    'JS heap after 200 quote-refresh cycles minus after the first',
    mb(heapDelta),
    '≤ 5 MB',
    heapDelta <= 5 * 1024 * 1024,
  ],
]

const width = [0, 1, 2].map((col) => Math.max(...rows.map((row) => String(row[col]).length), 6))
const line = (cells) =>
  `| ${cells.map((cell, i) => String(cell).padEnd(width[i] ?? 8)).join(' | ')} |`
console.log()
console.log(line(['figure', 'median', 'target']) + ' result |')
console.log(line(width.map((w) => '-'.repeat(w))) + ' ------ |')
for (const row of rows) console.log(`${line(row.slice(0, 3))} ${mark(row[3])} |`)
console.log()
console.log(
  `Medians of ${runs} runs (cold load: fresh Chromium profile per run, loaded once the browser had finished starting, median wait ${ms(median(settleTimes))}; range switch ${rangeSwitch.length}, ticker switch ${tickerSwitch.length}, crosshair ${crosshair.length} samples). ` +
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
    `load average ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}.`,
)
console.log(
  `Initial JS: ${js.files.map(({ file, gzip }) => `${file.split('/').pop()} ${kb(gzip)}`).join(', ')}.`,
)
if (problems.length > 0)
  console.log(`Console errors during the bench: ${[...new Set(problems)].join(' | ')}`)
const failed = rows.filter((row) => row[3] === false).length
console.log(failed === 0 ? 'Every target met.' : `${failed} target(s) missed.`)
