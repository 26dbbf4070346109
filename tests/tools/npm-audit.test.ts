import { describe, expect, it } from 'vitest'
import { auditSummary } from './npm-audit.mjs'

const report = (counts: Record<string, number>, vulnerabilities: Record<string, unknown> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts },
    },
  })

describe('auditSummary (the audit step of .ci/run)', () => {
  it('passes a clean report', () => {
    expect(auditSummary({ stdout: report({}), stderr: '', status: 0 })).toEqual({
      line: 'npm audit --omit=dev: 0 critical, 0 high, 0 moderate, 0 low: no high or critical advisory',
      failed: false,
    })
  })

  it('passes moderate and low advisories, counting them', () => {
    const { line, failed } = auditSummary({
      stdout: report({ moderate: 2, low: 1 }),
      stderr: '',
      status: 1,
    })
    expect(failed).toBe(false)
    expect(line).toContain('0 critical, 0 high, 2 moderate, 1 low')
  })

  it('fails on a high or critical advisory and names the packages', () => {
    const { line, failed } = auditSummary({
      stdout: report(
        { high: 1, critical: 1 },
        {
          lodash: { name: 'lodash', severity: 'high', range: '<4.17.21' },
          minimist: { name: 'minimist', severity: 'critical', range: '<1.2.6' },
          tmp: { name: 'tmp', severity: 'low', range: '<0.2.4' },
        },
      ),
      stderr: '',
      status: 1,
    })
    expect(failed).toBe(true)
    expect(line).toBe(
      'npm audit --omit=dev: 1 critical, 1 high, 0 moderate, 0 low: FAILS CI (lodash (high, <4.17.21); minimist (critical, <1.2.6))',
    )
  })

  it('says the audit could not run when the registry refuses the audit request', () => {
    const stdout = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    })
    expect(
      auditSummary({ stdout, stderr: 'npm error audit endpoint returned an error', status: 1 }),
    ).toEqual({
      line: 'npm audit could not run (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk): production dependencies NOT audited',
      failed: false,
    })
  })

  it('says the audit could not run when the registry is unreachable', () => {
    const stdout = JSON.stringify({
      error: {
        code: 'ENOTFOUND',
        summary:
          'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org',
        detail: '',
      },
    })
    const { line, failed } = auditSummary({ stdout, stderr: '', status: 1 })
    expect(failed).toBe(false)
    expect(line).toMatch(
      /^npm audit could not run \(request to .* ENOTFOUND registry\.npmjs\.org\): production dependencies NOT audited$/,
    )
  })

  it('says the audit could not run when npm printed no JSON (timeout, npm missing)', () => {
    expect(
      auditSummary({
        stdout: '',
        stderr: '',
        status: null,
        error: new Error('spawnSync npm ETIMEDOUT'),
      }).line,
    ).toBe('npm audit could not run (spawnSync npm ETIMEDOUT): production dependencies NOT audited')
    expect(
      auditSummary({ stdout: 'garbage', stderr: 'npm error code E500\n', status: 1 }).line,
    ).toBe('npm audit could not run (code E500): production dependencies NOT audited')
  })
})
