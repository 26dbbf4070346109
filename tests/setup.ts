import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { resetIndustryBoardCache } from '@/providers/eastmoney/industry-valuation'
import { resetSourceHealth } from '@/providers/fallback'
import { resetHkexStockIds } from '@/providers/hkex/announcements'
import { resetHttpTransport, resetRequestTimeout } from '@/providers/http'
import { initialMoversState, moversStore } from '@/state/movers-store'
import { resetDataChecks } from '@/state/url-data-checks'
import { server } from '@mocks/node'

/**
 * jsdom has no layout and no ResizeObserver, so recharts' responsive container would stay 0×0 and
 * draw nothing. Report a fixed size instead (assigned unconditionally).
 */
class ResizeObserverStub implements ResizeObserver {
  private readonly callback: ResizeObserverCallback
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback
  }
  observe(target: Element) {
    const contentRect = {
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      width: 800,
      height: 400,
      right: 800,
      bottom: 400,
    }
    this.callback([{ target, contentRect } as unknown as ResizeObserverEntry], this)
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverStub
// jsdom does no layout, so it has no scrolling either.
Element.prototype.scrollIntoView ??= () => {}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
  // Provider state that outlives a request: remembered failures, resolved ids, the transport.
  resetSourceHealth()
  resetIndustryBoardCache()
  resetHkexStockIds()
  resetHttpTransport()
  resetRequestTimeout()
  // UI stores are module singletons: put back what a test changed.
  moversStore.setState(initialMoversState)
  resetDataChecks()
  localStorage.clear()
})
afterAll(() => server.close())
