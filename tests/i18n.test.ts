import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chineseKeys, translate } from '@/i18n'
import { basketLabels, viewLabels } from '@/components/labels'

/** Every literal key passed to t(…) in src/, plus keys built from label tables. */
function usedKeys(): string[] {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path))
    .map((path) => readFileSync(join('src', path), 'utf8'))
  const keys = new Set<string>()
  for (const text of files) {
    for (const match of text.matchAll(/\bt\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1/gs)) {
      keys.add((match[2] ?? '').replace(/\\(.)/g, '$1'))
    }
  }
  for (const label of [...Object.values(viewLabels), ...Object.values(basketLabels)])
    keys.add(label)
  return [...keys].sort()
}

describe('translations', () => {
  it('has a Chinese entry for every UI text key', () => {
    const zh = chineseKeys()
    const keys = usedKeys()
    expect(keys.length).toBeGreaterThan(50)
    expect(keys.filter((key) => !zh.has(key))).toEqual([])
  })

  it('keeps placeholders in every Chinese entry', () => {
    for (const key of chineseKeys()) {
      const placeholders = (text: string) =>
        [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect({ key, placeholders: placeholders(translate('zh', key)) }).toEqual({
        key,
        placeholders: placeholders(key),
      })
    }
  })

  it('fills placeholders and falls back to English', () => {
    expect(translate('zh', '{count} days', { count: 3 })).toBe('3 天')
    expect(translate('en', '{count} days', { count: 3 })).toBe('3 days')
    expect(translate('zh', 'A text nobody translated')).toBe('A text nobody translated')
  })
})
