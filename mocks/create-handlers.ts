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
 */
export function createHandlers(data: Snapshot): RequestHandler[] {
  return [
    ...eastmoneyHandlers(data),
    ...tencentHandlers(data),
    ...baiduHandlers(data),
    ...csindexHandlers(data),
    ...hkexHandlers(data),
  ]
}
