import { describe, expect, it } from 'vitest'
import { tagTickers } from '@/domain/news-tags'
import type { Ticker } from '@/domain/types'

describe('tagTickers', () => {
  it.each<[string, string, Ticker[]]>([
    ['no text', '', []],
    ['no universe name', '白酒行业景气度跟踪', []],
    ['an HK-only issuer', '复宏汉霖发布自愿公告', ['02696.HK']],
    ['an A+H issuer tags both listings', '恒瑞医药获批新药', ['01276.HK', '600276.SH']],
    ['an A-only issuer', '迈瑞医疗三季度业绩', ['300760.SZ']],
    [
      'several issuers, in universe order',
      '药明康德与百济神州、信达生物合作',
      ['06160.HK', '01801.HK', '02359.HK', '688235.SH', '603259.SH'],
    ],
    ['a name mentioned twice counts once', '君实生物：君实生物回购', ['01877.HK', '688180.SH']],
    ['a name inside a sentence', '关于中国生物制药的报道', ['01177.HK']],
    ['similar names do not collide', '药明生物扩产', ['02269.HK']],
    ['a partial name is not a match', '恒瑞公告', []],
    ['English names are not matched', 'Henlius and Innovent', []],
  ])('%s', (_case, text, expected) => {
    expect(tagTickers(text)).toEqual(expected)
  })
})
