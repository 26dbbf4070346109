import { HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { jsonResponse, textResponse } from '@mocks/handlers/respond'

/** Status, the headers that matter on the wire, and the body text. */
async function wire(response: Response) {
  return {
    status: response.status,
    type: response.headers.get('Content-Type'),
    length: response.headers.get('Content-Length'),
    body: await response.text(),
  }
}

// The mocks answer what msw's own helpers answer, byte for byte (msw's are the reference here;
// the lint rule against them covers mocks/ only).
describe('jsonResponse and textResponse', () => {
  const json = [
    { name: 'ASCII object', body: { ResultCode: 0, Result: [] } },
    { name: 'Chinese text (3 bytes per character)', body: { msg: '系统繁忙', code: -1 } },
    { name: 'array of rows', body: [['2025-02-26', '12.34']] },
    { name: 'null', body: null },
  ]

  it.each(json)('json: $name is what HttpResponse.json answers', async ({ body }) => {
    expect(await wire(jsonResponse(body))).toEqual(await wire(HttpResponse.json(body)))
  })

  it('json: the status and an explicit Content-Type are kept', async () => {
    const init = { status: 502, headers: { 'Content-Type': 'application/json; charset=utf-8' } }
    expect(await wire(jsonResponse({ a: 1 }, init))).toEqual(
      await wire(HttpResponse.json({ a: 1 }, init)),
    )
  })

  const text = [
    { name: 'ASCII', body: 'v_hk02696="100~Henlius";' },
    { name: 'Chinese', body: 'cb({"msg":"服务繁忙，请稍后再试"});' },
    { name: 'empty', body: '' },
  ]

  it.each(text)('text: $name is what HttpResponse.text answers', async ({ body }) => {
    expect(await wire(textResponse(body))).toEqual(await wire(HttpResponse.text(body)))
  })

  it('Content-Length counts UTF-8 bytes, not characters', () => {
    expect(textResponse('恒瑞').headers.get('Content-Length')).toBe('6')
    expect(jsonResponse({ n: '恒' }).headers.get('Content-Length')).toBe(
      String('{"n":"恒"}'.length + 2),
    )
  })
})
