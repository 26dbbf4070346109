// Records the live upstreams into a snapshot the sample mode can serve (see README, "Recording a
// snapshot"). Node cannot run the TypeScript providers directly, so they run inside a Vite server
// in middleware mode (ssrLoadModule), with the project's aliases and config.
//
// Usage: npm run snapshot:record -- [--out mocks/data/recorded.json] [--tickers 02696.HK,600276.SH]
//          [--from 2018-01-01] [--pace 500] [--sample]
//   --out      where to write (default mocks/data/recorded.json; served by ?snapshot=recorded)
//   --tickers  listings to record (default: the whole universe)
//   --from     first date kept (default 2018-01-01)
//   --pace     minimum milliseconds between two requests (never below 500 against real hosts)
//   --sample   record from the built-in sample emulation (MSW in this process) instead of the
//              network: a self-test of the whole pipeline that needs no internet
// Requests go straight to the real hosts (BIOPULSE_DIRECT=1, the default here), or to the origins
// named by BIOPULSE_UPSTREAM_<SOURCE>_<HOST>, with the headers the dev proxy would send.
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { createServer } from 'vite'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'mocks/data/recorded.json' },
    tickers: { type: 'string' },
    from: { type: 'string', default: '2018-01-01' },
    pace: { type: 'string' },
    sample: { type: 'boolean', default: false },
  },
})
const minimumPaceMs = 500
const pace = values.sample
  ? Number(values.pace ?? 0)
  : Math.max(minimumPaceMs, Number(values.pace ?? minimumPaceMs))
if (!Number.isFinite(pace) || pace < 0)
  throw new Error(`--pace ${values.pace} is not a number of ms`)

const env = {
  ...process.env,
  BIOPULSE_DIRECT: values.sample ? '0' : (process.env.BIOPULSE_DIRECT ?? '1'),
}
const server = await createServer({
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'warn',
  optimizeDeps: { noDiscovery: true, include: [] },
})
let mocks = null
try {
  const { recordSnapshot, formatRecordedSnapshot } = await server.ssrLoadModule(
    '/tests/tools/record-snapshot.ts',
  )
  if (values.sample) {
    mocks = (await server.ssrLoadModule('/mocks/node.ts')).server
    mocks.listen({ onUnhandledRequest: 'error' })
  }
  const started = Date.now()
  const { snapshot, report } = await recordSnapshot({
    ...(values.tickers ? { tickers: values.tickers.split(',').map((t) => t.trim()) } : {}),
    from: values.from,
    paceMs: pace,
    env,
    log: (line) => console.log(line),
  })
  await mkdir(dirname(values.out), { recursive: true })
  await writeFile(values.out, formatRecordedSnapshot(snapshot))
  console.log(
    `\nWrote ${values.out}: ${snapshot.listings.length} listings, ${snapshot.news.length} news items, ` +
      `${snapshot.fx.HKD.length} HKD fixings, range ${snapshot.range.from}..${snapshot.range.to} ` +
      `(${Math.round((Date.now() - started) / 1000)} s).`,
  )
  for (const check of report.valuationCheck) {
    console.log(
      `  ${check.ticker}: derived cap within ${(check.capError * 100).toFixed(3)} %, ` +
        `PE within ${(check.peError * 100).toFixed(3)} % over ${check.days} days`,
    )
  }
  const problems = [
    ...report.problems,
    ...report.listings.flatMap((entry) => entry.problems.map((p) => `${entry.ticker}: ${p}`)),
  ]
  if (report.newsWithoutUrl > 0)
    problems.push(`${report.newsWithoutUrl} news items had no URL (left out)`)
  if (problems.length > 0) {
    console.log(`\n${problems.length} problem(s):`)
    for (const problem of problems) console.log(`  - ${problem}`)
  }
  console.log(
    `\nServe it: npm start, then open /?source=sample&snapshot=${values.out.replace(/^.*\/|\.json$/g, '')}`,
  )
} finally {
  mocks?.close()
  await server.close()
}
