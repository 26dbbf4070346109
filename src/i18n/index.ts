import { useCallback } from 'react'
import { useLanguage, type Language } from '@/state/dashboard-store'
import { zhCore } from '@/i18n/zh-core'
import { zhFaults } from '@/i18n/zh-faults'
import { zhMovers } from '@/i18n/zh-movers'
import { zhImports } from '@/i18n/zh-imports'
import { zhLive } from '@/i18n/zh-live'
import { zhTrader } from '@/i18n/zh-trader'
import { zhValuation } from '@/i18n/zh-valuation'

export type { Language }

/**
 * UI text is written in English in the code and looked up in a per-language table; a missing
 * translation falls back to the English text (tests/i18n.test.ts keeps the Chinese table complete
 * for every literal key used in src/). Placeholders look like `{name}`.
 */
const tables: Record<Language, Readonly<Record<string, string>>> = {
  en: {},
  zh: {
    ...zhCore,
    ...zhImports,
    ...zhTrader,
    ...zhMovers,
    ...zhValuation,
    ...zhLive,
    ...zhFaults,
  },
}

export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string

export function translate(
  language: Language,
  key: string,
  values?: Readonly<Record<string, string | number>>,
): string {
  const template = tables[language][key] ?? key
  if (!values) return template
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
}

/** The translator for the current UI language. */
export function useT(): Translate {
  const language = useLanguage()
  return useCallback<Translate>((key, values) => translate(language, key, values), [language])
}

/** Every key with a Chinese entry (for the completeness test). */
export function chineseKeys(): Set<string> {
  return new Set(Object.keys(tables.zh))
}
