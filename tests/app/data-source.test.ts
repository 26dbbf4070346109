import { describe, expect, it } from 'vitest'
import { resolveSampleSnapshot } from '@/app/data-source'

describe('resolveSampleSnapshot', () => {
  it.each<[string, string | undefined, string, boolean]>([
    ['', undefined, 'snapshot', false],
    ['?snapshot=recorded', undefined, 'recorded', false],
    ['', 'recorded', 'recorded', false],
    ['?snapshot=recorded-2026', 'snapshot', 'recorded-2026', false],
    ['?snapshot=../../etc/passwd', undefined, 'snapshot', true],
    ['?snapshot=Recorded', 'recorded', 'recorded', true],
  ])('%s with default %s → %s', (search, buildDefault, snapshot, notice) => {
    const result = resolveSampleSnapshot(search, buildDefault)
    expect(result.snapshot).toBe(snapshot)
    expect(result.notice !== null).toBe(notice)
  })
})
