/** In-place edits of a parsed upstream answer, for the shape scenarios. */

export type Json = Record<string, unknown>

export const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The object at `path` inside `value`, or null. */
export function objectAt(value: unknown, ...path: string[]): Json | null {
  let at: unknown = value
  for (const key of path) at = isRecord(at) ? at[key] : undefined
  return isRecord(at) ? at : null
}

/** The records of the array at `path`, or none. */
export function rowsAt(value: unknown, ...path: string[]): Json[] {
  const parent = objectAt(value, ...path.slice(0, -1))
  const list = parent?.[path.at(-1) ?? '']
  return Array.isArray(list) ? list.filter(isRecord) : []
}

export function rename(target: Json | null, from: string, to: string): void {
  if (target && from in target) {
    target[to] = target[from]
    delete target[from]
  }
}

export function drop(target: Json | null, ...keys: string[]): void {
  if (target) for (const key of keys) delete target[key]
}
