import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: ['dist', 'dist-*', 'coverage', 'mocks/data', 'node_modules', '.scratch'],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Only src/providers/http.ts calls fetch.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zustand', message: 'zustand lives in src/state/ only.' }] },
      ],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/providers/http.ts', 'tests/**', 'scripts/**', 'mocks/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
  { files: ['src/state/**', 'tests/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    // msw's json/text helpers size each body with a Blob (see mocks/handlers/respond.ts).
    files: ['mocks/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['json', 'text'].map((property) => ({
          object: 'HttpResponse',
          property,
          message: `Use ${property}Response from mocks/handlers/respond.ts: no Blob per answer.`,
        })),
      ],
    },
  },
  {
    files: ['*.config.{js,ts}', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    // tests/browser drives Chromium with playwright-core, not Testing Library.
    ignores: ['tests/browser/**'],
    ...testingLibrary.configs['flat/react'],
    rules: {
      ...testingLibrary.configs['flat/react'].rules,
      // Vitest globals are off, so Testing Library cannot register its own cleanup.
      'testing-library/no-manual-cleanup': 'off',
      'react-refresh/only-export-components': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    // 2025: JSON imports with `with { type: 'json' }` (Node ≥ 20.10).
    languageOptions: { ecmaVersion: 2025, globals: { ...globals.node, ...globals.browser } },
  },
)
