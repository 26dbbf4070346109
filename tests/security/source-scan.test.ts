import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** Comments blanked out (line count kept), so prose about `eval` is not a hit. */
const code = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|\s)\/\/.*$/gm, '$1')

/** Every source file of a folder (recursive), as [path, code without comments]. */
const filesOf = (dir: string, pattern: RegExp): [string, string][] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => pattern.test(path))
    .map((path) => join(dir, path))
    .map((path) => [path, code(readFileSync(path, 'utf8'))])

const sources = [
  ...filesOf('src', /\.(ts|tsx)$/),
  ...filesOf('mocks', /\.(ts|tsx|js|mjs)$/),
  ['index.html', readFileSync('index.html', 'utf8')] as [string, string],
]

/** `path: line` for each line of the sources that matches. */
const hits = (pattern: RegExp, files = sources) =>
  files.flatMap(([path, text]) =>
    text
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
  )

describe('no HTML sinks and no eval in the app and the mocks', () => {
  it.each([
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\.write(ln)?\s*\(/],
    ['eval', /(^|[^.\w])eval\s*\(/],
    ['new Function / Function(…)', /\bnew\s+Function\b|(^|[^.\w])Function\s*\(/],
    ['string timers', /set(Timeout|Interval)\s*\(\s*['"`]/],
    ['createContextualFragment', /createContextualFragment/],
    ['DOMParser / srcdoc', /\bDOMParser\b|srcdoc/],
    ['script elements', /createElement\(\s*['"`]script/],
    ['inline scripts in index.html', /<script(?![^>]*\bsrc=)[^>]*>/],
    // papaparse builds its worker from a blob: URL, which the policy (script-src 'self') refuses.
    ['papaparse blob workers', /\bworker\s*:\s*true/],
    ['Worker constructors', /new\s+(Shared)?Worker\s*\(/],
  ])('has no %s', (_name, pattern) => {
    expect(hits(pattern)).toEqual([])
  })

  it('renders external links only through ExternalLink (src/components/external-link.tsx)', () => {
    const components = sources.filter(
      ([path]) =>
        path.startsWith('src/components/') &&
        path.endsWith('.tsx') &&
        !path.endsWith('external-link.tsx'),
    )
    expect(hits(/<a\b|\bhref=\{/, components)).toEqual([])
    expect(hits(/window\.open\s*\(/)).toEqual([])
    expect(hits(/location\.(assign|replace)\s*\(|location\.href\s*=(?!=)/, components)).toEqual([])
  })

  it('builds zod schemas only in modules that import the jitless setting first', () => {
    const builders = sources.filter(
      ([path, text]) =>
        /^import \{[^}]*\bz\b[^}]*\} from 'zod'/m.test(text) && !path.endsWith('zod-setup.ts'),
    )
    expect(builders.map(([path]) => path).sort()).toEqual(
      filesOf('src/providers', /(^|\/)wire\.ts$/)
        .map(([path]) => path)
        .sort(),
    )
    for (const [path, text] of builders) {
      expect(text, path).toMatch(/^import '@\/providers\/zod-setup'$/m)
    }
  })
})
