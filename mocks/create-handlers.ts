import type { RequestHandler } from 'msw'
import { baiduHandlers } from '@mocks/handlers/baidu'
import { csindexHandlers } from '@mocks/handlers/csindex'
import { eastmoneyHandlers } from '@mocks/handlers/eastmoney'
import { hkexHandlers } from '@mocks/handlers/hkex'
import { tencentHandlers } from '@mocks/handlers/tencent'
import type { Snapshot } from '@mocks/snapshot/types'

/**
 * Every upstream the app reads, emulated in its real wire format from a snapshot. Free of the
 * snapshot file itself: the browser fetches the snapshot as a JSON asset (mocks/browser.ts), tests
 * import it (mocks/handlers.ts).
 *
 * Each upstream has its own path prefix, so the order changes no answer, only the cost of finding
 * it: msw tries the handlers in turn, compiling each one's path and reading the cookies for every
 * try. Most asked first: Baidu (22 of the first view's 36 requests), then Eastmoney (13).
 */
export function createHandlers(data: Snapshot): RequestHandler[] {
  return [
    ...baiduHandlers(data),
    ...eastmoneyHandlers(data),
    ...tencentHandlers(data),
    ...csindexHandlers(data),
    ...hkexHandlers(data),
  ]
}
