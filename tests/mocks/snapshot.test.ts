import { describe, expect, it } from 'vitest'
import { formatSnapshot, generateSnapshot } from '@mocks/snapshot/generate'

const shortRange = { from: '2025-02-10', to: '2025-03-10' }

describe('sample snapshot file', () => {
  // `npm run mocks:snapshot` rewrites the file; a plain test run fails when the generator drifted.
  it('matches mocks/data/snapshot.json', async () => {
    await expect(formatSnapshot(generateSnapshot())).toMatchFileSnapshot(
      '../../mocks/data/snapshot.json',
    )
  })
})

describe('generateSnapshot determinism', () => {
  it('gives identical text for the same options', () => {
    const first = formatSnapshot(generateSnapshot({ range: shortRange, seed: 7 }))
    const second = formatSnapshot(generateSnapshot({ range: shortRange, seed: 7 }))

    expect(second).toBe(first)
  })

  it('gives different text for a different seed', () => {
    const base = formatSnapshot(generateSnapshot({ range: shortRange, seed: 7 }))
    const other = formatSnapshot(generateSnapshot({ range: shortRange, seed: 8 }))

    expect(other).not.toBe(base)
  })

  it('rejects a reversed range', () => {
    expect(() => generateSnapshot({ range: { from: '2025-03-10', to: '2025-02-10' } })).toThrow(
      RangeError,
    )
  })
})
