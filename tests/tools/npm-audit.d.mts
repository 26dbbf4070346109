export declare const failingSeverities: readonly string[]

export declare function auditSummary(run: {
  stdout: string
  stderr: string
  status: number | null
  error?: Error
}): { line: string; failed: boolean }
