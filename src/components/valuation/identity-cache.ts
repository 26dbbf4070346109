const ids = new WeakMap<object, number>()
let nextId = 1

/** A key that changes exactly when one of the objects is replaced (by identity, not content). */
export function identityKey(items: readonly (object | null | undefined)[]): string {
  return items
    .map((item) => {
      if (!item) return '0'
      let id = ids.get(item)
      if (id === undefined) {
        id = nextId++
        ids.set(item, id)
      }
      return String(id)
    })
    .join(',')
}

/**
 * A one-entry cache: `compute` runs only when `key` differs from the last call's. For derived data
 * whose inputs are rebuilt on each render but keep their identity (see {@link identityKey}).
 */
export function lastComputed<T>(): (key: string, compute: () => T) => T {
  let last: { key: string; value: T } | null = null
  return (key, compute) => {
    if (last?.key !== key) last = { key, value: compute() }
    return last.value
  }
}
