import { HttpResponse } from 'msw'
import type { Shape } from '@mocks/faults/endpoints'
import { tencentGbkResponse } from '@mocks/handlers/tencent'

/** Tencent's `v_<symbol>="…~…";` quote lines (GBK or UTF-8): read, answered and reshaped. */

/** `…/qt/q=hk02696,sh600276` → the symbols asked for. */
export function quoteSymbols(url: URL): string[] {
  const last = decodeURIComponent(url.pathname.split('/').at(-1) ?? '')
  return last.startsWith('q=') ? last.slice(2).split(',').filter(Boolean) : []
}

export async function quoteText(response: Response, charset: 'gbk' | 'utf-8'): Promise<string> {
  return charset === 'gbk'
    ? new TextDecoder('gbk').decode(await response.arrayBuffer())
    : response.text()
}

export function quoteResponse(text: string, charset: 'gbk' | 'utf-8'): Response {
  return charset === 'gbk'
    ? tencentGbkResponse(text)
    : new HttpResponse(text, { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
}

/** Every statement except the no-match one: `v_<symbol>="<value>"`. */
const quoteStatement = /v_(?!pv_none_match)(\w+)="([^"]*)"/g

export async function reshapedQuotes(response: Response, charset: 'gbk' | 'utf-8', shape: Shape) {
  const text = await quoteText(response, charset)
  if (shape === 'empty') return quoteResponse('', charset)
  const changed =
    shape === 'missing'
      ? // Lines cut to 40 fields: the price fields are there, the market value and currency are not.
        text.replace(quoteStatement, (_, symbol: string, value: string) => {
          return `v_${symbol}="${value.split('~').slice(0, 40).join('~')}"`
        })
      : // The variable renamed, as Tencent names its real-time HK lines (`v_r_hk02696`).
        text.replace(quoteStatement, (_, symbol: string, value: string) => {
          return `v_r_${symbol}="${value}"`
        })
  return quoteResponse(changed, charset)
}
