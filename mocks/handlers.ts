import snapshotJson from '@mocks/data/snapshot.json'
import { createHandlers } from '@mocks/create-handlers'
import type { Snapshot } from '@mocks/snapshot/types'

export { createHandlers } from '@mocks/create-handlers'

/** The sample snapshot as generated (see mocks/snapshot/generate.ts). */
export const snapshot = snapshotJson as unknown as Snapshot

/** The emulation of every upstream from the sample snapshot (tests; the browser builds its own). */
export const handlers = createHandlers(snapshot)
