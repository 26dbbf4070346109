// The dependency audit of CI (.ci/run runs it before the tests): `npm audit --omit=dev`, summed up
// in one line. Exit 1 when a production dependency has a high or critical advisory; exit 0
// otherwise, including when the audit cannot run at all (no network, or a registry or mirror
// without the audit endpoint): that case prints a line saying the dependencies were NOT audited.
//
// Usage: node tests/tools/npm-audit.mjs
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** Severities that fail the run. */
export const failingSeverities = ['critical', 'high']

/**
 * What one `npm audit --json` run means: the line to print and whether CI must fail.
 * `stdout` is npm's JSON (a report, or an error object when the audit endpoint failed).
 *
 * @param {{ stdout: string, stderr: string, status: number | null, error?: Error }} run
 * @returns {{ line: string, failed: boolean }}
 */
export function auditSummary({ stdout, stderr, status, error }) {
  let report
  try {
    report = JSON.parse(stdout)
  } catch {
    report = null
  }
  const counts = report?.metadata?.vulnerabilities
  if (!counts || typeof counts !== 'object') {
    const npmError = /npm (?:error|ERR!) (.+)/.exec(stderr ?? '')?.[1]
    const reason =
      (typeof report?.message === 'string' && report.message) ||
      (typeof report?.error?.summary === 'string' && report.error.summary) ||
      report?.error?.code ||
      error?.message ||
      npmError ||
      `npm exited with ${status}`
    return {
      line: `npm audit could not run (${reason}): production dependencies NOT audited`,
      failed: false,
    }
  }
  const count = (severity) => Number(counts[severity] ?? 0)
  const summary = ['critical', 'high', 'moderate', 'low']
    .map((severity) => `${count(severity)} ${severity}`)
    .join(', ')
  const serious = Object.values(report.vulnerabilities ?? {})
    .filter((entry) => failingSeverities.includes(entry?.severity))
    .map((entry) => `${entry.name} (${entry.severity}${entry.range ? `, ${entry.range}` : ''})`)
  const failing = failingSeverities.reduce((sum, severity) => sum + count(severity), 0)
  if (failing === 0) {
    return { line: `npm audit --omit=dev: ${summary}: no high or critical advisory`, failed: false }
  }
  return {
    line: `npm audit --omit=dev: ${summary}: FAILS CI (${serious.join('; ') || 'see npm audit'})`,
    failed: true,
  }
}

function main() {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    encoding: 'utf8',
    timeout: 120_000,
  })
  const { line, failed } = auditSummary({
    stdout: run.stdout ?? '',
    stderr: run.stderr ?? '',
    status: run.status,
    ...(run.error ? { error: run.error } : {}),
  })
  console.log(line)
  process.exit(failed ? 1 : 0)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
