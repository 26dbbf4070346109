import { describe, expect, it } from 'vitest'
import { unregisterMockWorkers } from '@/app/stale-worker'

/** A registration whose workers run the given scripts; records whether it was unregistered. */
function registration(
  scripts: { active?: string; waiting?: string; installing?: string },
  answer = true,
) {
  const worker = (url?: string) => (url ? ({ scriptURL: url } as ServiceWorker) : null)
  const record = {
    unregistered: false,
    active: worker(scripts.active),
    waiting: worker(scripts.waiting),
    installing: worker(scripts.installing),
    unregister: () => {
      record.unregistered = true
      return Promise.resolve(answer)
    },
  }
  return record
}

const containerOf = (registrations: ReturnType<typeof registration>[]) => ({
  getRegistrations: () =>
    Promise.resolve(registrations as unknown as readonly ServiceWorkerRegistration[]),
})

describe('unregisterMockWorkers', () => {
  it("removes MSW's worker of an earlier build, whatever its state, and nothing else", async () => {
    const old = registration({ active: 'https://biopulse.example/mockServiceWorker.js' })
    const sub = registration({ waiting: 'https://biopulse.example/app/mockServiceWorker.js?v=2' })
    const installing = registration({ installing: 'http://127.0.0.1:5173/mockServiceWorker.js' })
    const other = registration({ active: 'https://biopulse.example/sw.js' })
    const lookalike = registration({ active: 'https://biopulse.example/mockServiceWorker.js.bak' })
    const all = [old, sub, installing, other, lookalike]
    expect(await unregisterMockWorkers(containerOf(all))).toBe(3)
    expect(all.map((r) => r.unregistered)).toEqual([true, true, true, false, false])
  })

  it('counts only the registrations the browser agreed to remove', async () => {
    const refused = registration({ active: 'https://biopulse.example/mockServiceWorker.js' }, false)
    expect(await unregisterMockWorkers(containerOf([refused]))).toBe(0)
    expect(refused.unregistered).toBe(true)
  })

  it('does nothing without service workers, and never throws', async () => {
    expect(await unregisterMockWorkers(undefined)).toBe(0)
    expect(await unregisterMockWorkers(containerOf([]))).toBe(0)
    const refusing = {
      getRegistrations: () => Promise.reject(new DOMException('denied', 'SecurityError')),
    }
    expect(await unregisterMockWorkers(refusing)).toBe(0)
  })
})
