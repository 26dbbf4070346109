import type { RequestHandler } from 'msw'
import snapshotJson from '@mocks/data/snapshot.json'
import { baiduHandlers } from '@mocks/handlers/baidu'
import { csindexHandlers } from '@mocks/handlers/csindex'
import { eastmoneyHandlers } from '@mocks/handlers/eastmoney'
import { hkexHandlers } from '@mocks/handlers/hkex'
import { tencentHandlers } from '@mocks/handlers/tencent'
import type { Snapshot } from '@mocks/snapshot/types'

/** The sample snapshot as generated (see mocks/snapshot/generate.ts). */
export const snapshot = snapshotJson as unknown as Snapshot

/** Every upstream the app reads, emulated in its real wire format from a snapshot. */
export function createHandlers(data: Snapshot): RequestHandler[] {
  return [
    ...eastmoneyHandlers(data),
    ...tencentHandlers(data),
    ...baiduHandlers(data),
    ...csindexHandlers(data),
    ...hkexHandlers(data),
  ]
}

export const handlers = createHandlers(snapshot)
