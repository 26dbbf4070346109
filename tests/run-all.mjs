// Runs every test (unit + browser projects) once and ends with the plain line CI reads:
// "N passed, N failed". Exit code is vitest's.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const report = '.vitest-report.json'
rmSync(report, { force: true })
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
)
let passed = 0
let failed = 1 // nothing ran unless the report says otherwise
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8'))
  passed = result.numPassedTests
  failed = result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0)
  // A file that failed to load counts as a failure even though it ran no test.
  failed += result.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(run.status ?? 1)
