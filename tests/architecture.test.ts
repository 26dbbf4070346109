import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The pipeline's import direction: domain ← providers ← queries ← state ← charts/components ← app.
 * Each layer lists what it may import; anything else fails with lines like
 * `mocks/handlers/x.ts -> @/providers/eastmoney/kline`.
 */
const allowed: Record<string, RegExp[]> = {
  'src/domain': [/^@\/domain\//],
  'src/providers': [/^zod$/, /^papaparse$/, /^@\/(domain|providers)\//],
  'src/queries': [/^@tanstack\/react-query$/, /^react$/, /^@\/(domain|providers|queries)\//],
  'src/state': [/^zustand(\/middleware|\/vanilla)?$/, /^@\/(domain|state)\//],
  'src/charts': [/^react$/, /^recharts$/, /^@\/(domain|charts)\//, /^@\/format$/],
  'src/components': [
    /^react$/,
    /^react-dom$/,
    /^recharts$/,
    /^@tanstack\/react-query$/,
    /^@\/(domain|providers|queries|state|charts|components)\//,
    /^@\/(format|i18n)$/,
  ],
  // Mocks see wire types, never parsing code: a mock built from the parser cannot catch its bugs.
  mocks: [
    /^msw(\/node)?$/,
    /^@mswjs\/interceptors\/fetch$/,
    /^@\/domain\//,
    /^@\/providers\/[\w-]+\/wire$/,
    /^@mocks\//,
    /^pure-rand(\/[\w/-]+)?$/,
    /^node:/,
  ],
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path))
    .map((path) => join(dir, path))

// Relative specifiers are rewritten to their alias so one rule set covers both spellings.
const toAlias = (path: string) =>
  path.startsWith('src/')
    ? `@/${path.slice(4)}`
    : path.startsWith('mocks/')
      ? `@mocks/${path.slice(6)}`
      : path

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|\s)(?:from|import)\s*\(?\s*'([^']+)'/gm)]
    .map((match) => match[1] ?? '')
    .map((spec) => (spec.startsWith('.') ? toAlias(join(dirname(file), spec)) : spec))
    .map((spec) => spec.replace(/\.(tsx?|json)$/, ''))

describe('layering', () => {
  for (const [layer, rules] of Object.entries(allowed)) {
    it(`${layer} imports only from its allowed layers`, () => {
      const offending = sourceFiles(layer).flatMap((file) =>
        importsOf(file)
          .filter((spec) => !rules.some((rule) => rule.test(spec)))
          .map((spec) => `${relative('.', file)} -> ${spec}`),
      )
      expect(offending).toEqual([])
    })
  }

  it('catches a forbidden import (the check itself can fail)', () => {
    const rules = allowed['src/domain'] ?? []
    expect(rules.some((rule) => rule.test('@/providers/http'))).toBe(false)
    expect(rules.some((rule) => rule.test('@/domain/types'))).toBe(true)
  })
})
